/**
 * Search queries for a mention: its text, then simpler forms a coder would look up when the words as
 * written find nothing useful. Descriptions carry measurements, grades and severity words ("Full
 * thickness 2.5 cm crescent tear"), named classification grades ("Forrest IIa"), image guidance
 * ("CT-guided"), trailing detail ("with a hooked acromion", "secondary to ...") and anatomical
 * adjectives titles word as a region ("subacromial" → shoulder). Pure; any context.
 */
import { tokenize } from '@/lib/search/normalise';

// Measurements, counts and times: "2.5 cm", "x2", "3 units", "01:45".
const MEASURE =
  /\b\d+(?:[.,]\d+)?\s*(?:mm|cm|m|ml|l|kg|g|mg|%|units?|weeks?|days?|hours?|hrs?)\b|\bx\s?\d+\b|\b\d+\s?x\b|\b\d{1,2}:\d{2}\b/gi;
// Named grades and categories: "Forrest IIa", "Outerbridge grade 2", "Category 2", "Child-Pugh A".
const GRADE =
  /\b(?:forrest|child-?pugh|gleason|outerbridge|garden|weber|gustilo|salter-?harris|dukes'?|clavien(?:-dindo)?|category|cat|asa|ecog|nyha|mrc|gcs)\s+(?:grade\s+)?(?:\d+[a-d]?|[ivx]+[a-d]?|[a-d])\b/gi;
const GUIDED = /\b(?:ct|us|uss|ultrasound|image|radiologically|fluoroscopically|x-?ray)[- ]guided\b/gi;
// Severity, extent, timing and shape words that ICD-10 titles rarely carry.
const DESCRIPTOR =
  /\b(?:early|late|mild(?:ly)?|moderate(?:ly)?|severe(?:ly)?|extensive|small|large|massive|minor|significant|marked|gross|full[- ]thickness|partial[- ]thickness|crescent(?:ic)?|diffuse|focal|well|poorly|differentiated|synchronous|established|ongoing|progressive|worsening|symptomatic|asymptomatic|incidental|likely|possible|probable|new|known|background)\b/gi;
// Trailing detail: "with a hooked acromion", "secondary to atony", "in established labour".
const TAIL =
  /\s+(?:with(?:out)?|secondary to|due to|caused by|given|because of|in|on|at|following|after|requiring|needing|via|under|using)\s.*$|,.*$/i;
// Anatomical adjectives that titles word as the region.
const SITES: [RegExp, string][] = [
  [/\b(?:subacromial|glenohumeral|acromioclavicular|rotator cuff)\b/gi, 'shoulder'],
  [/\b(?:patellofemoral|tibiofemoral|meniscal)\b/gi, 'knee'],
  [/\b(?:acetabular)\b/gi, 'hip'],
  [/\b(?:radiocarpal)\b/gi, 'wrist'],
];
const LATERALITY = /(?<![\p{L}\p{N}])(?:L|R|left|right|bilateral|lt|rt)(?![\p{L}\p{N}])/giu;

function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:+&/-]+|[\s,;:+&/-]+$/g, '')
    .replace(/^(?:and|or|of|with|the|a|an)\s+/i, '')
    .trim();
}

/** The query a coder would type: measurements, grades, guidance and severity words removed. */
export function coreQuery(text: string, procedure: boolean): string {
  // Image guidance means a percutaneous approach for a procedure ("CT-guided liver biopsy").
  let q = text
    .replace(MEASURE, ' ')
    .replace(GRADE, ' ')
    .replace(GUIDED, procedure ? ' percutaneous ' : ' ')
    .replace(LATERALITY, ' ');
  if (!procedure) q = q.replace(DESCRIPTOR, ' ');
  return tidy(q);
}

/**
 * The head word of a noun phrase ("tear" of "tear of supraspinatus", "pneumonia" of "basal
 * pneumonia"), folded as the search index folds words; undefined for a short form ("T2RF").
 */
export function headToken(text: string): string | undefined {
  const lead = tidy(text.replace(TAIL, '')).split(/\s+of\s+/i)[0] ?? '';
  const words = lead.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w));
  const last = words[words.length - 1];
  if (!last || /^[A-Z0-9]{2,}[a-z]?$/.test(last)) return undefined;
  return tokenize(last)[0];
}

/** Queries to try in order: as written, the core, the core with regions, without its tail, the head. */
export function queryVariants(text: string, procedure: boolean): string[] {
  const out: string[] = [];
  const push = (q: string): void => {
    const t = tidy(q);
    if (t && /\p{L}{2}/u.test(t) && !out.includes(t)) out.push(t);
  };
  const withSites = (q: string): string => SITES.reduce((s, [re, to]) => s.replace(re, to), q);
  const core = coreQuery(text, procedure);
  // A procedure's core keeps every word that selects an OPCS-4 code, so it goes first.
  if (procedure) push(core);
  push(text);
  const sited = withSites(core);
  if (sited !== core) push(sited);
  push(core);
  const short = tidy(core.replace(TAIL, ''));
  if (withSites(short) !== short) push(withSites(short));
  push(short);
  if (!procedure) {
    // Drop leading modifiers one at a time, keeping the head and any "of ..." complement.
    const [lead, ...rest] = short.split(/\s+of\s+/i);
    const words = (lead ?? '').split(/\s+/);
    for (let i = 1; i < words.length; i++) push([words.slice(i).join(' '), ...rest].join(' of '));
  }
  return out;
}

/** True when a result's wording (title or matched term) holds the head word. */
export function coversHead(head: string | undefined, wording: string): boolean {
  return head === undefined || tokenize(wording).includes(head);
}
