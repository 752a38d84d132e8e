/**
 * Node-only (data build): dagger/asterisk pairs from the ~200 real rows of the NHS TRUD ICD-10 5th
 * Edition layout in `icd10/trud-icd10-5th-edition-format-sample.tsv` (USAGE DAGGER, QUALIFIERS = the
 * paired asterisk code). A small but citable source of partners.
 */
import { splitTextLines } from '@/lib/classification/text-lines';
import { ReleaseParseError } from '@/lib/classification/parse-error';

export interface DaggerInfo {
  daggers: Set<string>;
  /** dagger code -> asterisk codes */
  pairs: Map<string, string[]>;
}

/** Read dagger codes and their named asterisk partners. */
export function parseTrudSampleDaggers(text: string, file: string): DaggerInfo {
  const lines = splitTextLines(text, file);
  const header = lines[0]?.text.split('\t') ?? [];
  const [ic, iu, iq] = ['ICD10_CODE', 'USAGE', 'QUALIFIERS'].map((h) => header.indexOf(h));
  if (ic! < 0 || iu! < 0 || iq! < 0)
    throw new ReleaseParseError(file, 'missing ICD10_CODE/USAGE/QUALIFIERS', 1);
  const daggers = new Set<string>();
  const pairs = new Map<string, string[]>();
  for (const l of lines.slice(1)) {
    const f = l.text.split('\t');
    if (f[iu!]?.trim() !== 'DAGGER') continue;
    const code = f[ic!]!.trim();
    daggers.add(code);
    const q = (f[iq!] ?? '')
      .split(/[\s,]+/)
      .map((s) => s.replace(/[*]/g, '').trim())
      .filter(Boolean);
    if (q.length) pairs.set(code, [...new Set([...(pairs.get(code) ?? []), ...q])]);
  }
  return { daggers, pairs };
}
