/**
 * Splits a clause's head into a sequence of cues, separators and mention spans: comma lists, "and"/"or"
 * lists and terminators, without breaking a single diagnosis ("Fracture of neck of femur, left",
 * "Carcinoma of head and neck"). Pure; any context.
 */
import type { Cue } from './cues';
import type { Span } from './split';
import { hasProcedureCue } from './kind';
import { hasClinicalWord } from './vocab';
import { alnumBoundedWords, asciiLower, foldCase, suffixes, wordBoundedWords } from './words';

export type Piece =
  | { kind: 'cue'; cue: Cue }
  | { kind: 'sep'; comma: boolean; start: number; end: number }
  | { kind: 'span'; span: Span };

// A comma followed by one of these continues the same diagnosis ("Pneumonia, right lower lobe").
// `^(?:left|right|...|s\/p|...)\b` (flag `i`): the text's first run of word characters is one of the
// words, or it starts with "s/p". A set lookup, not a regex of a hundred words, for a cold content script.
const MODIFIER_WORDS = new Set(
  (
    'left right bilateral both l r lt rt lower upper middle mid proximal distal anterior posterior medial ' +
    'lateral stage grade type class with without due secondary complicated uncomplicated on in of at for ' +
    'from to source site cause organism unknown unspecified nos mild moderate severe controlled ' +
    'uncontrolled poorly well diet insulin tablet acute chronic closed open displaced undisplaced non not ' +
    'recurrent initial subsequent nstemi stemi treated awaiting requiring current currently episode ' +
    'cemented uncemented hybrid likely probably possibly presumed predominantly involving affecting ' +
    'extending single multiple sites region lobe segment zone'
  ).split(' '),
);
const LEADING_WORD = /^\w+/;
// "..., right carotid artery stenosis": a side word opening a part that names a condition of its own
// starts a new mention ("Pneumonia, right lower lobe" and "Fracture, left" stay one).
const SIDE_WORDS = new Set(['left', 'right', 'bilateral', 'both', 'l', 'r', 'lt', 'rt']);
function isSideAndCondition(text: string): boolean {
  const word = LEADING_WORD.exec(text)?.[0];
  if (word === undefined || !SIDE_WORDS.has(asciiLower(word))) return false;
  const comma = text.indexOf(',');
  return hasClinicalWord(text.slice(word.length, comma < 0 ? text.length : comma));
}

export function startsWithModifier(text: string): boolean {
  const word = LEADING_WORD.exec(text)?.[0];
  return (word !== undefined && MODIFIER_WORDS.has(asciiLower(word))) || /^s\/p\b/i.test(text);
}
// Fixed phrases whose "and"/"or" is part of one condition.
const FIXED_AND =
  /\b(?:nausea and vomiting|diarrhoea and vomiting|diarrhea and vomiting|head and neck|ear,? nose and throat|hand,? foot and mouth|drug and alcohol|alcohol and drug|anxiety and depression|mixed anxiety and depressive|bleeding and|sprains? and strains?|incision and drainage|examination and|(?:left|right) and (?:left|right)|dilatation and curettage|drainage and)\b/i;

const PREPOSITION_BEFORE = /\b(?:of|in|to|on|with|the)\b/i;

// A condition's head word or an abbreviation: both sides of "and" having one makes two mentions
// ("Known COPD and type 2 diabetes").
// `\p{L}{3,}(?:suffix)\b|\b(?:word)\b` (flags `iu`), looked up word by word (words.ts).
const CONDITION_SUFFIX = suffixes(
  [
    'itis',
    'osis',
    'oma',
    'aemia',
    'emia',
    'opathy',
    'pathy',
    'algia',
    'plasia',
    'trophy',
    'ectasis',
    'uria',
    'ism',
    'iasis',
    'ectomy',
    'otomy',
    'plasty',
    'oscopy',
  ],
  3,
  'word',
);
const CONDITION_WORD = wordBoundedWords([
  'disease',
  'disorder',
  'syndrome',
  'diabetes',
  'failure',
  'insufficiency',
  'cancer',
  'carcinoma',
  'tumo(u)r',
  'infection',
  'injury',
  'fracture',
  'ulcer',
  'hernia',
  'stenosis',
  'thrombosis',
  'embolism',
  'infarction',
  'fibrillation',
  'flutter',
  'hypertension',
  'hypotension',
  'asthma',
  'epilepsy',
  'dementia',
  'depression',
  'anxiety',
  'stroke',
  'pneumonia',
  'sepsis',
  'obesity',
  'anaemia',
  'anemia',
  'deficiency',
  'dependence',
  'abuse',
  'allergy',
  'bleed',
  'haemorrhage',
  'hemorrhage',
  'effusion',
  'aneurysm',
  'palsy',
  'block',
  'arrest',
  'angina',
  'gout',
  'migraine',
  'psoriasis',
  'eczema',
  'cataract',
  'glaucoma',
  'lesion',
  'mass',
  'polyp',
  'cyst',
  'abscess',
  'repair',
  'replacement',
  'insertion',
  'excision',
  'removal',
  'release',
]);
const ABBREVIATION = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9]{1,5}(?![\p{L}\p{N}])/u;

