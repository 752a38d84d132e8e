import { describe, expect, it } from 'vitest';
import {
  addSelection,
  analyseSelection,
  dismissSelection,
  parseSelection,
  SELECTIONS_SHOWN,
} from './page-selection';

const sel = (at: number, text = `text ${at}`) => ({ tabId: 1, text, at });

describe('coded selections', () => {
  it('validates what storage holds', () => {
    expect(parseSelection(sel(5))).toEqual(sel(5));
    expect(parseSelection({ tabId: 1, text: '', at: 1 })).toBeNull();
    expect(parseSelection({ tabId: 1, text: 'x'.repeat(5001), at: 1 })).toBeNull();
    expect(parseSelection('community acquired pneumonia')).toBeNull();
    expect(parseSelection(undefined)).toBeNull();
  });

  it('keeps them newest first, once each, bounded, and dismissible', () => {
    let list = addSelection([], sel(1));
    list = addSelection(list, sel(3));
    list = addSelection(list, sel(2));
    list = addSelection(list, sel(3));
    expect(list.map((s) => s.at)).toEqual([3, 2, 1]);
    for (let i = 10; i < 20; i++) list = addSelection(list, sel(i));
    expect(list).toHaveLength(SELECTIONS_SHOWN);
    expect(list[0]!.at).toBe(19);
    expect(dismissSelection(list, sel(19)).map((s) => s.at)).toEqual([18, 17, 16, 15]);
  });

  it('analyses the text as free text (suggestions need the loaded index)', () => {
    const ms = analyseSelection(null, 'No PE. Community acquired pneumonia');
    expect(ms.map((m) => [m.text.toLowerCase(), m.status])).toEqual([
      ['pulmonary embolism', 'negated'],
      ['community acquired pneumonia', 'affirmed'],
    ]);
    expect(ms.every((m) => m.suggestions.length === 0)).toBe(true);
  });
});
