/**
 * Immutable undo/redo history of a value (the episode being edited). Pure; any context.
 *
 * Edits that share a `coalesce` key in a row (typing in one field) replace the present state instead
 * of adding a step, so one undo takes back a whole word rather than a letter.
 */

export const HISTORY_LIMIT = 50;

export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** The coalesce key of the last edit, if it had one. */
  lastKey?: string;
}

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** Records `next` as the present; `coalesce` merges it with the previous edit of the same key. */
export function commit<T>(h: History<T>, next: T, coalesce?: string, limit = HISTORY_LIMIT): History<T> {
  if (next === h.present) return h;
  if (coalesce && coalesce === h.lastKey) return { ...h, present: next, future: [] };
  const past = [...h.past, h.present].slice(-limit);
  return { past, present: next, future: [], lastKey: coalesce };
}

export const canUndo = (h: History<unknown>) => h.past.length > 0;
export const canRedo = (h: History<unknown>) => h.future.length > 0;

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past.at(-1);
  if (prev === undefined) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest };
}
