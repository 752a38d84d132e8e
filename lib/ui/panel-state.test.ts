import { describe, expect, it } from 'vitest';
import { activeResult, initialPanelState, panelReducer, type PanelState } from './panel-state';
import { createSyntheticSource } from './synthetic-source';

const source = createSyntheticSource();
const withResults = (): PanelState =>
  panelReducer(initialPanelState(), { type: 'results', results: source.search('j18'), query: 'j18' });

describe('panelReducer', () => {
  it('makes the first result active when results arrive, none when empty', () => {
    const s = withResults();
    expect(s.results.length).toBeGreaterThan(2);
    expect(s.active).toBe(0);
    expect(panelReducer(s, { type: 'results', results: [], query: 'zzz' }).active).toBe(-1);
  });

  it('moves the active result with ↓/↑ and stops at both ends', () => {
    let s = withResults();
    s = panelReducer(s, { type: 'move', delta: 1 });
    expect(s.active).toBe(1);
    s = panelReducer(s, { type: 'move', delta: -5 });
    expect(s.active).toBe(0);
    s = panelReducer(s, { type: 'move', delta: 99 });
    expect(s.active).toBe(s.results.length - 1);
    expect(activeResult(s)).toBe(s.results[s.results.length - 1]);
  });

  it('ignores moves with no results and out-of-range activation', () => {
    const s = initialPanelState();
    expect(panelReducer(s, { type: 'move', delta: 1 })).toBe(s);
    const r = withResults();
    expect(panelReducer(r, { type: 'activate', index: 99 })).toBe(r);
    expect(panelReducer(r, { type: 'activate', index: 2 }).active).toBe(2);
  });

  it('clears query and results on Esc but keeps filter and format', () => {
    let s = panelReducer(withResults(), { type: 'query', query: 'j18' });
    s = panelReducer(s, { type: 'format', format: 'nhs' });
    s = panelReducer(s, { type: 'system', system: 'icd10' });
    s = panelReducer(s, { type: 'clear' });
    expect(s).toMatchObject({ query: '', results: [], active: -1, format: 'nhs', system: 'icd10' });
  });

  it('opens views on a stack and goes back through them', () => {
    let s = initialPanelState();
    s = panelReducer(s, { type: 'open', view: { name: 'browse', system: 'icd10', parent: null } });
    s = panelReducer(s, { type: 'open', view: { name: 'browse', system: 'icd10', parent: 'X' } });
    s = panelReducer(s, { type: 'open', view: { name: 'detail', system: 'icd10', code: 'J18.9' } });
    expect(s.view).toEqual({ name: 'detail', system: 'icd10', code: 'J18.9' });
    s = panelReducer(s, { type: 'back' });
    expect(s.view).toEqual({ name: 'browse', system: 'icd10', parent: 'X' });
    s = panelReducer(s, { type: 'back' });
    s = panelReducer(s, { type: 'back' });
    expect(s.view).toEqual({ name: 'search' });
    expect(panelReducer(s, { type: 'back' }).view).toEqual({ name: 'search' });
  });

  it('home returns to search and forgets the history', () => {
    let s = panelReducer(initialPanelState(), {
      type: 'open',
      view: { name: 'detail', system: 'opcs4', code: 'J18.3' },
    });
    s = panelReducer(s, { type: 'home' });
    expect(s.view).toEqual({ name: 'search' });
    expect(s.history).toEqual([]);
  });
});

describe('replace', () => {
  it('swaps the current view without growing the history (browse system switch)', () => {
    let s = panelReducer(initialPanelState(), {
      type: 'open',
      view: { name: 'browse', system: 'icd10', parent: null },
    });
    s = panelReducer(s, { type: 'replace', view: { name: 'browse', system: 'opcs4', parent: null } });
    expect(s.history).toEqual([{ name: 'search' }]);
    expect(s.view).toEqual({ name: 'browse', system: 'opcs4', parent: null });
  });
});
