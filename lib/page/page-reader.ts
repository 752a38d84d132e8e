/**
 * Reads an enabled page and keeps the background up to date: extracts with a node registry (element
 * references stay here, only ids travel), analyses, sends `pageMentions` with a rising revision, and
 * reads again when the page changes (MutationObserver and field input, through the read scheduler).
 * Extraction uses the page's site profile when one matches (asked of the session at every read).
 * A re-read whose sections and path are unchanged is not analysed or sent. An answer without
 * suggestions (the store is still seeding) is sent again with back-off. Contexts: content script;
 * unit tests with happy-dom (everything is injected).
 */
import { extractSections } from '@/lib/extract/extract';
import { sameSections } from '@/lib/extract/fingerprint';
import type { SiteProfile } from '@/lib/extract/profile';
import { ELEMENT_NODE, nodeType, sSlice, tagOf } from '@/lib/extract/safe-dom';
import type { ExtractedSection } from '@/lib/extract/types';
import type { BadgeSuggestion, PageMentionsData, Response } from '@/lib/messaging/protocol';
import type { Clock } from './clock';
import { createNodeRegistry, type NodeRegistry } from './node-registry';
import { analyseSections, pageUrl, readStats, type MentionAnchor } from './page-mentions';
import { createReadScheduler, type ReadOutcome, type ReadSchedulerOptions } from './read-scheduler';

/** What the reader knows about the page as last sent. */
export interface ReaderState {
  revision: number;
  data: PageMentionsData;
  anchors: MentionAnchor[];
  /** The latest extraction of the same content (fresh node ids after an unchanged re-read). */
  sections: ExtractedSection[];
  registry: NodeRegistry;
  path: string;
  /** suggestions[i] for data.mentions[i], once the background has them. */
  suggestions: BadgeSuggestion[][] | null;
}

export interface PageReaderDeps {
  doc: Document;
  win: Window;
  clock: Clock;
  send(data: PageMentionsData): Promise<Response<'pageMentions'>>;
  nextRevision(): number;
  /** The site profile for the page as it is now (asked at every read: a route change may change it). */
  profile?(): SiteProfile | undefined;
  /** Called after each read (sent or not) and when suggestions arrive. */
  onUpdate(state: ReaderState): void;
  /** Called for every batch of page mutations (badges re-place themselves). */
  onMutation(): void;
  schedule?: Partial<ReadSchedulerOptions>;
  retryDelaysMs?: readonly number[];
}

/** Sidecoder's own UI (`<sidecoder-badges>`): its mutations alone are not page changes. */
function isOwnNode(node: Node): boolean {
  return nodeType(node) === ELEMENT_NODE && sSlice(tagOf(node as Element), 0, 10) === 'sidecoder-';
}

export const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 16000, 30000] as const;

export interface PageReader {
  start(): void;
  stop(): void;
  readonly state: ReaderState | null;
  /** Send the current state again (trainee mode turned on before suggestions arrived). */
  resend(): void;
  /** Read again soon, as after a page change (the site profiles changed). */
  refresh(): void;
  /** Reads performed and messages sent, for tests and diagnostics. */
  readonly counts: { reads: number; sends: number };
}

export function createPageReader(deps: PageReaderDeps): PageReader {
  const { doc, win, clock } = deps;
  const delays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  const counts = { reads: 0, sends: 0 };
  let state: ReaderState | null = null;
  let observer: MutationObserver | null = null;
  let retryTimer: number | null = null;
  let running = false;

  function send(s: ReaderState, attempt: number) {
    if (retryTimer !== null) clock.clearTimeout(retryTimer);
    retryTimer = null;
    counts.sends++;
    const retry = () => {
      if (!running || state !== s || attempt >= delays.length) return;
      retryTimer = clock.setTimeout(() => send(s, attempt + 1), delays[attempt]!);
    };
    deps.send(s.data).then(
      (res) => {
        if (!running || state !== s) return;
        if (!res.ok) return; // refused: sending the same data again would be refused again
        if (!res.data.suggested) return retry();
        s.suggestions = res.data.suggestions;
        deps.onUpdate(s);
      },
      retry, // the background may be restarting
    );
  }

  function read(): { outcome: ReadOutcome; ms: number } {
    const t0 = clock.now();
    counts.reads++;
    const registry = createNodeRegistry();
    const extraction = extractSections(doc, { profile: deps.profile?.(), registerNode: registry.register });
    const path = win.location.pathname;
    if (state && path === state.path && sameSections(state.sections, extraction.sections)) {
      // Same content, perhaps re-rendered: keep the revision, refresh the element references.
      state.sections = extraction.sections;
      state.registry = registry;
      deps.onUpdate(state);
      return { outcome: 'unchanged', ms: clock.now() - t0 };
    }
    const { mentions, anchors } = analyseSections(extraction.sections);
    const stats = readStats(t0, extraction, clock.now());
    const ms = stats.ms;
    const revision = deps.nextRevision();
    const data = { url: pageUrl(win.location), mentions, revision, stats };
    state = { revision, data, anchors, sections: extraction.sections, registry, path, suggestions: null };
    deps.onUpdate(state);
    send(state, 0);
    return { outcome: 'changed', ms };
  }

  const scheduler = createReadScheduler(read, clock, deps.schedule);

  const isOwnRecord = (r: MutationRecord): boolean => {
    if (isOwnNode(r.target)) return true;
    if (r.type !== 'childList') return false;
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.length > 0 && nodes.every(isOwnNode);
  };

  function onMutations(records: MutationRecord[]) {
    if (records.every(isOwnRecord)) return;
    deps.onMutation();
    scheduler.poke();
  }
  const poke = () => scheduler.poke();

  return {
    start() {
      if (running) return;
      running = true;
      const at = clock.now();
      const { outcome, ms } = read();
      scheduler.ranAt(at, outcome, ms);
      observer = new (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver(
        onMutations,
      );
      observer.observe(doc, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['hidden', 'aria-hidden', 'open'],
      });
      doc.addEventListener('input', poke, true);
      win.addEventListener('popstate', poke);
    },
    stop() {
      running = false;
      observer?.disconnect();
      observer = null;
      scheduler.cancel();
      if (retryTimer !== null) clock.clearTimeout(retryTimer);
      retryTimer = null;
      doc.removeEventListener('input', poke, true);
      win.removeEventListener('popstate', poke);
      state = null;
    },
    get state() {
      return state;
    },
    resend() {
      if (running && state) send(state, 0);
    },
    refresh() {
      if (running) scheduler.poke();
    },
    counts,
  };
}
