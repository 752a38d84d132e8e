import { describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT,
  EPISODE_DRAFT_MAX,
  addCode,
  draftText,
  hasCode,
  parseDraft,
  removeCode,
  updateDraft,
} from './page-episode-draft';

const j189 = { code: 'J18.9', system: 'icd10' as const, title: 'Pneumonia, unspecified' };
const w371 = { code: 'W37.1', system: 'opcs4' as const, title: 'Primary total hip replacement' };

describe('episode draft', () => {
  it('adds codes once, in order, and removes them', () => {
    let d = addCode(EMPTY_DRAFT, j189);
    d = addCode(d, w371);
    d = addCode(d, j189);
    expect(d.codes.map((c) => c.code)).toEqual(['J18.9', 'W37.1']);
    expect(hasCode(d, { code: 'W37.1', system: 'opcs4' })).toBe(true);
    // The same code in another classification is a different code.
    expect(hasCode(d, { code: 'W37.1', system: 'icd10' })).toBe(false);
    d = removeCode(d, j189);
    expect(d.codes).toEqual([w371]);
  });

  it('copies one code per line in the given display', () => {
    const d = addCode(addCode(EMPTY_DRAFT, j189), w371);
    expect(draftText(d, (c) => c.code.replace('.', ''))).toBe('J189\nW371');
    expect(draftText(EMPTY_DRAFT, (c) => c.code)).toBe('');
  });

  it('reads stored values leniently and stays bounded', () => {
    expect(parseDraft(undefined)).toEqual(EMPTY_DRAFT);
    expect(parseDraft({ codes: [{ code: 'J18.9', system: 'x', title: '' }] })).toEqual(EMPTY_DRAFT);
    expect(parseDraft({ codes: [j189] })).toEqual({ codes: [j189] });
    let d = EMPTY_DRAFT;
    for (let i = 0; i < EPISODE_DRAFT_MAX + 5; i++) d = addCode(d, { ...j189, code: `A${i}` });
    expect(d.codes).toHaveLength(EPISODE_DRAFT_MAX);
  });
});

describe('stored episode draft', () => {
  it('applies quick successive edits in order against what is stored', async () => {
    const store: Record<string, unknown> = { episodeDraft: { codes: [j189] } };
    const area = {
      get: async (k: string) => ({ [k]: store[k] }),
      set: async (items: Record<string, unknown>) => {
        await new Promise((r) => setTimeout(r, 5));
        Object.assign(store, items);
      },
    };
    const a = updateDraft(area, (d) => addCode(d, w371));
    const b = updateDraft(area, (d) => removeCode(d, j189));
    await Promise.all([a, b]);
    expect(store.episodeDraft).toEqual({ codes: [w371] });
    expect(await b).toEqual({ codes: [w371] });
  });
});
