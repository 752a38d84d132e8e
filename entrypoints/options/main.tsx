import { render } from 'preact';

function Options() {
  return <main data-testid="options">Sidecoder options</main>;
}

render(<Options />, document.getElementById('app')!);
