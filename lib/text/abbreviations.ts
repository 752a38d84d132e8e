/**
 * Ambiguous clinical abbreviations read in context ("PE" in a diagnosis list is a pulmonary embolism,
 * on a chest examination a pleural effusion). Only the ambiguous few live here: the search engine
 * already expands the 500+ unambiguous ones from the release. Pure; any context.
 */
import type { SectionKind } from '@/lib/extract/types';

interface Reading {
  expansion: string;
  /** Words in the clause that select this reading. */
  cues?: RegExp;
  /** Sections where this reading is the default. */
  sections?: SectionKind[];
}

interface Ambiguous {
  abbr: string;
  /** In order; the first reading whose cues or section match wins, else the last one. */
  readings: Reading[];
}

const CARDIAC =
  /\b(?:murmur|valve|valvular|echo\w*|mitral|aortic|rheumatic|gradient|regurg\w*|stenosis|systolic|diastolic|tavi|valvotomy|valvuloplasty)\b/i;

const AMBIGUOUS: Ambiguous[] = [
  {
    abbr: 'PE',
    readings: [
      // Ruling out, CTPA, Wells, D-dimer and anticoagulation are about an embolism.
      {
        expansion: 'pulmonary embolism',
        cues: /\b(?:ruled? out|r\/o|exclude[ds]?|ctpa|v\/?q|wells|d-?dimer|anticoag\w*|dvt|vte|thrombo\w*|embol\w*|lmwh|apixaban|rivaroxaban|heparin)\b/i,
      },
      {
        expansion: 'pleural effusion',
        cues: /\b(?:cxr|x-?ray|dull\w*|percussion|drain|tap|thoracocentesis|bases?|chest (?:drain|film)|effusions?|meniscus)\b/i,
        sections: ['findings'],
      },
      { expansion: 'pulmonary embolism' },
    ],
  },
  {
    abbr: 'MS',
    readings: [{ expansion: 'mitral stenosis', cues: CARDIAC }, { expansion: 'multiple sclerosis' }],
  },
  {
    abbr: 'MI',
    readings: [{ expansion: 'mitral incompetence', cues: CARDIAC }, { expansion: 'myocardial infarction' }],
  },
  {
    abbr: 'CP',
    readings: [
      {
        expansion: 'cerebral palsy',
        cues: /\b(?:spastic\w*|quadripleg\w*|diplegi\w*|hemipleg\w*|wheelchair|learning disabilit\w*|developmental|gmfcs)\b/i,
        sections: ['history', 'comorbidities'],
      },
      { expansion: 'chest pain' },
    ],
  },
  {
    abbr: 'RA',
    readings: [
      { expansion: 'room air', cues: /\b(?:sats|spo2|saturat\w*|o2|oxygen)\b|%/i },
      { expansion: 'right atrium', cues: /\b(?:dilated|echo\w*|rv|la|atrial|tricuspid)\b/i },
      { expansion: 'rheumatoid arthritis' },
    ],
  },
  { abbr: 'AF', readings: [{ expansion: 'atrial fibrillation' }] },
  { abbr: 'CCF', readings: [{ expansion: 'congestive cardiac failure' }] },
  {
    abbr: 'AS',
    readings: [
      {
        expansion: 'ankylosing spondylitis',
        cues: /\b(?:spine|spinal|back|sacroiliitis|uveitis|hla-?b27|spondyl\w*)\b/i,
      },
      { expansion: 'aortic stenosis' },
    ],
  },
  {
    abbr: 'PD',
    readings: [
      {
        expansion: 'peritoneal dialysis',
        cues: /\b(?:dialysis|catheter|peritonitis|ckd|esrf|eskd|renal|bags?|exchanges?)\b/i,
      },
      { expansion: "Parkinson's disease" },
    ],
  },
  {
    abbr: 'PID',
    readings: [
      {
        expansion: 'prolapsed intervertebral disc',
        cues: /\b(?:back|sciatica|lumbar|cervical|disc|spine|spinal|l\d|mri)\b/i,
      },
      { expansion: 'pelvic inflammatory disease' },
    ],
  },
  {
    abbr: 'PVD',
    readings: [
      {
        expansion: 'posterior vitreous detachment',
        cues: /\b(?:eye|floaters?|vitreous|flashes|retina\w*|ophthalm\w*|vision)\b/i,
      },
      { expansion: 'peripheral vascular disease' },
    ],
  },
  {
    abbr: 'ARF',
    readings: [
      { expansion: 'acute rheumatic fever', cues: /\b(?:strep\w*|rheumatic|chorea|carditis|aso)\b/i },
      { expansion: 'acute renal failure' },
    ],
  },
];

const BY_ABBR = new Map(AMBIGUOUS.map((a) => [a.abbr, a]));
const AMBIGUOUS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${AMBIGUOUS.map((a) => a.abbr).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** One expansion applied to a text. */
export interface Expansion {
  abbr: string;
  expansion: string;
}

function pick(a: Ambiguous, context: string, section: SectionKind): string {
  for (const r of a.readings) {
    if (r.cues?.test(context) || r.sections?.includes(section)) return r.expansion;
  }
  return a.readings[a.readings.length - 1]!.expansion;
}

/**
 * Rewrites the ambiguous abbreviations (capitals, whole words) and "#" for fracture in `text`,
 * choosing each reading from `context` (the whole clause) and the section kind.
 */
const CANCER_CA = /(?<![\p{L}\p{N}])(?:ca|Ca|CA)(?![\p{L}\p{N}+])(?!\s*[\d.<>])/gu;

export function expandAbbreviations(
  text: string,
  context: string,
  section: SectionKind,
): { text: string; expansions: Expansion[] } {
  const expansions: Expansion[] = [];
  // "bowel ca", "Ca prostate": beside another word, and not before a value ("Ca 2.61"), ca is cancer.
  if (/(?<![\p{L}\p{N}])ca(?![\p{L}\p{N}])/iu.test(text) && /\p{L}{3}/u.test(text)) {
    text = text.replace(CANCER_CA, (abbr) => {
      expansions.push({ abbr, expansion: 'cancer' });
      return 'cancer';
    });
  }
  // Most mentions hold neither a capitalised short form nor "#": skip the rewrites.
  if (!/[A-Z]{2}|#/.test(text)) return { text: text.replace(/\s{2,}/g, ' ').trim(), expansions };
  let out = text.replace(/#\s?NOF\b|\bNOF\s?#/g, (m) => {
    expansions.push({ abbr: m, expansion: 'fracture of neck of femur' });
    return 'fracture of neck of femur';
  });
  // "# neck of femur", "#L wrist", "radius #": a hash beside words (not "#1", not "no. #") is fracture.
  if (out.includes('#'))
    out = out.replace(/(?<![\p{L}\p{N}])#(?=\s?\p{L})|(?<=\p{L}\s?)#(?![\p{L}\p{N}])/gu, () => {
      expansions.push({ abbr: '#', expansion: 'fracture' });
      return ' fracture ';
    });
  out = out.replace(AMBIGUOUS_RE, (abbr) => {
    const expansion = pick(BY_ABBR.get(abbr)!, context, section);
    expansions.push({ abbr, expansion });
    return expansion;
  });
  return { text: out.replace(/\s{2,}/g, ' ').trim(), expansions };
}
