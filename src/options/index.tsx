import '../ui/base.css';
import './options.css';
import { render } from 'preact';
import { App } from './app';

render(<App />, document.getElementById('app')!);
