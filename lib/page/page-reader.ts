/**
 * Reads an enabled page and keeps the background up to date: extracts with a node registry (element
 * references stay here, only ids travel), has the background analyse the sections (lib/text stays
 * compiled there; here it would run cold on every page), sends `pageMentions` with a rising revision,
 * and reads again when the page changes (MutationObserver and field input, through the read
 * scheduler). Extraction uses the page's site profile when one matches (asked of the session at every
 * read). A re-read whose sections and path are unchanged is not analysed or sent. An answer without
 * suggestions (the store is still seeding) is sent again with back-off, as is a read whose analysis
 * failed (the background was restarting). Contexts: content script; unit tests with happy-dom
 * (everything is injected).
 */
import { extractSections } from '@/lib/extract/extract';
import { sameSections } from '@/lib/extract/fingerprint';
import type { SiteProfile } from '@/lib/extract/profile';
import { ELEMENT_NODE, nodeType, sSlice, tagOf } from '@/lib/extract/safe-dom';
import type { ExtractedSection } from '@/lib/extract/types';
import type {
  BadgeSuggestion,
  MentionAnchor,
  PageMentionsData,
  Response,
  SectionsForAnalysis,
} from '@/lib/messaging/protocol';
import type { Clock } from './clock';
import { createNodeRegistry, type NodeRegistry } from './node-registry';
import { pageUrl, readStats, sectionsForAnalysis } from './page-mentions';
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
  /** Analyse a read's sections into mentions (the background's `analyseSections`). */
  analyse(sections: SectionsForAnalysis): Promise<Response<'analyseSections'>>;
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
/** Longest the first read waits for the page's own loading work to settle. */
export const FIRST_READ_IDLE_MS = 1000;

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

/** A read whose sections are with the background for analysis. */
interface PendingRead {
  t0: number;
  extractMs: number;
  url: string;
  path: string;
  sections: ExtractedSection[];
  registry: NodeRegistry;
  chars: number;
  truncated: boolean;
}

export function createPageReader(deps: PageReaderDeps): PageReader {
  const { doc, win, clock } = deps;
  const delays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  const counts = { reads: 0, sends: 0 };
  let state: ReaderState | null = null;
  let pending: PendingRead | null = null;
  let observer: MutationObserver | null = null;
  let retryTimer: number | null = null;
  let running = false;
  /** Counts starts, so a first read queued before a stop does not run after a restart. */
  let runs = 0;

  function clearRetry() {
    if (retryTimer !== null) clock.clearTimeout(retryTimer);
    retryTimer = null;
  }

  /** Run `again` after the next back-off delay, unless the reader stopped or moved on (`current`). */
  function retryLater(attempt: number, current: () => boolean, again: (attempt: number) => void) {
    if (!running || !current() || attempt >= delays.length) return;
    retryTimer = clock.setTimeout(() => again(attempt + 1), delays[attempt]!);
  }

  function send(s: ReaderState, attempt: number) {
    clearRetry();
    counts.sends++;
    const retry = () =>
      retryLater(
        attempt,
        () => state === s,
        (next) => send(s, next),
      );
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

  function analyse(p: PendingRead, attempt: number) {
    clearRetry();
    const forAnalysis = sectionsForAnalysis(p.sections);
    const retry = () => {
      // Out of retries: forget the read, so the page's next read is analysed afresh.
      if (attempt >= delays.length && pending === p) pending = null;
      retryLater(
        attempt,
        () => pending === p,
        (next) => analyse(p, next),
      );
    };
    deps.analyse(forAnalysis.sections).then(
      (res) => {
        if (!running || pending !== p) return;
        pending = null;
        if (!res.ok) return; // refused: the next change is read afresh
        const extraction = { chars: p.chars, truncated: p.truncated || forAnalysis.truncated };
        const stats = readStats(p.t0, extraction, clock.now(), p.extractMs, res.data.ms);
        const revision = deps.nextRevision();
        const data = { url: p.url, mentions: res.data.mentions, revision, stats };
        const { sections, registry, path } = p;
        state = { revision, data, anchors: res.data.anchors, sections, registry, path, suggestions: null };
        deps.onUpdate(state);
        send(state, 0);
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
    const extractMs = clock.now() - t0;
    const latest = pending ?? state;
    if (latest && path === latest.path && sameSections(latest.sections, extraction.sections)) {
      // Same content, perhaps re-rendered: keep the revision, refresh the element references.
      latest.sections = extraction.sections;
      latest.registry = registry;
      if (latest === state) deps.onUpdate(state);
      return { outcome: 'unchanged', ms: extractMs };
    }
    const { chars, truncated, sections } = extraction;
    pending = { t0, extractMs, url: pageUrl(win.location), path, sections, registry, chars, truncated };
    analyse(pending, 0);
    // The scheduler spaces reads by what they cost this page: the extraction (analysis is elsewhere).
    return { outcome: 'changed', ms: extractMs };
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
      const run = ++runs;
      const first = () => {
        if (!running || run !== runs) return;
        const at = clock.now();
        const { outcome, ms } = read();
        scheduler.ranAt(at, outcome, ms);
      };
      // The first read waits for the page to finish its own loading work (layout, paint, its
      // scripts), so it neither delays the EPR nor competes with it for the CPU.
      if (clock.whenIdle) clock.whenIdle(first, FIRST_READ_IDLE_MS);
      else first();
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
      clearRetry();
      doc.removeEventListener('input', poke, true);
      win.removeEventListener('popstate', poke);
      state = null;
      pending = null;
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
