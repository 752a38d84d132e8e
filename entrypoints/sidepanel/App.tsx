export function App() {
  return <main data-testid="sidepanel">Sidecoder</main>;
}
