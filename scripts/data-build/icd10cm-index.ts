/**
 * Node-only (data build): ICD-10-CM alphabetic index (`icd10cm-index-2025.csv`,
 * `RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code` in document order) turned into short UK-code
 * synonyms. Term paths are rebuilt from Level and composed modifier-first ("Pneumonia › lobar" ->
 * "lobar pneumonia"); sub-terms that start with a connector ("with", "due to") follow the head.
 * A main term that only refers on ("Hemiparesis - see Hemiplegia") takes the code of the main term it
 * names, when that one has its own code: the index is saying the two words mean the same.
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
  const [main, ...rest] = path.map(cleanIndexText).map(dropAliases);
  const subs = joinBinomials(rest);
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

/** Word forms of one stem ("apnea"/"apneic", "nose"/"nostril"): a shared start of half the shorter word. */
function sameStem(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let n = 0;
  while (n < x.length && x[n] === y[n]) n++;
  return n >= Math.max(3, Math.ceil(Math.min(x.length, y.length) / 2));
}

/**
 * An index entry "Head, a, b" lists aliases of its head ("Infection, infected, infective") or a
 * modifier ("Drip, postnasal"). Aliases are dropped (the first form stands for all), a modifier is
 * composed into the phrase as a sub-term would be ("postnasal drip", "straining on urination").
 * Parts naming alternatives ("disease, phenomenon or syndrome") are left as written.
 */
export function dropAliases(s: string): string {
  const [first, ...parts] = s.split(/\s*,\s*/);
  if (!parts.length || parts.some((p) => / or /.test(p))) return s;
  const headWords = first!.split(' ');
  const mods = parts.filter((p) => !headWords.some((w) => sameStem(w, p.split(' ')[0]!)));
  if (mods.length !== 1) return mods.length ? s : first!;
  return CONNECTOR.test(mods[0]!) ? `${first} ${mods[0]}` : `${mods[0]} ${lcFirst(first!)}`;
}

/** "Clostridioides" then "difficile": a genus sub-term and its species read in order, as one name. */
function joinBinomials(subs: string[]): string[] {
  const out: string[] = [];
  for (const s of subs) {
    const prev = out[out.length - 1];
    if (prev && /^[A-Z][a-z]+$/.test(prev) && /^[a-z]+$/.test(s) && !CONNECTOR.test(s)) {
      out[out.length - 1] = `${prev} ${s}`;
    } else out.push(s);
  }
  return out;
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
  // Main terms with a code of their own, for "see" references between main terms.
  const mainCodes = new Map<string, string>();
  const refs: [string, string][] = [];
  for (const l of lines.slice(1)) {
    const [, , levelS, term, see, , , code] = parseCsvLine(l.text);
    if (levelS === '0' && term) {
      if (code) mainCodes.set(term.toLowerCase(), code);
      else if (see) refs.push([term, see.toLowerCase()]);
    }
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
  for (const [term, see] of refs) {
    const code = mainCodes.get(see);
    const uk = code ? map(code) : undefined;
    const phrase = composeIndexPath([term]);
    if (uk && phrase.length >= 3)
      out.push({ system: 'icd10', code: uk, text: phrase, source: 'icd10cm-index' });
  }
  return out;
}
