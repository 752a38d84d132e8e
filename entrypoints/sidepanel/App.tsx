import { getTermsFor, loadSearchIndex, seedProgress } from '@/lib/db/repository';
import { ProgressBar } from '@/components/ProgressBar';
import { SearchPanel } from '@/components/SearchPanel';
import { useStoreSource, type StoreApi } from '@/components/hooks/useStoreSource';
import { copyText } from '@/lib/ui/clipboard';
import { loadFormat, saveFormat } from '@/lib/ui/preferences';

// Search runs in this page over the stored index: no rebuild, no message round trip per keystroke.
const store: StoreApi = {
  loadSearchIndex: () => loadSearchIndex(),
  getTermsFor: (system, code) => getTermsFor(system, code),
  seedProgress: () => seedProgress(),
};

export function App() {
  const { progress, source, error } = useStoreSource(store);
  const status = error ? { phase: 'failed' as const, done: 0, total: 0, message: error } : progress;
  // Before the first index: progress (or failure) only. Later: a newer release seeding shows above search.
  const showStatus = !source || (status && status.phase !== 'ready' && status.phase !== 'idle');
  return (
    <main class="app" data-testid="sidepanel" data-ready={source ? 'true' : 'false'}>
      {source ? null : (
        <header class="panel__header">
          <h1 class="panel__brand">Sidecoder</h1>
        </header>
      )}
      {showStatus ? <ProgressBar progress={status ?? { phase: 'idle', done: 0, total: 0 }} /> : null}
      {source ? (
        <SearchPanel
          source={source}
          copy={(text) => copyText(text)}
          initialFormat={loadFormat(localStorage)}
          onFormatChange={(f) => saveFormat(localStorage, f)}
        />
      ) : null}
    </main>
  );
}
