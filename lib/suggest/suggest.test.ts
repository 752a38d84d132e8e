import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, getEntry, type SearchIndex } from '@/lib/search';
import { analyseText } from '@/lib/text/analyse';
import type { SectionKind } from '@/lib/extract/types';
import type { Mention } from '@/lib/text/types';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';
import { suggestForMention } from './suggest';
import { familyCodesFor, historyCodesFor } from './history-codes';

let index: SearchIndex;
beforeAll(async () => {
  index = buildSearchIndex(await loadBundledReleases());
}, 60_000);

/** The one mention in a synthetic phrase, checked so a text-analysis change shows up here. */
function mention(text: string, section: SectionKind, status?: Mention['status']): Mention {
  const ms = analyseText(text, section);
  expect(ms).toHaveLength(1);
  if (status) expect(ms[0]!.status).toBe(status);
  return ms[0]!;
}
const suggest = (text: string, section: SectionKind = 'free-text', status?: Mention['status']) =>
  suggestForMention(index, mention(text, section, status));
const codes = (text: string, section?: SectionKind, status?: Mention['status']) =>
  suggest(text, section, status).map((s) => s.code);

describe('suggestForMention', () => {
  it('searches ICD-10 for diagnoses and OPCS-4 for procedures, saying what matched', () => {
    const dx = suggest('Community acquired pneumonia', 'diagnoses', 'affirmed');
    expect(dx.every((s) => s.system === 'icd10' && s.role === 'main')).toBe(true);
    expect(dx[0]?.code).toMatch(/^J18/);
    expect(dx[0]?.reason).toMatch(/^matched '.+' \(/);
    const px = suggest('lap chole', 'procedures', 'affirmed');
    expect(px[0]).toMatchObject({ code: 'J18.3', system: 'opcs4' });
    expect(px[0]?.reason).toBe("matched 'lap chole' (UK clinical abbreviation)");
    expect(dx.length).toBeLessThanOrEqual(3);
  });

  it('gives negated mentions nothing and flags uncertain ones', () => {
    expect(suggest('no evidence of pulmonary embolism', 'free-text', 'negated')).toEqual([]);
    const unsure = suggest('?appendicitis', 'diagnoses', 'uncertain');
    expect(unsure.length).toBeGreaterThan(0);
    for (const s of unsure) {
      expect(s.flags?.uncertain).toBe(true);
      expect(s.reason).toMatch(/^uncertain: check before coding/);
    }
  });

  it('adds the history or sequela code beside the condition', () => {
    const mi = suggest('previous MI', 'free-text', 'history');
    expect(mi.map((s) => s.code)).toContain('I25.2');
    expect(mi.find((s) => s.code === 'I25.2')).toMatchObject({
      role: 'history',
      reason: 'history of: previous MI',
    });
    expect(mi[0]?.code).toMatch(/^I2[12]/);
    expect(codes('history of stroke', 'free-text', 'history')).toEqual(
      expect.arrayContaining(['Z86.7', 'I69.4']),
    );
    expect(codes('h/o DVT', 'free-text', 'history')).toContain('Z86.7');
    expect(codes('previous breast cancer', 'free-text', 'history')).toEqual(
      expect.arrayContaining(['C50.9', 'Z85.3']),
    );
  });

  it('gives family history mentions Z80–Z84 codes only', () => {
    const fh = suggest('mother had breast cancer', 'free-text', 'family');
    expect(fh[0]).toMatchObject({
      code: 'Z80.3',
      role: 'family',
      reason: 'family history: mother had breast cancer',
    });
    expect(fh.every((s) => /^Z8[0-4]/.test(s.code))).toBe(true);
    expect(codes('FH of IHD', 'free-text', 'family')[0]).toBe('Z82.4');
    expect(codes('father had bowel cancer', 'free-text', 'family')[0]).toBe('Z80.0');
    expect(codes('Type 2 diabetes', 'family-history', 'family')[0]).toBe('Z83.3');
  });

  it('adds Z94 laterality codes to procedures', () => {
    const right = suggest('Right total hip replacement', 'procedures', 'affirmed');
    expect(right[0]?.code).toBe('W37.1');
    expect(right.find((s) => s.role === 'laterality')).toMatchObject({
      code: 'Z94.2',
      reason: 'right-sided procedure: laterality code',
    });
    expect(codes('Bilateral carpal tunnel release', 'procedures')).toContain('Z94.1');
    expect(codes('Left inguinal hernia repair', 'procedures')).toContain('Z94.3');
    // Diagnoses keep their side in the mention, not in a Z94 code.
    expect(codes('Right ovarian cyst', 'diagnoses')).not.toContain('Z94.2');
  });

  it('adds the approach Y code unless the main code already names the approach', () => {
    const lap = suggest('Laparoscopic cholecystectomy', 'procedures', 'affirmed');
    expect(lap.map((s) => s.code)).toEqual(expect.arrayContaining(['J18.3', 'Y75.2']));
    expect(lap.find((s) => s.code === 'Y75.2')?.role).toBe('approach');
    expect(codes('Laparoscopic appendicectomy', 'procedures')).toContain('Y75.2');
    // W82 "Endoscopic resection of meniscus" is already arthroscopic.
    const knee = codes('Arthroscopic meniscectomy', 'procedures');
    expect(knee[0]).toMatch(/^W82/);
    expect(knee).not.toContain('Y76.7');
    expect(codes('Open appendicectomy', 'procedures')).not.toContain('Y75.2');
  });
});

describe('history and family code tables', () => {
  it('name codes that exist in the release with the expected titles', () => {
    const title = (c: string): string => getEntry(index, 'icd10', c)?.title ?? '';
    for (const c of [
      'A41.9',
      'C18.9',
      'C34.9',
      'E11.9',
      'F32.9',
      'G40.9',
      'I10',
      'J45.9',
      'K57.3',
      'M06.9',
      'N18.3',
      'Q21.1',
      'S72.00',
    ]) {
      for (const h of historyCodesFor(c))
        expect(title(h), `${c} → ${h}`).toMatch(/^(Personal history|Old myocardial|Sequelae)/);
      for (const f of familyCodesFor(c)) expect(title(f), `${c} → ${f}`).toMatch(/^Family history/);
    }
    expect(historyCodesFor('I21.4')).toEqual(['I25.2']);
    expect(familyCodesFor('I63.9')).toEqual(['Z82.3']);
  });
});

describe('suggestForMention: simpler queries when the words as written find the wrong thing', () => {
  it('keeps the head word of the phrase ("pneumonia", not "basal cell")', () => {
    expect(codes('Right basal pneumonia', 'diagnoses')[0]).toMatch(/^J18/);
  });

  it('drops measurements, severity and named grades, and words anatomy as the region', () => {
    expect(codes('Large 3 cm full thickness tear of supraspinatus', 'diagnoses')).toContain('M75.1');
    expect(codes('Subacromial bursitis with calcific deposits', 'diagnoses')[0]).toBe('M75.5');
  });

  it('reads image guidance as a percutaneous approach', () => {
    expect(codes('Ultrasound-guided liver biopsy', 'procedures')[0]).toBe('J13.2');
  });
});

/** A mention as the analyser would give it, built directly so the rule under test is the suggester's. */
function direct(text: string, kind: Mention['kind'], status: Mention['status'] = 'affirmed'): Mention {
  return {
    text,
    original: text,
    kind,
    status,
    section: kind === 'procedure' ? 'procedures' : 'diagnoses',
    cues: [],
    qualifiers: [],
    expansions: [],
    item: 0,
    start: 0,
    end: text.length,
  };
}
const directCodes = (text: string, kind: Mention['kind'], status?: Mention['status']) =>
  suggestForMention(index, direct(text, kind, status)).map((s) => s.code);

describe('suggestForMention: words that qualify the condition rather than name it', () => {
  it('a trailing treatment or course is not part of the condition', () => {
    expect(directCodes('Cellulitis treated with oral flucloxacillin', 'diagnosis')[0]).toMatch(/^L03/);
    expect(directCodes('COPD, well controlled', 'diagnosis')[0]).toBe('J44.9');
  });

  it('a "procedure" naming no operation but a condition is searched as the condition', () => {
    expect(directCodes('community acquired pneumonia with IV antibiotics', 'procedure')[0]).toMatch(/^J18/);
    // A person with a status is coded by the status.
    expect(directCodes('Liver transplant recipient', 'procedure', 'history')).toContain('Z94.4');
    // A procedure whose head word OPCS-4 knows stays a procedure, however it starts.
    expect(directCodes('Live donor nephrectomy', 'procedure')[0]).toMatch(/^M0[12]/);
  });

  it('a site after the condition picks the site subdivision of its category', () => {
    expect(directCodes('Basal cell carcinoma, right temple', 'diagnosis')).toContain('C44.3');
    expect(directCodes('Superficial spreading melanoma L thigh', 'diagnosis')[0]).toBe('C43.7');
    expect(directCodes('Adenocarcinoma of left lower lobe', 'diagnosis')[0]).toBe('C34.3');
    expect(directCodes('Melanoma in situ (lentigo maligna), forehead', 'diagnosis')).toContain('D03.3');
  });

  it('OPCS-4 skin operations: head or neck sites and other sites', () => {
    expect(directCodes('Punch biopsy, left ear', 'procedure')[0]).toBe('S13.1');
    expect(directCodes('Punch biopsy of skin of shin', 'procedure')[0]).toBe('S13.2');
    expect(directCodes('Cryotherapy to viral warts, hands', 'procedure')[0]).toBe('S11.2');
    expect(directCodes('Cryotherapy to solar keratosis of scalp', 'procedure')[0]).toBe('S10.2');
  });

  it('word forms titles use: cannabinoids, hemiplegia, acquired dysphasia, removal of a stent', () => {
    expect(directCodes('Cannabis dependence', 'diagnosis')[0]).toBe('F12.2');
    expect(directCodes('Left hemiparesis', 'diagnosis')[0]).toBe('G81.9');
    expect(directCodes('Receptive dysphasia after stroke', 'diagnosis')).toContain('R47.0');
    expect(directCodes('Cystoscopic removal of ureteric JJ stent', 'procedure')).toContain('M29.3');
  });

  it('a previous overdose has the personal history of self-harm code', () => {
    expect(directCodes('Paracetamol overdose', 'diagnosis', 'history')).toContain('Z91.5');
  });
});
