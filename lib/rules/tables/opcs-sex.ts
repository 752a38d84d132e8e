/**
 * Sex-specific OPCS-4 procedures, used only when the release in force carries no sex limit for the
 * code (a TRUD release's sex scrutiny field, or the bundled release's curated one, takes
 * precedence). Pure data; any context. Source: the OPCS-4 chapter and category titles (Chapter N
 * male genital organs; chapters P and Q female genital tract; chapter R obstetrics; M65 "outlet of
 * male bladder").
 */
export const OPCS_SEX_FALLBACK: readonly { codes: readonly string[]; sex: 'male' | 'female' }[] = [
  { codes: ['R17-R18'], sex: 'female' }, // caesarean delivery
  { codes: ['Q07-Q08'], sex: 'female' }, // hysterectomy
  { codes: ['M65'], sex: 'male' }, // endoscopic resection of outlet of male bladder (TURP)
  { codes: ['N17'], sex: 'male' }, // excision of vas deferens (vasectomy)
  { codes: ['N01-N34'], sex: 'male' }, // scrotum, testis, spermatic cord, penis
  { codes: ['P01-P31', 'Q01-Q56'], sex: 'female' }, // female genital tract
];
