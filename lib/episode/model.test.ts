import { describe, expect, it } from 'vitest';
import { createEpisode, episodeSchema, toRuleEpisode, withRuleCodes, type Episode } from './model';

const NOW = new Date('2026-03-01T10:00:00Z');
const ID = '0b7b1a8e-7a39-4c43-9f0a-3c1d2f0e9a11';

function episode(patch: Partial<Episode> = {}): Episode {
  return { ...createEpisode(NOW, ID), ...patch };
}

describe('episode model', () => {
  it('creates a valid empty episode', () => {
    const e = createEpisode(NOW, ID);
    expect(episodeSchema.parse(e)).toEqual(e);
    expect(e).toMatchObject({ status: 'in-progress', ref: '', sex: null, age: null, diagnoses: [] });
  });

  it('accepts a full episode and refuses bad fields', () => {
    const full = episode({
      ref: 'EP-2026-00123',
      sex: 'female',
      age: 54,
      admitted: '2026-02-01',
      discharged: '2026-02-05',
      status: 'coded',
      diagnoses: [
        { code: 'A17.0', source: 'search', title: 'Tuberculous meningitis' },
        { code: 'G01', source: 'typed' },
      ],
      procedures: [{ code: 'J18.3', source: 'page' }],
    });
    expect(episodeSchema.safeParse(full).success).toBe(true);
    const bad = (patch: Partial<Episode> | Record<string, unknown>) =>
      episodeSchema.safeParse({ ...full, ...patch }).success;
    expect(bad({ age: 131 })).toBe(false);
    expect(bad({ age: -1 })).toBe(false);
    expect(bad({ sex: 'unknown' })).toBe(false);
    expect(bad({ status: 'done' })).toBe(false);
    expect(bad({ admitted: '2026-02-30' })).toBe(false);
    expect(bad({ discharged: '2026-01-01' })).toBe(false); // before admission
    expect(bad({ diagnoses: [{ code: 'J189', source: 'typed' }] })).toBe(false); // not canonical
    expect(bad({ id: 'not-a-uuid' })).toBe(false);
  });

  it('refuses an NHS number as the reference with the reason', () => {
    const r = episodeSchema.safeParse(episode({ ref: '943 476 5919' }));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/NHS number/);
  });

  it('gives the rule engine codes in sequence and the discharge date', () => {
    const e = episode({
      sex: 'male',
      age: 70,
      admitted: '2026-01-01',
      discharged: '2026-01-09',
      diagnoses: [
        { code: 'J18.9', source: 'typed' },
        { code: 'I10', source: 'typed' },
      ],
      procedures: [{ code: 'J18.3', source: 'typed' }],
    });
    expect(toRuleEpisode(e)).toEqual({
      id: ID,
      sex: 'male',
      age: 70,
      endDate: '2026-01-09',
      diagnoses: ['J18.9', 'I10'],
      procedures: ['J18.3'],
    });
    expect(toRuleEpisode(episode())).not.toHaveProperty('endDate');
  });

  it('takes a fixed sequence back, keeping titles and marking new codes', () => {
    const e = episode({
      diagnoses: [
        { code: 'G01', source: 'search', title: 'Meningitis' },
        { code: 'A17.0', source: 'page', title: 'TB meningitis' },
      ],
    });
    const fixed = withRuleCodes(e, { ...toRuleEpisode(e), diagnoses: ['A17.0', 'G01', 'Z85.3'] });
    expect(fixed.diagnoses).toEqual([
      { code: 'A17.0', source: 'page', title: 'TB meningitis' },
      { code: 'G01', source: 'search', title: 'Meningitis' },
      { code: 'Z85.3', source: 'fix' },
    ]);
  });
});
