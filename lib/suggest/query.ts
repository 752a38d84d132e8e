/**
 * Search queries for a mention: its text, then simpler forms a coder would look up when the words as
 * written find nothing useful. Descriptions carry measurements, grades and severity words ("Full
 * thickness 2.5 cm crescent tear"), named classification grades ("Forrest IIa"), image guidance
 * ("CT-guided"), trailing detail ("with a hooked acromion", "secondary to ...") and anatomical
 * adjectives titles word as a region ("subacromial" → shoulder). Pure; any context.
 */
import { LEXICON } from '@/lib/search/lexicon';
import { foldToken, tokenize } from '@/lib/search/normalise';

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
// A trailing treatment ("with IV co-amoxiclav", "on oral prednisolone"): how the condition was
// treated, never part of what is coded for it.
const TREATMENT =
  /\s+(?:treated\s+)?(?:with|on|using|given)\s+(?:iv|i\.v\.|intravenous|oral|po|im|sc|subcut(?:aneous)?|nebulised|inhaled|topical|high[- ]dose|regular)\b.*$/i;
// The course of a condition after it ("TB, treated", "gout - resolved"): a status, not a condition word.
const COURSE =
  /(?:\s*[,;-]\s*|\s+)(?:now\s+)?(?:fully\s+|successfully\s+|medically\s+|surgically\s+)?(?:treated|resolved|settled|stable|controlled|well[- ]controlled|cured)\b[^,;]*$/i;
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
  text = text.replace(TREATMENT, '').replace(COURSE, '').replace(LATERALITY, ' ');
  // The act or condition comes before its object: "removal of stent", "cryotherapy to warts".
  const lead = tidy(text.replace(TAIL, '')).split(/\s+(?:of|to)\s+/i)[0] ?? '';
  const words = lead.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w));
  // A site written after the condition ("melanoma calf", "BCC nasal ala") is not its head.
  while (words.length > 1 && SITE_WORD.test(words[words.length - 1]!)) words.length--;
  const last = words[words.length - 1];
  if (!last) return undefined;
  return tokenize(last)[0];
}

/** Queries to try in order: as written, the core, the core with regions, without its tail, the head. */
export function queryVariants(text: string, procedure: boolean): string[] {
  text = text.replace(TREATMENT, '');
  if (!procedure) text = text.replace(COURSE, '');
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
  // Drop leading modifiers one at a time, keeping the head and any "of ..." complement (for a
  // procedure, tried only after every fuller form: "live donor nephrectomy" → "nephrectomy").
  const [lead, ...rest] = short.split(/\s+of\s+/i);
  const words = (lead ?? '').split(/\s+/);
  for (let i = 1; i < words.length; i++) push([words.slice(i).join(' '), ...rest].join(' of '));
  return out;
}

// Head words as the lexicon reads them (folded): "carcinoma" is also "malignant neoplasm".
const HEAD_EQUIVALENTS: ReadonlyMap<string, string[][]> = (() => {
  const m = new Map<string, string[][]>();
  for (const [raw, readings] of LEXICON) {
    const key = foldToken(raw);
    m.set(key, [...(m.get(key) ?? []), ...readings.map((r) => r.map(foldToken))]);
  }
  return m;
})();

/**
 * True when a result's wording (title or matched term) holds the head word, a lexicon equivalent of
 * it ("malignant neoplasm" for "carcinoma"), or, for a short form, one of its expansions
 * (`expansions`, from the release's abbreviations: "ESRF" → "end stage renal failure").
 */
export function coversHead(head: string | undefined, wording: string, expansions: string[][] = []): boolean {
  if (head === undefined) return true;
  const words = tokenize(wording);
  if (words.includes(head)) return true;
  const readings = [...(HEAD_EQUIVALENTS.get(head) ?? []), ...expansions];
  return readings.some((r) => r.length > 0 && r.every((w) => words.includes(w)));
}

// Body sites that may follow a condition's name ("melanoma calf", "keratoses forearms").
const SITE_WORD =
  /^(?:head|neck|face|facial|scalp|forehead|temples?|cheeks?|nose|nasal|ala|chin|jaw|ears?|lips?|eyebrows?|trunk|back|chest|abdomen|arms?|forearms?|hands?|fingers?|wrists?|elbows?|shoulders?|legs?|thighs?|calf|calves|shins?|knees?|ankles?|feet|foot|toes?|buttocks?|groin|hips?|limbs?|lobe)$/i;

// Sites OPCS-4 skin codes group as "of head or neck"; other named sites are "NEC" / "of other site".
const HEAD_NECK =
  /\b(?:head|neck|face|facial|scalp|forehead|temples?|cheeks?|nose|nasal|ala|chin|jaw|ears?|lips?|eyebrows?)\b/i;
const OTHER_SITE =
  /\b(?:trunk|back|chest|abdomen|abdominal|arms?|forearms?|hands?|fingers?|wrists?|elbows?|shoulders?|legs?|thighs?|calf|calves|shins?|knees?|ankles?|feet|foot|toes?|buttocks?|groin|hips?|limbs?)\b/i;

/** Which OPCS-4 skin region a mention names: 'head' (head or neck), 'other', or undefined. */
export function skinRegion(text: string): 'head' | 'other' | undefined {
  if (HEAD_NECK.test(text)) return 'head';
  if (OTHER_SITE.test(text)) return 'other';
  return undefined;
}

/**
 * The region an OPCS-4 skin title is for: 'head' ("… of head or neck"), 'other' ("… NEC", "… of
 * other site"), or undefined for a residual or site-less title ("Unspecified punch biopsy of skin").
 */
export function skinTitleRegion(title: string): 'head' | 'other' | undefined {
  if (/\bhead or neck\b/i.test(title)) return 'head';
  if (/^(?:unspecified|other specified)\b/i.test(title)) return undefined;
  return /\b(?:NEC|other site)\b/.test(title) ? 'other' : undefined;
}
