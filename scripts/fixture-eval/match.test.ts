import { describe, expect, it } from 'vitest';
import { contains, dice, matchMentions, normalise, predScore, textScore } from './match';
import { addCounts, emptyCounts, evaluateView, figures, type GoldLike, type Prediction } from './metrics';

const pred = (text: string, over: Partial<Prediction> = {}): Prediction => ({
  text,
  original: text,
  kind: 'diagnosis',
  status: 'affirmed',
  laterality: null,
  section: 'diagnoses',
  top3: [],
  ...over,
});
const gold = (text: string, over: Partial<GoldLike> = {}): GoldLike => ({
  text,
  kind: 'diagnosis',
  status: 'affirmed',
  laterality: null,
  section: 'diagnoses',
  codes: [],
  ...over,
});

describe('text overlap', () => {
  it('normalises case, punctuation and hyphens', () => {
    expect(normalise('  Gastro-oesophageal  Reflux!')).toBe('gastro oesophageal reflux');
  });
  it('scores Dice on content words, ignoring function words', () => {
    expect(dice('Migraine with aura', 'migraine aura')).toBe(1);
    expect(dice('chest pain', 'abdominal pain')).toBe(0.5);
    expect(dice('of the', 'of the')).toBe(0);
  });
  it('treats containment on word boundaries as a match', () => {
    expect(contains('h/o CVA', 'CVA')).toBe(true);
    expect(contains('CVAs', 'CVA')).toBe(false);
    expect(textScore('Obesity (BMI 36)', 'Obesity')).toBeGreaterThanOrEqual(0.5);
    expect(textScore('fever', 'dysuria')).toBe(0);
  });
  it('recognises an abbreviation kept in gold through the expansion', () => {
    const p = pred('pulmonary embolism', {
      original: '?PE',
      expansions: [{ abbr: 'PE', expansion: 'pulmonary embolism' }],
    });
    expect(predScore(p, 'PE')).toBe(1);
  });
});

describe('matchMentions', () => {
  it('matches one to one, best score first', () => {
    const m = matchMentions([pred('pain'), pred('chest pain')], [gold('chest pain')]);
    expect(m).toEqual([null, 0]);
  });
  it('breaks ties by section', () => {
    const g = [gold('Appendicitis', { section: 'diagnoses' }), gold('Appendicitis', { section: 'findings' })];
    const m = matchMentions([pred('appendicitis', { section: 'findings' })], g);
    expect(m).toEqual([1]);
  });
});

describe('evaluateView', () => {
  it('counts recall, status, codes and affirmed precision', () => {
    const preds = [
      pred('Pneumonia', { top3: ['J18.9'] }),
      pred('DVT', { status: 'affirmed' }),
      pred('tachycardia'),
      pred('Doxycycline 100 mg'),
    ];
    const golds = [
      gold('Pneumonia', { codes: ['J189'] }),
      gold('DVT', { status: 'negated' }),
      gold('sepsis', { status: 'uncertain', codes: ['A41.9'] }),
    ];
    const ev = evaluateView(preds, golds, ['tachycardia'], ['Doxycycline']);
    const f = figures(ev.counts);
    expect(f.recall).toBeCloseTo(2 / 3);
    expect(f.markedStatus).toBe(0);
    expect(f.status).toBe(0.5);
    expect(f.codeTop3).toBe(1);
    // Pneumonia and DVT match; the medication counts against; tachycardia is optional.
    expect(f.precision).toBeCloseTo(2 / 3);
    expect(ev.missed.map((i) => i.text)).toEqual(['sepsis']);
    expect(ev.falsePositives).toHaveLength(1);
    expect(ev.falsePositives[0]!.detail).toContain('ignored text "Doxycycline"');
  });
  it('adds counts across views', () => {
    const a = evaluateView([pred('asthma')], [gold('Asthma')]).counts;
    const sum = addCounts(addCounts(emptyCounts(), a), a);
    expect(figures(sum).recall).toBe(1);
    expect(sum.gold).toBe(2);
  });
});
