/**
 * When to read the page again after it changes: debounced, at most one read per `minGapMs`, never
 * starved by a page that never stops mutating (`maxWaitMs`), and backing off on a page whose
 * mutations change nothing we read (a ticking clock, a spinner). Contexts: content script; tests.
 */
import type { Clock } from './clock';

export interface ReadSchedulerOptions {
  /** Quiet time after the last change before reading. */
  debounceMs: number;
  /** Longest a read waits behind a stream of changes (beyond the gap). */
  maxWaitMs: number;
  /** Minimum time between reads; doubles up to `maxGapMs` while reads find nothing new. */
  minGapMs: number;
  maxGapMs: number;
}

export const DEFAULT_READ_SCHEDULE: ReadSchedulerOptions = {
  debounceMs: 400,
  maxWaitMs: 2000,
  minGapMs: 1000,
  maxGapMs: 8000,
};

/** What a read found: something new (sent), or the same sections as before (skipped). */
export type ReadOutcome = 'changed' | 'unchanged';

export interface ReadScheduler {
  /** The page changed: read again soon. */
  poke(): void;
  /** A read ran outside the scheduler (the first read on start): counts for the gap. */
  ranAt(at: number, outcome: ReadOutcome, ms: number): void;
  cancel(): void;
  /** Current minimum gap between reads (ms), for tests and diagnostics. */
  readonly gapMs: number;
  readonly pending: boolean;
}

export function createReadScheduler(
  read: () => { outcome: ReadOutcome; ms: number },
  clock: Clock,
  options: Partial<ReadSchedulerOptions> = {},
): ReadScheduler {
  const o = { ...DEFAULT_READ_SCHEDULE, ...options };
  let gap = o.minGapMs;
  let lastRun = -Infinity;
  let firstPoke: number | null = null;
  let timer: number | null = null;
  let due = 0;

  function settle(at: number, outcome: ReadOutcome, ms: number) {
    lastRun = at;
    // A read that found nothing new doubles the gap; a slow read (a huge page) keeps reads rarer.
    const next = outcome === 'changed' ? o.minGapMs : Math.min(gap * 2, o.maxGapMs);
    gap = Math.max(next, Math.min(ms * 10, o.maxGapMs));
  }

  function fire() {
    timer = null;
    firstPoke = null;
    const at = clock.now();
    const { outcome, ms } = read();
    settle(at, outcome, ms);
  }

  return {
    poke() {
      const now = clock.now();
      if (firstPoke === null) firstPoke = now;
      const earliest = lastRun + gap;
      const latest = Math.max(firstPoke + o.maxWaitMs, earliest);
      const next = Math.min(Math.max(now + o.debounceMs, earliest), latest);
      if (timer !== null && next === due) return;
      if (timer !== null) clock.clearTimeout(timer);
      due = next;
      timer = clock.setTimeout(fire, Math.max(0, next - now));
    },
    ranAt: settle,
    cancel() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      firstPoke = null;
    },
    get gapMs() {
      return gap;
    },
    get pending() {
      return timer !== null;
    },
  };
}
