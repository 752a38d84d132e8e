/**
 * Node-only (data build): the ONS death-certificate dictionary (`ons-icd11-dictionary/Dictionary.txt`,
 * UK wording coded to ICD-11) mapped to ICD-10 through the WHO ICD-11 -> ICD-10 table. Only entries
 * with a single ICD-11 code whose map target is a UK category or code are kept (blocks and chapters
 * in the map mean "no single ICD-10 code").
 */
import type { CodeEntry, TermEntry } from '@/lib/classification/model';
import { ReleaseParseError } from '@/lib/classification/parse-error';
import { splitTextLines } from '@/lib/classification/text-lines';
import { parseCsvLine } from './csv';

const key11 = (c: string) => c.trim().toUpperCase().replace(/\./g, '');

/** ICD-11 code (no dots) -> ICD-10 code as the WHO table gives it. */
export function parseIcd11Map(text: string, file: string): Map<string, string> {
  const lines = splitTextLines(text, file);
  const header = lines[0]!.text.split('\t');
  const i11 = header.indexOf('icd11Code');
  const i10 = header.indexOf('icd10Code');
  if (i11 < 0 || i10 < 0) throw new ReleaseParseError(file, 'no icd11Code/icd10Code columns', 1);
  const out = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const f = l.text.split('\t');
    const a = f[i11]?.trim();
    const b = f[i10]?.trim();
    if (a && b) out.set(key11(a), b);
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
  map11: Map<string, string>,
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
    const icd10 = map11.get(key11(icd11));
    if (!icd10 || !usable.has(icd10)) continue;
    const text = sentenceCase((f[iText!] ?? '').replace(/\u00a0/g, ' '));
    if (text.length >= 3) out.push({ system: 'icd10', code: icd10, text, source: 'ons' });
  }
  return out;
}
