import './options.css';
import { render } from 'preact';

function Options() {
  return <main><h1>Caravan</h1></main>;
}

render(<Options />, document.getElementById('app')!);
