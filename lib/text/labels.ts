/**
 * Labels in front of text ("PMH:", "Dx -", "Father:") and the section kind they stand for, so a
 * free-text letter's "FH: ..." line reads like a family history section. Pure; any context.
 */
import type { SectionKind } from '@/lib/extract/types';
import { asciiLower } from './words';

const LABEL =
  /^(?:(?:primary|secondary|principal|main|final|working|provisional|discharge|admission|presenting|other|additional|active|current|relevant|significant|past|previous|chronic|new)\s+)*(?:diagnos[ie]s|dx|impression|problems?(?: list)?|issues?|conditions?|(?:presenting )?complaint|pc|co-?morbidit(?:y|ies)|background|pmh[x]?|(?:past )?(?:medical|surgical) history|psh|history|hx|fh[x]?|family history|procedures?(?: performed)?|operations?(?: performed)?|op|surgery|interventions?|findings|indications?|summary|outcome|ddx|differentials?(?: diagnos[ie]s)?|also|plus)$/i;

// The last word of every LABEL match: a text ending in another word is no label, and a cold content
// script need not compile LABEL to say so.
const LABEL_LAST_WORDS = new Set(
  (
    'diagnoses diagnosis dx impression problem problems list issue issues condition conditions complaint pc ' +
    'comorbidity comorbidities co-morbidity co-morbidities background pmh pmhx history psh hx fh fhx ' +
    'procedure procedures performed operation operations op surgery intervention interventions findings ' +
    'indication indications summary outcome ddx differential differentials also plus'
  ).split(' '),
);

/** True when `text` is only a label, so the text after its colon or dash is the content. */
export function isLabel(text: string): boolean {
  const label = text.trim().replace(/[.:\s]+$/, '');
  const last = label.slice(label.search(/\S+$/));
  return LABEL_LAST_WORDS.has(asciiLower(last)) && LABEL.test(label);
}

/** The section kind a label or heading stands for, when it names one. */
export function sectionForLabel(label: string | undefined): SectionKind | undefined {
  if (!label) return undefined;
  const l = label.toLowerCase();
  if (/\bfh[x]?\b|family/.test(l)) return 'family-history';
  if (/\b(?:pmh[x]?|psh|past|background|previous)\b|\bhistory\b|\bhx\b/.test(l)) return 'history';
  if (/co-?morbid/.test(l)) return 'comorbidities';
  if (/procedure|operation|\bop\b|surgery|intervention/.test(l)) return 'procedures';
  if (/diagnos|\bdx\b|impression|problem/.test(l)) return 'diagnoses';
  return undefined;
}

/** What an item label (a table's status column, a chip, a dl term) says about its mentions. */
export interface LabelReading {
  status?: 'negated' | 'uncertain' | 'affirmed' | 'family' | 'history';
  laterality?: 'left' | 'right' | 'bilateral';
  /** The label words that set it, for `Mention.cues`. */
  cue?: string;
}

const LABEL_STATUS: [RegExp, NonNullable<LabelReading['status']>][] = [
  [
    /\b(?:excluded|ruled out|negative|not done|not performed|cancell?ed|declined|abandoned|postponed|refuted|disproved)\b/i,
    'negated',
  ],
  [
    /\b(?:provisional|suspected|possible|possibly|probable|probably|likely|query|queried|differential|ddx|\?)/i,
    'uncertain',
  ],
  [/\b(?:family history|fhx?)\b/i, 'family'],
  [/\b(?:past|previous|inactive|historical)\b/i, 'history'],
  // "Working diagnosis" is coded as affirmed (docs/fixtures.md: the ED summary's working diagnoses).
  [
    /\b(?:resolved|confirmed|active|chronic|working|final|principal|primary|secondary|completed?)\b/i,
    'affirmed',
  ],
];

/** The status and side an item label gives, in precedence order (negated first). */
export function readLabel(label: string | undefined): LabelReading {
  if (!label) return {};
  const out: LabelReading = {};
  for (const [re, status] of LABEL_STATUS) {
    const m = re.exec(label);
    if (m) {
      out.status = status;
      out.cue = m[0];
      break;
    }
  }
  const side = /^\s*(?:(left|lt|l)|(right|rt|r)|(bilateral|both|bilat))\s*$/i.exec(label);
  if (side) out.laterality = side[1] ? 'left' : side[2] ? 'right' : 'bilateral';
  return out;
}

// A status chip whose text ran into the item text ("Aspiration pneumoniaActive · Jan 2026").
const GLUED_CHIP =
  /(?<=\p{Ll}|[)\]])(Active|Inactive|Confirmed|Suspected|Provisional|Resolved|Excluded|Chronic|Past|Historical|Differential|Working|Ruled out|Cancelled)(?=\s*(?:[·•|,;]|$))/u;

/**
 * Blanks a status chip glued to the end of the item text ("pneumoniaActive · Jan 2026") and returns
 * it as a label: the text keeps its length, so mention positions still point at the item's text.
 */
export function splitGluedChip(text: string): [string, string | undefined] {
  const m = GLUED_CHIP.exec(text);
  if (!m) return [text, undefined];
  const end = m.index + m[0].length;
  const rest = text.slice(end).replace(/^(\s*)[·•|]/, '$1-');
  return [text.slice(0, m.index) + ' '.repeat(m[0].length) + rest, m[1]];
}
