import { render } from 'preact';
import '@/assets/styles/base.css';
import '@/assets/styles/options.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
