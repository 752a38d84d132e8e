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
  return m;
})();
