/**
 * Text normalisation for search: tokens, UK/US spelling folding, light stemming, stop words.
 * Pure; any context (background, extension pages, content script, Node scripts).
 *
 * Index and query go through the same functions, so folding only has to be consistent, not
 * linguistically perfect: "haemorrhage" and "hemorrhage" both become "hemorrhag".
 */

// Ordered rewrites turning UK spellings into one folded form. Anchored where a blind
// replacement would merge unrelated words.
const SPELLING_RULES: [RegExp, string][] = [
  [/^oesophag/, 'esophag'],
  [/^oes/, 'es'],
  [/^oed/, 'ed'],
  [/^paed/, 'ped'],
  [/^orthopaed/, 'orthoped'],
  [/^foet/, 'fet'],
  [/^caes/, 'ces'],
  [/^gynaec/, 'gynec'],
  [/haem/g, 'hem'],
  [/aemi/g, 'emi'],
  [/ae(?=[a-z])/g, 'e'],
  [/(?<=[a-z])oe(?=[a-z])/g, 'e'],
  [/our(s?)$/, 'or$1'],
  [/^appendicectom/, 'appendectom'],
  [/ouri/g, 'ori'],
  [/tre$/, 'ter'],
  [/isation$/, 'ization'],
  [/is(e|ed|es|ing)$/, 'iz$1'],
  [/^sulph/, 'sulf'],
];

// Folding runs ~400k times while building; the distinct words number ~20k, so memoise.
const foldCache = new Map<string, string>();

/** Folds one lower-case token: UK spelling → common form, then strips common inflections. */
export function foldToken(token: string): string {
  const hit = foldCache.get(token);
  if (hit !== undefined) return hit;
  const folded = foldUncached(token);
  if (foldCache.size > 200_000) foldCache.clear();
  foldCache.set(token, folded);
  return folded;
}

function foldUncached(token: string): string {
  let t = token;
  if (t.length > 3 && /[a-z]/.test(t) && !/\d/.test(t)) {
    for (const [re, to] of SPELLING_RULES) t = t.replace(re, to);
    t = stem(t);
  }
  return t;
}

/**
 * Light stemming: plurals and the -ed/-ing/-ion/-e endings, so "fractured", "fractures" and
 * "fracture" meet, as do "obstruction" and "obstructed".
 */
export function stem(t: string): string {
  if (t.length <= 4) return t;
  if (t.endsWith('ies') && t.length > 5) t = t.slice(0, -3) + 'y';
  else if (t.endsWith('sses')) t = t.slice(0, -2);
  else if (t.endsWith('s') && !/(ss|us|is|as|ys)$/.test(t)) t = t.slice(0, -1);
  if (t.endsWith('ing') && t.length >= 7) t = t.slice(0, -3);
  else if (t.endsWith('ed') && !t.endsWith('eed') && t.length >= 6) t = t.slice(0, -2);
  else if (t.endsWith('ion') && t.length >= 8) t = t.slice(0, -3);
  if (t.endsWith('e') && t.length >= 6) t = t.slice(0, -1);
  return t;
}

/** Marks a clause break (",", ";", ":", brackets) in the output of `scanWords`. */
export const CLAUSE_BREAK = ',';

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Lower-case words of a text in one pass (no regex allocations: it runs on every title and term
 * while building): accents stripped, apostrophes joined ("parkinson's" -> "parkinson"), "#" read
 * as "fracture" (UK shorthand), clause punctuation kept as CLAUSE_BREAK.
 */
export function scanWords(text: string): string[] {
  let s = text.toLowerCase();
  // Only non-ASCII text needs the (slow) Unicode decomposition.
  if (/[^\x20-\x7e]/.test(s)) {
    s = s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019]/g, "'");
  }
  const out: string[] = [];
  let start = -1;
  let word = '';
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      word += s.slice(start, i);
      start = -1;
    }
    if (c === 39 && word) {
      // Possessive "'s" is dropped; other apostrophes join the word ("o'brien").
      if (s.charCodeAt(i + 1) === 115 && !isWordChar(s.charCodeAt(i + 2))) i++;
      else continue;
    }
    if (word) {
      out.push(word);
      word = '';
    }
    if (c === 35) out.push('fracture');
    else if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93) {
      out.push(CLAUSE_BREAK);
    }
  }
  return romanToArabic(out);
}

/** Words after which a Roman numeral is a number ("stage III", "type II", "grade iv"). */
const NUMBER_CONTEXT: ReadonlySet<string> = new Set([
  'stage',
  'stages',
  'grade',
  'grades',
  'type',
  'types',
  'class',
  'degree',
  'phase',
  'level',
  'cin',
]);

const ROMAN: Readonly<Record<string, string>> = {
  i: '1',
  ii: '2',
  iii: '3',
  iv: '4',
  v: '5',
  vi: '6',
  vii: '7',
  viii: '8',
  ix: '9',
  x: '10',
};

/**
 * Roman numerals read as numbers where the word before says a number follows: titles say
 * "Stage III", coders type "stage 3". Elsewhere "iv" (intravenous) or "v" stay words.
 */
function romanToArabic(words: string[]): string[] {
  for (let k = 1; k < words.length; k++) {
    const n = ROMAN[words[k]!];
    if (n && NUMBER_CONTEXT.has(words[k - 1]!)) words[k] = n;
  }
  return words;
}

/** Raw word tokens of a text, before folding; keeps stop words so callers can see them. */
export function rawTokens(text: string): string[] {
  return scanWords(text).filter((w) => w !== CLAUSE_BREAK);
}

/** Folded, meaningful tokens of a text (stop words dropped). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of rawTokens(text)) {
    if (STOP_WORDS.has(raw)) continue;
    out.push(foldToken(raw));
  }
  return out;
}

/** Words that carry no meaning for finding a code. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an the of and or in on at to by for with without from as is are be due its into than that this which other nos nec'.split(
    ' ',
  ),
);

/**
 * Words in a title that do not describe the condition itself, so a title made of the query plus
 * these ("Pneumonia, organism unspecified") still counts as a complete match.
 */
export const NEUTRAL_WORDS: ReadonlySet<string> = new Set(
  [
    'unspecified',
    'specified',
    'site',
    'organism',
    'elsewhere',
    'classified',
    'not',
    'mention',
    'stated',
    'unknown',
    'type',
    'condition',
    'otherwise',
  ].map((w) => foldToken(w)),
);

/**
 * Qualifiers: they help when a candidate mentions them and hurt little when none does
 * ("left", "acute", "severe", "right lower lobe").
 */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set(
  [
    'left',
    'right',
    'bilateral',
    'unilateral',
    'acute',
    'chronic',
    'severe',
    'mild',
    'moderate',
    'recurrent',
    'upper',
    'lower',
    'middle',
    'lobe',
    'primary',
    'secondary',
    'elective',
    'emergency',
    'simple',
    'complicated',
    'complete',
    'partial',
    'total',
    'known',
    'suspected',
    'probable',
    'history',
    'new',
    'worsening',
    'episode',
    'attack',
    'onset',
    'lt',
    'rt',
    // Words that name the kind of act rather than the act: helpful, not required.
    'scan',
    'surgery',
    'operation',
    'procedure',
  ].map((w) => foldToken(w)),
);
