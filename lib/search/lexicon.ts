/**
 * A small clinical lexicon: words coders type that classification titles say differently
 * (adjective/noun forms, lay words, a few unit-like shorthands). Each query word may also be read
 * as its equivalents. Pure data; any context.
 */
const PAIRS: [string, string][] = [
  ['testicular', 'testis'],
  ['renal', 'kidney'],
  ['hepatic', 'liver'],
  ['cardiac', 'heart'],
  ['pulmonary', 'lung'],
  ['cerebral', 'brain'],
  ['gastric', 'stomach'],
  ['ovarian', 'ovary'],
  ['uterine', 'uterus'],
  ['cutaneous', 'skin'],
  ['ocular', 'eye'],
  ['dental', 'tooth'],
  ['vertebral', 'spine'],
  ['cancer', 'malignant neoplasm'],
  ['carcinoma', 'malignant neoplasm'],
  // Substances as clinicians name them and as the F10–F19 titles do ("due to use of cannabinoids").
  ['cannabis', 'cannabinoids'],
  ['opiate', 'opioids'],
  ['opiates', 'opioids'],
  ['tumour', 'neoplasm'],
  ['bleed', 'haemorrhage'],
  ['bleeding', 'haemorrhage'],
  ['stone', 'calculus'],
  ['clot', 'thrombosis'],
  ['broken', 'fracture'],
  ['distal', 'lower end'],
  ['proximal', 'upper end'],
  ['ct', 'computed tomography'],
  ['mri', 'magnetic resonance imaging'],
  ['dc', 'direct current'],
  ['x1', 'one'],
  ['x2', 'two'],
  ['x3', 'three'],
  ['x4', 'four'],
];

/**
 * One-way readings: lay or site words coders type, and the wording titles use for them
 * ("gout big toe" -> "(Ankle and foot)", "melanoma of back" -> "of trunk"). Keys may be two words.
 */
const ONE_WAY: [string, string][] = [
  ['grade', 'stage'],
  // Named carcinomas are malignant neoplasms of their site ("adenocarcinoma of upper lobe" → C34.1).
  ['adenocarcinoma', 'malignant neoplasm'],
  ['heroin', 'opioids'],
  ['septicaemia', 'sepsis'],
  ['diabetic', 'diabetes'],
  ['dka', 'ketoacidosis'],
  ['bowel', 'intestine'],
  ['colon', 'large intestine'],
  ['small bowel', 'small intestine'],
  ['large bowel', 'large intestine'],
  ['back', 'trunk'],
  ['chest wall', 'trunk'],
  ['nose', 'face'],
  ['cheek', 'face'],
  ['forehead', 'face'],
  ['temple', 'face'],
  ['chin', 'face'],
  // Skin sites by the regions ICD-10's site subdivisions use (C43, C44, D03, D04, D22, D23).
  ['ala', 'face'],
  ['eyebrow', 'face'],
  ['calf', 'lower limb'],
  ['shin', 'lower limb'],
  ['thigh', 'lower limb'],
  ['forearm', 'upper limb'],
  ['upper arm', 'upper limb'],
  ['buttock', 'trunk'],
  // A transplant recipient has the "transplant status" of Z94 ("kidney transplant status").
  ['recipient', 'status'],
  // A stent in a tube is a "tubal prosthesis" in OPCS-4 titles ("removal of tubal prosthesis from ureter").
  ['stent', 'tubal prosthesis'],
  ['toe', 'foot'],
  ['big toe', 'foot'],
  ['heel', 'foot'],
  ['scalp', 'scalp neck'],
  ['tummy', 'abdomen'],
  ['belly', 'abdomen'],
  ['womb', 'uterus'],
  ['gullet', 'oesophagus'],
  ['voice box', 'larynx'],
  ['windpipe', 'trachea'],
  ['tb', 'tuberculosis'],
  ['staph', 'staphylococcus'],
  ['strep', 'streptococcus'],
  // Organisms by genus initial or short form ("E. coli", "H.pylori", "C diff", "staph aureus").
  ['e coli', 'escherichia coli'],
  ['h pylori', 'helicobacter pylori'],
  ['c diff', 'clostridium difficile'],
  ['c difficile', 'clostridium difficile'],
  ['s aureus', 'staphylococcus aureus'],
  ['staph aureus', 'staphylococcus aureus'],
  ['strep pneumoniae', 'streptococcus pneumoniae'],
  ['s pneumoniae', 'streptococcus pneumoniae'],
  ['k pneumoniae', 'klebsiella pneumoniae'],
  ['p aeruginosa', 'pseudomonas aeruginosa'],
  ['h influenzae', 'haemophilus influenzae'],
];

/**
 * One-way readings for OPCS-4 searches only: what an operation is done to, as OPCS-4 titles name it.
 * Named skin lesions are a "lesion of skin" ("Cryotherapy to lesion of skin NEC"); in ICD-10 they
 * keep their own codes (actinic keratosis L57.0), so this reading would only add noise there.
 */
const OPCS_ONE_WAY: [string, string][] = [
  ['keratosis', 'lesion skin'],
  ['keratoses', 'lesion skin'],
  ['wart', 'lesion skin'],
  ['warts', 'lesion skin'],
  ['verruca', 'lesion skin'],
  ['naevus', 'lesion skin'],
  ['naevi', 'lesion skin'],
  ['mole', 'lesion skin'],
  ['moles', 'lesion skin'],
];

/** OPCS-4-only readings: query word (raw, lower case) -> equivalent phrases. */
export const OPCS_LEXICON: ReadonlyMap<string, string[][]> = new Map(
  OPCS_ONE_WAY.map(([a, b]) => [a, [b.split(' ')]]),
);

/** Query word (raw, lower case) -> equivalent phrases (raw words). Symmetric for single words. */
export const LEXICON: ReadonlyMap<string, string[][]> = (() => {
  const m = new Map<string, string[][]>();
  const add = (from: string, to: string): void => {
    const list = m.get(from) ?? [];
    list.push(to.split(' '));
    m.set(from, list);
  };
  for (const [a, b] of PAIRS) {
    add(a, b);
    if (!b.includes(' ')) add(b, a);
  }
  for (const [a, b] of ONE_WAY) if (!a.includes(' ')) add(a, b);
  return m;
})();

/** Two query words read together (raw, lower case, "e coli") -> equivalent phrases. */
export const PHRASE_LEXICON: ReadonlyMap<string, string[][]> = (() => {
  const m = new Map<string, string[][]>();
  for (const [a, b] of ONE_WAY) {
    if (!a.includes(' ')) continue;
    m.set(a, [...(m.get(a) ?? []), b.split(' ')]);
  }
  return m;
})();