function looksLikeCondition(text: string): boolean {
  const lower = foldCase(text);
  return CONDITION_SUFFIX(lower) || CONDITION_WORD(lower) || ABBREVIATION.test(text);
}

function commaSplits(text: string, run: Span, keepDescriptors: boolean): number[] {
  const at: number[] = [];
  const body = text.slice(run.start, run.end);
  for (const m of body.matchAll(/,/g)) {
    const next = body.slice(m.index + 1).trimStart();
    if (/^\d/.test(next) && /\d$/.test(body.slice(0, m.index))) continue; // 1,000
    if (next === '' || (startsWithModifier(next) && !isSideAndCondition(next))) continue;
    // "ERCP, sphincterotomy and stone extraction": what follows an endoscopy is done through it.
    if (isEndoscopy(body.slice(0, m.index))) continue;
    // "Pressure ulcer category 2, sacrum", "Schizoaffective disorder, manic type": a part naming no
    // condition, symptom or procedure describes the one before it.
    const comma = next.indexOf(',');
    const part = comma < 0 ? next : next.slice(0, comma);
    if (keepDescriptors && !hasClinicalWord(part) && !hasProcedureCue(part)) continue;
    at.push(run.start + m.index);
  }
  return at;
}

// A procedure and its indication: "Upper lobectomy for adenocarcinoma" codes both.
// `\p{L}{2,}(?:ectomy|otomy|ostomy|oscopy|plasty|pexy)\b|\b(?:repair|...|fixation)\b` (flags `iu`).
const PROCEDURE_SUFFIX = suffixes(['ectomy', 'otomy', 'ostomy', 'oscopy', 'plasty', 'pexy'], 2, 'word');
const PROCEDURE_WORD = wordBoundedWords([
  'repair',
  'replacement',
  'insertion',
  'excision',
  'resection',
  'removal',
  'biopsy',
  'amputation',
  'transplant',
  'bypass',
  'graft',
  'stenting',
  'ablation',
  'drainage',
  'decompression',
  'fixation',
]);
export function isProcedureHead(text: string): boolean {
  const lower = foldCase(text);
  return PROCEDURE_SUFFIX(lower) || PROCEDURE_WORD(lower);
}
// Two bare short forms joined by "with" name two conditions ("IECOPD with T2RF"); worded
// combinations ("diabetes with retinopathy") are one.
const SHORT_FORM = /^[A-Z][A-Z0-9]{1,7}[a-z]?$/;
// An endoscopy joined to what was done through it is one operation ("Cystoscopy and stent insertion",
// "OGD + clips", "Arthroscopy + SAD"): OPCS-4 codes the endoscopic procedure, not the look.
// `\p{L}{3,}oscop(?:y|ic)\b|(?<![\p{L}\p{N}])(?:OGD|...|flexi(?:ble)? sig)(?![\p{L}\p{N}])` (flags `iu`).
const ENDOSCOPY_SUFFIX = suffixes(['oscop(y|ic)'], 3, 'word');
const ENDOSCOPY_NAME = alnumBoundedWords([
  'ogd',
  'egd',
  'ercp',
  'eus',
  'ebus',
  'turbt',
  'turp',
  'flexi(ble) sig',
]);
export function isEndoscopy(text: string): boolean {
  const lower = foldCase(text);
  return ENDOSCOPY_SUFFIX(lower) || ENDOSCOPY_NAME(lower);
}

