/**
 * Node-only (data build): ICD-10 terms from public sources, in order of value: ICD-10-CM tabular
 * inclusion terms, the ONS death-certificate dictionary (UK wording), then the ICD-10-CM alphabetic
 * index. Also returns the dagger/asterisk pairs the CM tabular's "code first" notes give. CM codes
 * reach UK codes by truncation, checked for meaning by the CM guard (cm-guard.ts).
 */
import type { CodeEntry, TermEntry } from '@/lib/classification/model';
import type { CmMapper } from './cm-map';
import { createCmGuard, parseCmTitles } from './cm-guard';
import { buildTabularTerms } from './icd10cm-tabular';
import { buildIndexTerms } from './icd10cm-index';
import { buildOnsTerms, parseIcd11Map } from './ons';
import type { SourceFiles } from './sources';

export interface Icd10Terms {
  terms: TermEntry[];
  pairs: [string, string][];
  stats: Record<string, number>;
}

/** Collect the public ICD-10 terms (not yet deduplicated). */
export function buildIcd10Terms(src: SourceFiles, codes: CodeEntry[], map: CmMapper): Icd10Terms {
  const xml = src.read('synonyms/icd10cm/icd10cm-tabular-2021.xml');
  const guard = createCmGuard(map, codes, parseCmTitles(xml));
  const tabular = buildTabularTerms(xml, guard.map, codes);
  const map11 = parseIcd11Map(
    src.read('synonyms/who-icd11-to-icd10-map-2024-01.txt'),
    'who-icd11-to-icd10-map-2024-01.txt',
  );
  const ons = buildOnsTerms(src.read('synonyms/ons-icd11-dictionary/Dictionary.txt', 'latin1'), map11, codes);
  const index = buildIndexTerms(
    src.read('synonyms/icd10cm/icd10cm-index-2025.csv'),
    'icd10cm-index-2025.csv',
    guard.map,
  );
  return {
    terms: [...ons, ...tabular.terms, ...index],
    pairs: tabular.pairs,
    stats: {
      onsRaw: ons.length,
      inclusionRaw: tabular.terms.length,
      indexRaw: index.length,
      codeFirstPairs: tabular.pairs.length,
      ...Object.fromEntries(Object.entries(guard.counts).map(([k, v]) => [`cmGuard:${k}`, v])),
    },
  };
}
