import { describe, expect, it } from 'vitest';
import { loadFormat, saveFormat } from './preferences';

function memory(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
  } as Storage;
}

describe('format preference', () => {
  it('round-trips a format and falls back to dotted for missing or unknown values', () => {
    const s = memory();
    expect(loadFormat(s)).toBe('dotted');
    saveFormat(s, 'nhs');
    expect(loadFormat(s)).toBe('nhs');
    s.setItem('sidecoder.format', '<script>');
    expect(loadFormat(s)).toBe('dotted');
    expect(loadFormat(undefined)).toBe('dotted');
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadFormat(broken)).toBe('dotted');
    expect(() => saveFormat(broken, 'undotted')).not.toThrow();
  });
});
