/**
 * Node-only (data build): the site table for OPCS-4 word forms (see opcs-word-forms.ts): each
 * site as OPCS-4 titles write it, its combining forms and the suffixes that make real clinical
 * words with it. Listing suffixes per site is what keeps out non-words such as "hepatoscopy".
 */
/** Operation suffixes; `replacement` is the joint-replacement family (arthroplasty). */
export type Op = 'ectomy' | 'otomy' | 'oscopy' | 'ostomy' | 'oplasty' | 'opexy' | 'replacement';

/** A site: combining forms (UK first) and the suffixes that make real words with it. */
export interface Site {
  forms?: string[];
  ops?: Op[];
  /** Whole words where joining form + suffix would not give the clinical word. */
  words?: Partial<Record<Op, string[]>>;
}

const S = (forms: string, ops: string, words?: Site['words']): Site => ({
  forms: forms.split(' '),
  ops: ops.split(' ') as Op[],
  words,
});
const joint = (name: string): Site => ({
  words: {
    oscopy: [`${name} arthroscopy`, `arthroscopy of ${name}`],
    replacement: [`${name} replacement`, `${name} arthroplasty`],
  },
});

/** Sites as written in OPCS-4 titles (after "of"/"on"/"into"). */
export const SITES: Record<string, Site> = {
  'gall bladder': S('cholecyst', 'ectomy otomy ostomy'),
  appendix: S('appendic append', 'ectomy'),
  uterus: S('hyster', 'ectomy otomy oscopy opexy'),
  ovary: S('oophor', 'ectomy'),
  'fallopian tube': S('salping', 'ectomy otomy'),
  breast: S('mast', 'ectomy'),
  kidney: S('nephr', 'ectomy otomy oscopy ostomy'),
  'pelvis of kidney': S('pyel', 'otomy oplasty'),
  ureter: S('ureter', 'ectomy otomy oscopy ostomy'),
  stomach: S('gastr', 'ectomy otomy ostomy'),
  'upper gastrointestinal tract': S('gastr', 'oscopy'),
  colon: S('col', 'ectomy otomy ostomy', { oscopy: ['colonoscopy'] }),
  caecum: S('caec', 'ostomy'),
  'sigmoid colon': S('sigmoid', 'oscopy', { ectomy: ['sigmoid colectomy'] }),
  'lower bowel': S('sigmoid', 'oscopy'),
  'transverse colon': { words: { ectomy: ['transverse colectomy'] } },
  'left hemicolon': { words: { ectomy: ['left hemicolectomy'] } },
  'right hemicolon': { words: { ectomy: ['right hemicolectomy'] } },
  rectum: S('proct', 'ectomy', { opexy: ['rectopexy'] }),
  spleen: S('splen', 'ectomy'),
  'thyroid gland': S('thyroid', 'ectomy'),
  'parathyroid gland': S('parathyroid', 'ectomy'),
  'adrenal gland': S('adrenal', 'ectomy'),
  'pituitary gland': S('hypophys', 'ectomy'),
  'thymus gland': S('thym', 'ectomy'),
  prostate: S('prostat', 'ectomy'),
  bladder: S('cyst', 'ectomy otomy oscopy ostomy oplasty'),
  urethra: S('urethr', 'otomy oscopy'),
  tonsil: S('tonsill', 'ectomy'),
  adenoid: S('adenoid', 'ectomy'),
  pharynx: S('pharyng', 'ectomy oscopy'),
  larynx: S('laryng', 'ectomy oscopy'),
  trachea: S('trache', 'otomy ostomy'),
  'lower respiratory tract': S('bronch', 'oscopy'),
  oesophagus: S('oesophag', 'ectomy otomy oscopy'),
  duodenum: S('duoden', 'ectomy otomy oscopy'),
  jejunum: S('jejun', 'ectomy ostomy'),
  ileum: S('ile', 'ectomy ostomy oscopy'),
  liver: S('hepat', 'ectomy'),
  pancreas: S('pancreat', 'ectomy'),
  'bile duct': S('choledoch', 'otomy'),
  haemorrhoid: S('haemorrhoid', 'ectomy'),
  pericardium: S('pericardi', 'ectomy otomy'),
  lung: S('pneumon', 'ectomy'),
  cranium: S('crani', 'ectomy otomy oplasty'),
  abdomen: S('lapar', 'otomy'),
  peritoneum: S('lapar', 'oscopy'),
  chest: S('thorac', 'otomy'),
  pleura: S('thorac', 'oscopy'),
  mediastinum: S('mediastin', 'oscopy'),
  'nasal cavity': { words: { oscopy: ['nasendoscopy'] } },
  'cervix uteri': S('cervic', 'ectomy'),
  vagina: S('vagin', 'ectomy'),
  vulva: S('vulv', 'ectomy'),
  testis: S('orchid', 'ectomy opexy'),
  epididymis: S('epididym', 'ectomy'),
  'vas deferens': S('vas', 'ectomy'),
  prepuce: { words: { ectomy: ['circumcision'] } },
  'hip joint': joint('hip'),
  'knee joint': joint('knee'),
  'shoulder joint': joint('shoulder'),
  'elbow joint': joint('elbow'),
  'ankle joint': joint('ankle'),
  'wrist joint': joint('wrist'),
  'head of femur': { words: { replacement: ['hip hemiarthroplasty'] } },
  'head of humerus': { words: { replacement: ['shoulder hemiarthroplasty'] } },
};
