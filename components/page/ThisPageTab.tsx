/**
 * The side panel's "This page" tab: coded selections and the mentions Sidecoder read from the
 * followed tab, with their codes; "Add to episode" sends a code to the Episode tab. Clicking a mention shows it in the page. Updates live
 * when the page's stored mentions change.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CodeFormat } from '@/lib/classification/code-format';
import type { EpisodeInbox } from '@/lib/episode/inbox';
import { SELECTION_KEY, type CodeSelection } from '@/lib/messaging/protocol';
import type { SearchIndex } from '@/lib/search/index-model';
import { SETTINGS_KEYS } from '@/lib/sites/settings';
import type { Suggestion } from '@/lib/suggest/types';
import type { CodeSource } from '@/lib/ui/code-source';
import { systemLabel } from '@/lib/ui/format';
import type { HighlightOutcome, PageApi } from '@/lib/ui/page-api';
import { displaySuggested, type CodeRef } from '@/lib/ui/page-codes';
import { addSelection, analyseSelection, dismissSelection, parseSelection } from '@/lib/ui/page-selection';
import { originToOffer } from '@/lib/ui/page-target';
import { statsLine } from '@/lib/ui/page-view';
import type { CodeActions } from './code-actions';
import { EnableSite } from './EnableSite';
import { PageSections } from './PageSections';
import { SelectionList } from './SelectionList';
import { TraineeSwitch } from './TraineeSwitch';
import type { FollowedTab } from './useFollowedTab';
import { usePageMentions } from './usePageMentions';
import { useStorageValue } from './useStorageValue';

/** A selection this recent when the panel opens was just made: show this tab for it. */
const FRESH_SELECTION_MS = 30_000;

const HIGHLIGHT_MESSAGES: Record<HighlightOutcome, { message: string; error?: boolean }> = {
  found: { message: 'Shown in the page' },
  'not-found': { message: 'Not found in the page: it may have changed since it was read', error: true },
  unreachable: { message: 'The page cannot be reached: reload it and try again', error: true },
};

const parseTrainee = (v: unknown) => v === true;
const sentKey = (ref: CodeRef) => `${ref.system}:${ref.code}`;

interface Props {
  api: PageApi;
  tab: FollowedTab;
  /** The loaded search index, for analysing selections (null while the store seeds). */
  index: SearchIndex | null;
  source: Pick<CodeSource, 'getEntry'> | null;
  format: CodeFormat;
  copy(text: string): Promise<boolean>;
  /** Where "Add to episode" sends codes (the Episode tab listens). */
  inbox?: EpisodeInbox;
  /** A new coded selection arrived: the panel shows this tab. */
  onSelection?(): void;
}

export function ThisPageTab({ api, tab, index, source, format, copy, inbox, onSelection }: Props) {
  const { page, loading, error } = usePageMentions(api, tab.tabId);
  const trainee = useStorageValue('local', SETTINGS_KEYS.trainee, parseTrainee);
  // Codes sent to the episode since the panel opened, by `system:code`, for the buttons' "Added".
  const [sent, setSent] = useState<ReadonlySet<string>>(() => new Set());
  const stored = useStorageValue('session', SELECTION_KEY, parseSelection);
  const [selections, setSelections] = useState<CodeSelection[]>([]);
  const [status, setStatus] = useState<{ message: string; error?: boolean }>({ message: '' });
  const [current, setCurrent] = useState<number | null>(null);

  const onSelectionRef = useRef(onSelection);
  onSelectionRef.current = onSelection;
  useEffect(() => {
    if (!stored) return;
    setSelections((list) => addSelection(list, stored));
    if (Date.now() - stored.at < FRESH_SELECTION_MS) onSelectionRef.current?.();
  }, [stored]);

  const analysed = useMemo(
    () => selections.map((selection) => ({ selection, mentions: analyseSelection(index, selection.text) })),
    [selections, index],
  );

  // A new revision renumbers the mentions: the highlighted one no longer applies.
  const revision = page?.revision;
  useEffect(() => setCurrent(null), [revision, tab.tabId]);

  const display = useCallback((ref: CodeRef) => displaySuggested(source, ref, format), [source, format]);
  const copyShown = useCallback(
    async (text: string, what: string) => {
      const ok = await copy(text);
      setStatus(ok ? { message: `Copied ${what}` } : { message: `Could not copy ${what}`, error: true });
    },
    [copy],
  );

  const actions: CodeActions = {
    display,
    copy: (s: Suggestion) => {
      const shown = display(s);
      void copyShown(shown, `${shown} (${systemLabel(s.system)})`);
    },
    addToEpisode: (s: Suggestion) => {
      if (!inbox) return;
      inbox.addCodes([{ system: s.system, code: s.code, title: s.title, source: 'page' }]);
      setSent((set) => new Set(set).add(sentKey(s)));
      setStatus({ message: `Added ${display(s)} to the episode` });
    },
    added: (ref) => sent.has(sentKey(ref)),
  };

  const showInPage = (i: number) => {
    if (!page || tab.tabId === null) return;
    setCurrent(i);
    setStatus({ message: 'Looking for it in the page…' });
    void api.highlight(tab.tabId, page.revision, i).then((o) => setStatus(HIGHLIGHT_MESSAGES[o]));
  };

  const dismiss = (sel: CodeSelection) => {
    setSelections((list) => dismissSelection(list, sel));
    if (stored && stored.at === sel.at) void browser.storage.session.remove(SELECTION_KEY);
  };

  return (
    <div class="this-page" data-testid="this-page">
      <header class="panel__header">
        <h2 class="panel__brand">This page</h2>
        <TraineeSwitch
          on={trainee}
          onChange={(on) => void browser.storage.local.set({ [SETTINGS_KEYS.trainee]: on })}
        />
      </header>
      <p
        class={`copy-status${status.error ? ' copy-status--error' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="page-status"
      >
        {status.message}
      </p>
      <div class="view this-page__body">
        <SelectionList items={analysed} actions={actions} onDismiss={dismiss} />
        {tab.tabId === null ? (
          <p class="muted" data-testid="no-tab">
            No browser tab to read.
          </p>
        ) : error && !page ? (
          <p class="notice notice--error" data-testid="page-error">
            {error}
          </p>
        ) : loading && !page ? (
          <p class="muted">Reading this page…</p>
        ) : !page ? (
          <EnableSite origin={originToOffer(tab.url)} requestSiteAccess={api.requestSiteAccess} />
        ) : (
          <div class="page-read" data-testid="page-read" data-revision={page.revision}>
            <p class="page-read__meta" data-testid="page-stats">
              {statsLine(page)}
            </p>
            {!page.suggested ? (
              <p class="muted">Codes appear here once the classification store is ready.</p>
            ) : null}
            {page.mentions.length ? (
              <PageSections
                mentions={page.mentions}
                actions={actions}
                onShow={showInPage}
                current={current}
              />
            ) : (
              <p data-testid="no-mentions">Sidecoder read this page and found no diagnoses or procedures.</p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
