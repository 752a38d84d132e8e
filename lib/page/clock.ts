/**
 * The timers the page session uses, injectable so unit tests drive time by hand. Contexts: content
 * script (the entrypoint passes WXT's ctx timers, which stop when the script is invalidated); tests.
 */

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /**
   * Run `fn` once the page's main thread is idle (at most `timeoutMs` later). Without it, the first
   * read runs at once (unit tests).
   */
  whenIdle?(fn: () => void, timeoutMs: number): void;
}
