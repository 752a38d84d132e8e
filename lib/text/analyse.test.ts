import { describe, expect, it } from 'vitest';
import { analyseSection, analyseText } from './analyse';
import { CASES } from './analyse-cases';

describe('analyseText: the synthetic case table', () => {
  it('has at least 120 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(120);
  });

  it.each(CASES)('%s (%s)', (text, kind, expected) => {
    const got = analyseText(text, kind).map((m, i) => {
      const e = expected[i];
      return [
        m.text,
        m.status,
        e?.[2] === undefined ? undefined : m.kind,
        e?.[3] === undefined ? undefined : (m.laterality ?? '-'),
        e?.[4] === undefined ? undefined : m.qualifiers,
      ];
    });
    const want = expected.map((e) => [e[0], e[1], e[2], e[3], e[4]]);
    expect(got).toEqual(want);
  });
});

describe('analyseSection', () => {
  it('keeps item indexes and character ranges that point at the text', () => {
    const items = [{ text: 'Hypertension' }, { text: 'Asthma; previous DVT (2010)' }];
    const mentions = analyseSection({ kind: 'history', items });
    expect(mentions.map((m) => [m.item, m.original])).toEqual([
      [0, 'Hypertension'],
      [1, 'Asthma'],
      [1, 'previous DVT (2010)'],
    ]);
    for (const m of mentions) expect(items[m.item]!.text.slice(m.start, m.end)).toBe(m.original);
  });

  it('reads an item label as the section it names', () => {
    const mentions = analyseSection({
      kind: 'free-text',
      items: [{ text: 'Bowel cancer', label: 'Family history' }],
    });
    expect(mentions[0]?.status).toBe('family');
  });

  it('records cues, qualifiers and expansions', () => {
    const [m] = analyseText('?PE — CTPA negative, PE excluded', 'diagnoses');
    expect(m?.cues).toContain('excluded');
    expect(m?.qualifiers).toEqual(['CTPA negative, PE excluded']);
    expect(m?.expansions).toEqual([{ abbr: 'PE', expansion: 'pulmonary embolism' }]);
  });

  it('keeps markup as plain text', () => {
    const [m] = analyseText('<img src=x onerror=alert(1)> sepsis', 'diagnoses');
    expect(m?.original).toContain('<img');
  });
});
