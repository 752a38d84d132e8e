/**
 * Node-only (data build): ICD-10-CM alphabetic index (`icd10cm-index-2025.csv`,
 * `RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code` in document order) turned into short UK-code
 * synonyms. Term paths are rebuilt from Level and composed modifier-first ("Pneumonia › lobar" ->
 * "lobar pneumonia"); sub-terms that start with a connector ("with", "due to") follow the head.
 */
import type { TermEntry } from '@/lib/classification/model';
import { ReleaseParseError } from '@/lib/classification/parse-error';
import { splitTextLines } from '@/lib/classification/text-lines';
import type { CmMapper } from './cm-map';
import { parseCsvLine } from './csv';

const CONNECTOR =
  /^(with|without|in|due|of|from|following|complicating|complicated|after|during|by|on|at|to|and|or|for|affecting|involving|causing|associated|as|resulting|secondary|not|except|induced|related|NEC)\b/i;
const MAX_WORDS = 10;

/** Remove index punctuation that does not help a search: NEC, (non-essential), [synonyms]. */
export function cleanIndexText(s: string): string {
  return s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(NEC|NOS)\b/g, ' ')
    .replace(/\s*-\s*see\b.*$/i, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:-]+|[\s,;:-]+$/g, '')
    .trim();
}

/** Compose a rebuilt index path into one phrase. */
export function composeIndexPath(path: string[]): string {
  const [main, ...subs] = path.map(cleanIndexText).map(dropVariant);
  let head = main!;
  let before: string[] = [];
  const after: string[] = [];
  let appending = false;
  for (const s of subs) {
    if (!s) continue;
    if (appending || CONNECTOR.test(s)) {
      after.push(s);
      appending = true;
    } else before = [s, ...before];
  }
  head = [...before, head.toLowerCase() === head ? head : lcFirst(head), ...after].join(' ');
  return head.replace(/\s+/g, ' ').trim();
}

/** "Fracture, traumatic" / "spine, spinal" -> the first form: after the comma comes a one-word variant. */
function dropVariant(s: string): string {
  const m = /^([^,]+), ([\w'-]+)$/.exec(s);
  return m ? m[1]! : s;
}

function lcFirst(s: string): string {
  // Keep eponyms and acronyms ("Down", "HIV"): only lower-case a plain capitalised word.
  return /^[A-Z][a-z]+\b/.test(s) && !/'s\b/.test(s.split(' ')[0]!) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** Read the index and return terms for UK codes. */
export function buildIndexTerms(text: string, file: string, map: CmMapper): TermEntry[] {
  const lines = splitTextLines(text, file);
  const header = parseCsvLine(lines[0]!.text);
  if (header.join(',') !== 'RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code') {
    throw new ReleaseParseError(file, `unexpected header ${header.join(',')}`, 1);
  }
  const stack: string[] = [];
  const out: TermEntry[] = [];
  for (const l of lines.slice(1)) {
    const [, , levelS, term, , , , code] = parseCsvLine(l.text);
    const level = Number(levelS);
    if (!Number.isInteger(level) || level < 0)
      throw new ReleaseParseError(file, `bad Level "${levelS}"`, l.line);
    stack.length = level;
    stack[level] = term ?? '';
    if (!code) continue;
    const uk = map(code);
    if (!uk) continue;
    const phrase = composeIndexPath(stack.slice(0, level + 1));
    const words = phrase.split(' ').length;
    // Long paths (deep sub-terms) read badly and bloat the bundle: the search engine finds them by words.
    if (!phrase || words > MAX_WORDS || phrase.length < 3) continue;
    out.push({ system: 'icd10', code: uk, text: phrase, source: 'icd10cm-index' });
  }
  return out;
}
