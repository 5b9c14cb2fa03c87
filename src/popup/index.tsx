import './popup.css';
import { render } from 'preact';

function Popup() {
  return <main><h1>Caravan</h1></main>;
}

render(<Popup />, document.getElementById('app')!);
