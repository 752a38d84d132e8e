/**
 * A deterministic synthetic discharge summary of a chosen length, for speed figures (the content
 * script's read in Chromium, `npm run bench`) and for the large-page test. Pure; any context. Every
 * name, number and event is invented; the NHS number is the test number 943 476 5919.
 *
 * API: `syntheticDischargeHtml({ words, seed })` → a full HTML document whose visible text has about
 * `words` words: a patient banner, diagnosis/co-morbidity/history/procedure/medication sections at
 * the top, then a clinical-course narrative filled to length.
 */

export interface SyntheticDischargeOptions {
  /** Words of visible text, approximately (default 5,000). */
  words?: number;
  /** Seed for the narrative's choices (default 1): the same options give the same page. */
  seed?: number;
}

const DIAGNOSES = [
  'Community acquired pneumonia, right lower lobe',
  'Acute kidney injury stage 2 - resolved',
  'Type 2 diabetes mellitus',
  '?Pulmonary embolism - CTPA awaited',
  'Atrial fibrillation, new onset',
  'No evidence of myocardial infarction',
];
const COMORBIDITIES = [
  'Hypertension',
  'COPD',
  'Chronic kidney disease stage 3a',
  'Osteoarthritis of both knees',
];
const HISTORY = ['Previous MI (2015)', 'Left total hip replacement 2018', 'Appendicectomy as a child'];
const PROCEDURES = [
  'Chest drain insertion, right',
  'Transthoracic echocardiogram',
  'Urinary catheterisation',
];
const MEDICATIONS = [
  'Amoxicillin 500 mg three times daily',
  'Apixaban 5 mg twice daily',
  'Metformin 1 g twice daily',
];

const OPENERS = ['On day', 'By day', 'Overnight on day', 'On the morning of day'];
const EVENTS = [
  'the patient was reviewed on the ward round and remained comfortable',
  'oxygen requirements fell steadily and saturations were maintained on room air',
  'renal function improved with intravenous fluids and nephrotoxic drugs were withheld',
  'the physiotherapy team assessed mobility and recommended a walking frame',
  'blood glucose readings were above target and the diabetes team adjusted treatment',
  'the heart rate settled after rate control and anticoagulation was started',
  'a repeat chest radiograph showed partial resolution of consolidation',
  'the family were updated by telephone and agreed with the plan',
  'inflammatory markers trended down and antibiotics were switched to oral',
  'the occupational therapist arranged equipment for discharge home',
];
const CLOSERS = [
  'with no new concerns raised by nursing staff.',
  'and observations were within normal limits.',
  'and the plan was documented in the notes.',
  'pending review by the consultant.',
];

/** mulberry32: a tiny deterministic generator (not for anything but test data). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const list = (heading: string, items: string[]): string =>
  `<h3>${heading}</h3>\n<ul>\n${items.map((i) => `  <li>${i}</li>`).join('\n')}\n</ul>`;

/** The fixed top of the summary (banner and coded sections). */
function header(): string {
  return [
    '<div class="banner">TESTBENCH, Alex · NHS 943 476 5919 · DOB 01/01/1960 · Ward 7 (fictional)</div>',
    '<h2>Discharge summary</h2>',
    list('Diagnoses', DIAGNOSES),
    list('Co-morbidities', COMORBIDITIES),
    list('Past medical history', HISTORY),
    list('Procedures', PROCEDURES),
    list('Medications on discharge', MEDICATIONS),
    '<h3>Clinical course</h3>',
  ].join('\n');
}

/** The summary as a complete HTML document (see the module comment). */
export function syntheticDischargeHtml(options: SyntheticDischargeOptions = {}): string {
  const target = options.words ?? 5000;
  const next = random(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const top = header();
  let words = countWords(top.replace(/<[^>]+>/g, ' '));
  const paragraphs: string[] = [];
  let day = 1;
  while (words < target) {
    const sentences: string[] = [];
    for (let i = 0; i < 5 && words < target; i++) {
      const s = `${pick(OPENERS)} ${day} ${pick(EVENTS)} ${pick(CLOSERS)}`;
      sentences.push(s);
      words += countWords(s);
    }
    paragraphs.push(`<p>${sentences.join(' ')}</p>`);
    day++;
  }
  return [
    '<!doctype html>',
    '<html lang="en-GB"><head><meta charset="utf-8"><title>Discharge summary (synthetic)</title></head>',
    `<body>\n${top}\n${paragraphs.join('\n')}\n</body></html>`,
  ].join('\n');
}
