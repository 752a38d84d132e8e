import { describe, expect, it } from 'vitest';
import { loadTab, saveTab, tabIndexForKey } from './page-tabs';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

describe('panel tabs', () => {
  it('remembers the last tab and falls back to Search for anything unknown', () => {
    const s = memoryStorage();
    expect(loadTab(s)).toBe('search');
    saveTab(s, 'page');
    expect(loadTab(s)).toBe('page');
    saveTab(s, 'episode');
    expect(loadTab(s)).toBe('episode');
    s.setItem('sidecoder.tab', 'nonsense');
    expect(loadTab(s)).toBe('search');
    expect(loadTab(undefined)).toBe('search');
  });

  it('survives a storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadTab(throwing)).toBe('search');
    expect(() => saveTab(throwing, 'page')).not.toThrow();
  });

  it('moves with the arrow keys (wrapping), Home and End', () => {
    expect(tabIndexForKey('ArrowRight', 0, 3)).toBe(1);
    expect(tabIndexForKey('ArrowRight', 2, 3)).toBe(0);
    expect(tabIndexForKey('ArrowLeft', 0, 3)).toBe(2);
    expect(tabIndexForKey('Home', 2, 3)).toBe(0);
    expect(tabIndexForKey('End', 0, 3)).toBe(2);
    expect(tabIndexForKey('Enter', 0, 3)).toBeNull();
    expect(tabIndexForKey('ArrowRight', 0, 0)).toBeNull();
  });
});
