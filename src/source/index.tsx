import './source.css';
import { render } from 'preact';

function Source() {
  return <main><h1>Caravan</h1></main>;
}

render(<Source />, document.getElementById('app')!);
