import { render } from 'preact';
import '@/assets/styles/base.css';
import '@/assets/styles/sidepanel.css';
import '@/assets/styles/episode.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