function conjunctionSplits(text: string, from: number, to: number, always: boolean): Span[] {
  const body = text.slice(from, to);
  const joins = [...body.matchAll(/\s(?:and|or|&|\+|\/|for|with|secondary to|due to)\s/gi)];
  // Every fixed phrase has "and"; without a join there is nothing to split.
  if (joins.length === 0 || (asciiLower(body).includes('and') && FIXED_AND.test(body))) return [];
  const out: Span[] = [];
  let last = 0;
  for (const m of joins) {
    const left = body.slice(0, m.index);
    const right = body.slice(m.index + m[0].length);
    const word = m[0].trim().toLowerCase().replace(/\s+/g, ' ');
    // "End stage renal disease secondary to IgA nephropathy": the cause is coded too.
    if (word === 'secondary to' || word === 'due to') {
      const after = right.split(/\s(?:and|or|with|for)\s/i)[0]!.trim();
      if (!looksLikeCondition(body.slice(last, m.index)) || !looksLikeCondition(after)) continue;
      last = m.index + m[0].length;
      out.push({ start: from + m.index, end: from + m.index + m[0].length });
      continue;
    }
    // "Closed reduction and K-wire fixation": reduction and fixation are one operation.
    if (word === 'and' && /reduction$/i.test(left) && /^\S*(?:\s+\S+)?\s*fixation\b/i.test(right)) continue;
    if (word === 'for' || word === 'with') {
      const before = body.slice(last, m.index).trim();
      const after = right.split(/\s(?:and|or|with|for)\s/i)[0]!.trim();
      const split =
        word === 'for'
          ? isProcedureHead(before) && looksLikeCondition(after) && !isProcedureHead(after)
          : SHORT_FORM.test(before) && SHORT_FORM.test(after);
      if (!split) continue;
      last = m.index + m[0].length;
      out.push({ start: from + m.index, end: from + m.index + m[0].length });
      continue;
    }
    if (word !== 'or' && word !== '/' && isEndoscopy(body.slice(last, m.index))) continue;
    const both =
      looksLikeCondition(body.slice(last, m.index)) && looksLikeCondition(right.split(/\s(?:and|or)\s/i)[0]!);
    if (!always && !both && (PREPOSITION_BEFORE.test(left) || startsWithModifier(right))) continue;
    last = m.index + m[0].length;
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/**
 * Cuts `head` into pieces (commas become hard boundaries in list sections: see context.ts);
 * `negated` lets "and"/"or" always split, as in "no fever or rigors". With `keepDescriptors` (list
 * sections, where every piece is a mention) a comma part naming no condition or procedure stays
 * with the one before it; in narrative it is cut off, and dropped for naming nothing.
 */
export function splitHead(text: string, head: Span, cues: Cue[], keepDescriptors = false): Piece[] {
  const pieces: Piece[] = [];
  const negated = cues.some((c) => c.type === 'negated' && c.dir === 'pre');
  let at = head.start;
  const runs: Span[] = [];
  for (const cue of cues) {
    runs.push({ start: at, end: cue.start });
    at = cue.end;
  }
  runs.push({ start: at, end: head.end });
  runs.forEach((run, i) => {
    let from = run.start;
    const commas = commaSplits(text, run, keepDescriptors);
    const segments: Span[] = [];
    for (const c of commas) {
      segments.push({ start: from, end: c });
      from = c + 1;
    }
    segments.push({ start: from, end: run.end });
    segments.forEach((seg, k) => {
      if (k > 0) pieces.push({ kind: 'sep', comma: true, start: seg.start - 1, end: seg.start });
      let s = seg.start;
      for (const conj of conjunctionSplits(text, seg.start, seg.end, negated || commas.length > 0)) {
        pieces.push({ kind: 'span', span: { start: s, end: conj.start } });
        pieces.push({ kind: 'sep', comma: false, start: conj.start, end: conj.end });
        s = conj.end;
      }
      pieces.push({ kind: 'span', span: { start: s, end: seg.end } });
    });
    if (i < cues.length) pieces.push({ kind: 'cue', cue: cues[i]! });
  });
  return pieces.filter((p) => p.kind !== 'span' || /[\p{L}\d#]/u.test(text.slice(p.span.start, p.span.end)));
}

/** True when commas in this section separate conditions rather than qualify them. */
export function isListSection(kind: string): boolean {
  return kind === 'history' || kind === 'comorbidities' || kind === 'family-history';
}
