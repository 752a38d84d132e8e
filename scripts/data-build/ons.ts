/**
 * Node-only (data build): the ONS death-certificate dictionary (`ons-icd11-dictionary/Dictionary.txt`,
 * UK wording coded to ICD-11) mapped to ICD-10 through the WHO ICD-11 -> ICD-10 table. Only entries
 * with a single ICD-11 code whose map target is a UK category or code are kept (blocks and chapters
 * in the map mean "no single ICD-10 code").
 *
 * Where the map lands on a residual ICD-10 code ("Other …", "…, unspecified") whose title shares no
 * word with the ICD-11 title, the ICD-10 code no longer says what the ICD-11 code meant (6B60.6
 * "Dissociative neurological symptom disorder, with paresis" → F48.9 "Neurotic disorder,
 * unspecified"). An ONS wording reaching such a code must then name one of the two titles' words
 * itself; a wording that names neither ("Hemiparesis" → F48.9, "Septicaemia" → A49.9 "Bacterial
 * infection, unspecified") is the dictionary's grouping for certification, not a synonym, and is
 * dropped.
 */
import type { CodeEntry, TermEntry } from '@/lib/classification/model';
import { ReleaseParseError } from '@/lib/classification/parse-error';
import { splitTextLines } from '@/lib/classification/text-lines';
import { contentWords, stemsMatch } from './cm-words';
import { parseCsvLine } from './csv';

const key11 = (c: string) => c.trim().toUpperCase().replace(/\./g, '');

/** Where the WHO table sends one ICD-11 code. */
export interface Icd11Target {
  icd10: string;
  /** Set when the ICD-10 code is residual and shares no title word with the ICD-11 code: its words. */
  loose?: string[];
}

const RESIDUAL = /\b(other|unspecified)\b/i;

const shares = (a: string[], b: string[]) => a.some((x) => b.some((y) => stemsMatch(x, y)));

/** True when the ICD-10 title no longer says what the ICD-11 title meant (see the header). */
export function isLooseMapping(title11: string, title10: string): boolean {
  return RESIDUAL.test(title10) && !shares(contentWords(title11), contentWords(title10));
}

/** ICD-11 code (no dots) -> ICD-10 code as the WHO table gives it, with loose mappings marked. */
export function parseIcd11Map(text: string, file: string): Map<string, Icd11Target> {
  const lines = splitTextLines(text, file);
  const header = lines[0]!.text.split('\t');
  const i11 = header.indexOf('icd11Code');
  const i10 = header.indexOf('icd10Code');
  const t11 = header.indexOf('icd11Title');
  const t10 = header.indexOf('icd10Title');
  if (i11 < 0 || i10 < 0) throw new ReleaseParseError(file, 'no icd11Code/icd10Code columns', 1);
  const out = new Map<string, Icd11Target>();
  for (const l of lines.slice(1)) {
    const f = l.text.split('\t');
    const a = f[i11]?.trim();
    const b = f[i10]?.trim();
    if (!a || !b) continue;
    const title11 = t11 >= 0 ? (f[t11] ?? '') : '';
    const title10 = t10 >= 0 ? (f[t10] ?? '') : '';
    const target: Icd11Target = { icd10: b };
    if (title11 && title10 && isLooseMapping(title11, title10))
      target.loose = [...contentWords(title11), ...contentWords(title10)];
    out.set(key11(a), target);
  }
  return out;
}

/** "Clostridium Difficile Colitis" -> "Clostridium difficile colitis" (acronyms kept). */
export function sentenceCase(s: string): string {
  return s
    .trim()
    .split(/\s+/)
    .map((w, i) => (i > 0 && /^[A-Z][a-z'-]+$/.test(w) ? w.toLowerCase() : w))
    .join(' ');
}

/** Build ONS terms for UK codes. */
export function buildOnsTerms(
  dictionary: string,
  map11: Map<string, Icd11Target>,
  codes: CodeEntry[],
): TermEntry[] {
  const usable = new Set(codes.filter((c) => c.kind === 'category' || c.kind === 'code').map((c) => c.code));
  const lines = splitTextLines(dictionary, 'Dictionary.txt');
  const header = parseCsvLine(lines[0]!.text);
  const [iIcd1, iIcd2, iText] = ['Icd1', 'Icd2', 'DiagnosisText'].map((h) => header.indexOf(h));
  if (iIcd1! < 0 || iIcd2! < 0 || iText! < 0)
    throw new ReleaseParseError('Dictionary.txt', 'unexpected header', 1);
  const out: TermEntry[] = [];
  for (const l of lines.slice(1)) {
    const f = parseCsvLine(l.text);
    const icd11 = f[iIcd1!]?.trim();
    if (!icd11 || f[iIcd2!]?.trim() || !/^[0-9A-Z]{4}/i.test(icd11)) continue;
    const target = map11.get(key11(icd11));
    const icd10 = target?.icd10;
    if (!icd10 || !usable.has(icd10)) continue;
    const text = sentenceCase((f[iText!] ?? '').replace(/\u00a0/g, ' '));
    if (target.loose && !shares(contentWords(text), target.loose)) continue;
    if (text.length >= 3) out.push({ system: 'icd10', code: icd10, text, source: 'ons' });
  }
  return out;
}
