import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, commit, createHistory, redo, undo } from './history';

describe('history', () => {
  it('undoes and redoes, and a new edit drops the redo branch', () => {
    let h = createHistory('a');
    h = commit(h, 'b');
    h = commit(h, 'c');
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = commit(h, 'd');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe('b');
  });

  it('merges edits with the same coalesce key into one step', () => {
    let h = createHistory('');
    h = commit(h, 'E', 'ref');
    h = commit(h, 'EP', 'ref');
    h = commit(h, 'EP1', 'ref');
    h = commit(h, 'EP1 x', 'codes');
    expect(undo(h).present).toBe('EP1');
    expect(undo(undo(h)).present).toBe('');
  });

  it('keeps at most the limit of past states and ignores no-op commits', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 60; i++) h = commit(h, i, undefined, 50);
    expect(h.past).toHaveLength(50);
    expect(h.past[0]).toBe(10);
    expect(commit(h, h.present)).toBe(h);
  });
});
