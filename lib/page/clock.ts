/**
 * The timers the page session uses, injectable so unit tests drive time by hand. Contexts: content
 * script (the entrypoint passes WXT's ctx timers, which stop when the script is invalidated); tests.
 */

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** The window's timers (used when nothing else is given). */
export const windowClock = (win: Window = window): Clock => ({
  now: () => win.performance.now(),
  setTimeout: (fn, ms) => win.setTimeout(fn, ms),
  clearTimeout: (id) => win.clearTimeout(id),
});
