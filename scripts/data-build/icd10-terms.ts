/**
 * Node-only (data build): ICD-10 terms from public sources, in order of value: ICD-10-CM alphabetic
 * index (and later tabular inclusion terms, ONS). Also returns dagger/asterisk pairs those sources give.
 */
import type { CodeEntry, TermEntry } from '@/lib/classification/model';
import type { CmMapper } from './cm-map';
import { buildIndexTerms } from './icd10cm-index';
import type { SourceFiles } from './sources';

export interface Icd10Terms {
  terms: TermEntry[];
  pairs: [string, string][];
  stats: Record<string, number>;
}

/** Collect the public ICD-10 terms (not yet deduplicated). */
export function buildIcd10Terms(src: SourceFiles, _codes: CodeEntry[], map: CmMapper): Icd10Terms {
  const index = buildIndexTerms(
    src.read('synonyms/icd10cm/icd10cm-index-2025.csv'),
    'icd10cm-index-2025.csv',
    map,
  );
  return { terms: [...index], pairs: [], stats: { indexRaw: index.length } };
}
