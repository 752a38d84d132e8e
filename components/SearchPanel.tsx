import { useCallback, useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { CodeFormat } from '@/lib/classification/code-format';
import { SYSTEM_LABELS, type CodeEntry, type System } from '@/lib/classification/model';
import type { EpisodeInbox } from '@/lib/episode/inbox';
import type { SearchResult } from '@/lib/search/types';
import type { CodeSource } from '@/lib/ui/code-source';
import { displayCode, FORMAT_LABELS, systemLabel, toDisplayable, type Displayable } from '@/lib/ui/format';
import { searchCommandFor } from '@/lib/ui/keyboard';
import { activeResult, initialPanelState, panelReducer, type SystemFilter } from '@/lib/ui/panel-state';
import { BrowseView } from './BrowseView';
import { CopyStatus } from './CopyStatus';
import { DetailView } from './DetailView';
import { RESULT_LIST_ID, ResultList, resultRowId } from './ResultList';
import { SegmentedControl } from './SegmentedControl';

/** Light debounce: the search itself takes milliseconds; this only skips work between keystrokes. */
export const SEARCH_DEBOUNCE_MS = 40;
const LIMIT = 25;

interface Props {
  source: CodeSource;
  /** Injected so tests can observe copies; the panel passes the real clipboard. */
  copy(text: string): Promise<boolean>;
  /** Where "Add to episode" in a code's details sends it (the Episode tab listens). */
  inbox?: EpisodeInbox;
  initialFormat?: CodeFormat;
  onFormatChange?(format: CodeFormat): void;
}

/** The search, detail and browse views over one code source. */
export function SearchPanel({ source, copy, inbox, initialFormat, onFormatChange }: Props) {
  const [state, dispatch] = useReducer(panelReducer, initialFormat, initialPanelState);
  const [status, setStatus] = useState<{ message: string; error?: boolean }>({ message: '' });
  const input = useRef<HTMLInputElement>(null);
  const { view, query, system, format, results, resultsFor, active } = state;

  useEffect(() => {
    if (view.name === 'search') input.current?.focus();
  }, [view.name]);

  useEffect(() => {
    if (!query.trim()) return dispatch({ type: 'results', results: [], query });
    const timer = setTimeout(() => {
      const found = source.search(query, { system: system === 'all' ? undefined : system, limit: LIMIT });
      dispatch({ type: 'results', results: found, query });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [source, query, system]);

  // Keep the active row in view as ↑/↓ move it.
  useEffect(() => {
    if (active < 0) return;
    const row = document.getElementById(resultRowId(active));
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const copyCode = useCallback(
    async (item: Displayable) => {
      const text = displayCode(item, format);
      const ok = await copy(text);
      setStatus(
        ok
          ? { message: `Copied ${text} (${systemLabel(item.system)})` }
          : { message: `Could not copy ${text}: select it and copy by hand`, error: true },
      );
    },
    [copy, format],
  );

  const addToEpisode = (entry: CodeEntry) => {
    inbox?.addCodes([{ system: entry.system, code: entry.code, title: entry.title, source: 'search' }]);
    setStatus({ message: `Added ${displayCode(toDisplayable(entry), format)} to the episode` });
  };

  const openResult = (r: SearchResult) =>
    dispatch({ type: 'open', view: { name: 'detail', system: r.system, code: r.code, matched: r.matched } });

  const onKeyDown = (e: KeyboardEvent) => {
    const el = e.currentTarget as HTMLInputElement;
    const cmd = searchCommandFor(e, { hasTextSelection: el.selectionStart !== el.selectionEnd });
    if (!cmd) return;
    const current = activeResult(state);
    switch (cmd) {
      case 'next':
        dispatch({ type: 'move', delta: 1 });
        break;
      case 'previous':
        dispatch({ type: 'move', delta: -1 });
        break;
      case 'first':
        dispatch({ type: 'activate', index: 0 });
        break;
      case 'last':
        dispatch({ type: 'activate', index: results.length - 1 });
        break;
      case 'copy':
        if (!current) return;
        void copyCode(toDisplayable(current));
        break;
      case 'open':
        if (!current) return;
        openResult(current);
        break;
      case 'clear':
        dispatch({ type: 'clear' });
        setStatus({ message: '' });
        break;
    }
    e.preventDefault();
  };

  const setFormat = (f: CodeFormat) => {
    dispatch({ type: 'format', format: f });
    onFormatChange?.(f);
  };

  const openCode = (s: System, code: string) =>
    dispatch({ type: 'open', view: { name: 'detail', system: s, code } });
  const browse = (s: System, parent: string | null) =>
    dispatch({ type: 'open', view: { name: 'browse', system: s, parent } });

  return (
    <div class="panel">
      <header class="panel__header">
        <h1 class="panel__brand">Sidecoder</h1>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => browse(system === 'all' ? 'icd10' : system, null)}
          data-testid="browse-button"
        >
          Browse
        </button>
      </header>
      <div class="controls">
        {view.name === 'search' ? (
          <SegmentedControl<SystemFilter>
            legend="Classification"
            name="system"
            value={system}
            options={[
              { value: 'all', label: 'All' },
              { value: 'icd10', label: SYSTEM_LABELS.icd10 },
              { value: 'opcs4', label: SYSTEM_LABELS.opcs4 },
            ]}
            onChange={(s) => dispatch({ type: 'system', system: s })}
            testId="system-filter"
          />
        ) : null}
        <SegmentedControl<CodeFormat>
          legend="Code format"
          name="format"
          value={format}
          options={[
            { value: 'dotted', label: 'J18.9', title: FORMAT_LABELS.dotted },
            { value: 'undotted', label: 'J189', title: FORMAT_LABELS.undotted },
            { value: 'nhs', label: 'I10X', title: `${FORMAT_LABELS.nhs} (X filler, dagger/asterisk)` },
          ]}
          onChange={setFormat}
          testId="format-toggle"
        />
      </div>
      <CopyStatus message={status.message} error={status.error} />

      {view.name === 'detail' ? (
        <DetailView
          source={source}
          system={view.system}
          code={view.code}
          matched={view.matched}
          format={format}
          onBack={() => dispatch({ type: 'back' })}
          onCopy={(entry: CodeEntry) => void copyCode(toDisplayable(entry))}
          onAddToEpisode={inbox ? addToEpisode : undefined}
          onOpenCode={openCode}
          onBrowse={(s, n) => browse(s, n.code)}
        />
      ) : view.name === 'browse' ? (
        <BrowseView
          source={source}
          system={view.system}
          parent={view.parent}
          format={format}
          onBack={() => dispatch({ type: 'back' })}
          onBrowse={browse}
          onSwitchSystem={(s) =>
            dispatch({ type: 'replace', view: { name: 'browse', system: s, parent: null } })
          }
          onOpenCode={openCode}
        />
      ) : (
        <section class="view search" aria-label="Search">
          <label class="visually-hidden" for="search-input">
            Search ICD-10 and OPCS-4 by words or code
          </label>
          <input
            id="search-input"
            ref={input}
            class="search__input"
            type="search"
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls={RESULT_LIST_ID}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 ? resultRowId(active) : undefined}
            aria-describedby="search-help"
            placeholder="Search: words, abbreviation or code"
            autoComplete="off"
            spellcheck={false}
            value={query}
            onInput={(e) => dispatch({ type: 'query', query: (e.currentTarget as HTMLInputElement).value })}
            onKeyDown={onKeyDown}
            data-testid="search-input"
          />
          <p id="search-help" class="help">
            ↑/↓ choose · Enter or Ctrl+C copy · Shift+Enter details · Esc clear
          </p>
          {query.trim() && resultsFor === query && !results.length ? (
            <p class="muted" data-testid="no-results">
              No codes found for “{query.trim()}”.
            </p>
          ) : null}
          <ResultList
            results={results}
            query={resultsFor}
            active={active}
            format={format}
            onOpen={(i) => {
              dispatch({ type: 'activate', index: i });
              const r = results[i];
              if (r) openResult(r);
            }}
          />
        </section>
      )}
    </div>
  );
}
