import { useEffect, useMemo, useState } from 'preact/hooks';
import { createEpisodeStore } from '@/lib/db/episodes';
import { getTermsFor, loadSearchIndex, seedProgress } from '@/lib/db/repository';
import type { CodeLookup, RuleEpisode } from '@/lib/episode/findings';
import { createEpisodeInbox } from '@/lib/episode/inbox';
import { applyFix, ruleById, validateEpisode, withCuratedPairs } from '@/lib/rules';
import type { SearchIndex } from '@/lib/search/index-model';
import { EpisodeTab } from '@/components/episode/EpisodeTab';
import { ProgressBar } from '@/components/ProgressBar';
import { SearchPanel } from '@/components/SearchPanel';
import { TabPanel, Tabs } from '@/components/Tabs';
import { createEpisodePageApi } from '@/components/page/episode-page';
import { EpisodePageActions } from '@/components/page/EpisodePageActions';
import { ThisPageTab } from '@/components/page/ThisPageTab';
import { useFollowedTab } from '@/components/page/useFollowedTab';
import { useStoreSource, type StoreApi } from '@/components/hooks/useStoreSource';
import { copyText } from '@/lib/ui/clipboard';
import { createBrowserPageApi } from '@/lib/ui/page-api';
import { pinnedTabId } from '@/lib/ui/page-target';
import { loadTab, PANEL_TAB_LABELS, PANEL_TABS, saveTab, type PanelTab } from '@/lib/ui/page-tabs';
import { loadFormat, saveFormat } from '@/lib/ui/preferences';

// Search runs in this page over the stored index: no rebuild, no message round trip per keystroke.
const store: StoreApi = {
  loadSearchIndex: () => loadSearchIndex(),
  getTermsFor: (system, code) => getTermsFor(system, code),
  seedProgress: () => seedProgress(),
};
const pageApi = createBrowserPageApi();
const episodePageApi = createEpisodePageApi();
const copy = (text: string) => copyText(text);
// One episode store and inbox per panel page: Search and "This page" send codes through the inbox to
// the Episode tab, which is kept mounted (hidden) so codes sent from another tab join the open episode.
const episodeStore = createEpisodeStore();
const episodeInbox = createEpisodeInbox();
const watchPageReads = (tabId: number, onChange: () => void) => pageApi.watchPage(tabId, () => onChange());
// `?tabId=N` pins the panel to one tab (tests, a panel popped out into a tab).
const pinned = pinnedTabId(location.search);

export function App() {
  const { progress, source, error } = useStoreSource(store);
  const [tab, setTab] = useState<PanelTab>(() => loadTab(localStorage));
  const [format, setFormat] = useState(() => loadFormat(localStorage));
  const followed = useFollowedTab(pinned);
  // The same index object the source wraps (the repository caches it): selections are analysed with it.
  const [index, setIndex] = useState<SearchIndex | null>(null);
  useEffect(() => {
    if (source) void loadSearchIndex().then(setIndex, () => undefined);
  }, [source]);

  // The rules read the same index the search uses: one engine, one release in use.
  const lookup = useMemo<CodeLookup | null>(
    () => (source ? withCuratedPairs({ get: (system, code) => source.getEntry(system, code) }) : null),
    [source],
  );
  const check = useMemo(() => (e: RuleEpisode) => (lookup ? validateEpisode(e, lookup) : []), [lookup]);

  const select = (t: PanelTab) => {
    setTab(t);
    saveTab(localStorage, t);
  };
  const status = error ? { phase: 'failed' as const, done: 0, total: 0, message: error } : progress;
  // Before the first index: progress (or failure) only. Later: a newer release seeding shows above search.
  const showStatus = !source || (status && status.phase !== 'ready' && status.phase !== 'idle');
  return (
    <main class="app" data-testid="sidepanel" data-ready={source ? 'true' : 'false'}>
      <Tabs
        label="Sidecoder"
        tabs={PANEL_TABS.map((id) => ({ id, label: PANEL_TAB_LABELS[id] }))}
        active={tab}
        onSelect={select}
      />
      {showStatus ? <ProgressBar progress={status ?? { phase: 'idle', done: 0, total: 0 }} /> : null}
      <TabPanel id="search" active={tab === 'search'}>
        {source ? (
          <SearchPanel
            source={source}
            copy={copy}
            inbox={episodeInbox}
            initialFormat={format}
            onFormatChange={(f) => {
              setFormat(f);
              saveFormat(localStorage, f);
            }}
          />
        ) : (
          <header class="panel__header">
            <h1 class="panel__brand">Sidecoder</h1>
          </header>
        )}
      </TabPanel>
      <TabPanel id="page" active={tab === 'page'}>
        <ThisPageTab
          api={pageApi}
          tab={followed}
          index={index}
          source={source}
          format={format}
          copy={copy}
          inbox={episodeInbox}
          onSelection={() => select('page')}
        />
      </TabPanel>
      <TabPanel id="episode" active={tab === 'episode'}>
        {lookup ? (
          <EpisodeTab
            store={episodeStore}
            lookup={lookup}
            check={check}
            applyFix={applyFix}
            describeRule={ruleById}
            copy={copy}
            inbox={episodeInbox}
            pageActions={({ episode, apply }) => (
              <EpisodePageActions
                api={episodePageApi}
                tabId={followed.tabId}
                episode={episode}
                lookup={lookup}
                onApply={apply}
                watchPage={watchPageReads}
              />
            )}
          />
        ) : (
          // Codes sent before the index loads wait in the inbox until the tab mounts.
          <p class="muted" data-testid="episode-waiting">
            The Episode tab opens once the classification store is ready.
          </p>
        )}
      </TabPanel>
    </main>
  );
}
