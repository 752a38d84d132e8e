import { describe, expect, it } from 'vitest';
import type { CodeEntry } from '@/lib/classification/model';
import { createCmMapper } from './cm-map';
import { buildIndexTerms, cleanIndexText, composeIndexPath, dropAliases } from './icd10cm-index';

const code = (c: string, kind: CodeEntry['kind'] = 'code'): CodeEntry => ({
  system: 'icd10',
  code: c,
  kind,
  title: c,
  validForCoding: true,
});
const map = createCmMapper([
  code('J18', 'category'),
  code('J18.1'),
  code('J18.9'),
  code('I10', 'category'),
  code('E11', 'category'),
]);

describe('ICD-10-CM index terms', () => {
  it('composes sub-terms modifier-first and connectors after the head', () => {
    expect(composeIndexPath(['Pneumonia', 'lobar'])).toBe('lobar pneumonia');
    // "traumatic" is a modifier of the main term, not an alias of "fracture": it stays.
    expect(composeIndexPath(['Fracture, traumatic', 'femur'])).toBe('femur traumatic fracture');
    expect(composeIndexPath(['Pneumonia', 'with', 'influenza'])).toBe('pneumonia with influenza');
  });

  it('keeps the first form of an alias list and composes a comma modifier', () => {
    expect(dropAliases('Infection, infected, infective')).toBe('Infection');
    expect(dropAliases('thorax, thoracic')).toBe('thorax');
    expect(dropAliases('Drip, postnasal')).toBe('postnasal drip');
    expect(dropAliases('Straining, on urination')).toBe('Straining on urination');
    expect(dropAliases("Raynaud's disease, phenomenon or syndrome")).toBe(
      "Raynaud's disease, phenomenon or syndrome",
    );
  });

  it('reads a genus and species sub-term in order', () => {
    const path = ['Infection, infected, infective', 'Clostridioides', 'difficile', 'sepsis'];
    expect(composeIndexPath(path)).toBe('sepsis Clostridioides difficile infection');
  });

  it('strips NEC, NOS and bracketed modifiers', () => {
    expect(cleanIndexText('Hypertension NEC (benign) [essential]')).toBe('Hypertension');
  });

  it('maps CM codes by truncation, falling back to the category, and drops unknown codes', () => {
    expect(map('J18.1')).toBe('J18.1');
    expect(map('I10')).toBe('I10');
    expect(map('E11.65')).toBe('E11');
    expect(map('C4A.9')).toBeUndefined();
  });

  it('rebuilds paths from Level, skips rows without a code, and a main term referring on takes its target code', () => {
    const csv = [
      'RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code',
      '1,P,0,Pneumonia,,,(acute),J18.9',
      '2,P,1,lobar,,,,J18.1',
      '3,P,0,Pneumonitis,Pneumonia,,,',
      '4,C,0,Cancer,,,,C4A.9',
    ].join('\n');
    const terms = buildIndexTerms(csv, 'index.csv', map);
    expect(terms.map((t) => [t.code, t.text])).toEqual([
      ['J18.9', 'pneumonia'],
      ['J18.1', 'lobar pneumonia'],
      ['J18.9', 'pneumonitis'],
    ]);
    expect(terms.every((t) => t.source === 'icd10cm-index')).toBe(true);
  });

  it('a "see" reference to a main term without a code of its own, or to a sub-term, gives nothing', () => {
    const csv = [
      'RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code',
      '1,H,0,Hypertension,,,,I10',
      '2,H,0,Hyperpiesia,Hypertension,,,',
      '3,D,0,Disease,,,,',
      '4,M,0,Morbus,Disease,,,',
      '5,L,0,Lobitis,Pneumonia lobar,,,',
    ].join('\n');
    expect(buildIndexTerms(csv, 'index.csv', map).map((t) => [t.code, t.text])).toEqual([
      ['I10', 'hypertension'],
      ['I10', 'hyperpiesia'],
    ]);
  });
});
