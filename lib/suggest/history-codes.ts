/**
 * ICD-10 personal-history, sequela and family-history codes for a condition, chosen by the
 * condition's ICD-10 category. Pure; any context.
 *
 * The classification groups these Z codes by chapter (Z86.7 "Personal history of diseases of the
 * circulatory system", Z82.6 "Family history of arthritis and other diseases of the musculoskeletal
 * system…"), and cancers by site, so a few category ranges cover every condition; the caller
 * checks each code exists in the loaded release. Titles verified against ICD-10 5th Ed (UK).
 */

/** [first category, last category, code(s)]; the first matching row wins. */
type Row = readonly [from: string, to: string, codes: readonly string[]];

// Cancer sites shared by the personal (Z85) and family (Z80) history blocks.
const cancerRows = (z: 'Z85' | 'Z80'): Row[] => [
  ['C00', 'C26', [`${z}.0`]], // digestive organs
  ['C33', 'C34', [`${z}.1`]], // trachea, bronchus and lung
  ['C30', 'C39', [`${z}.2`]], // other respiratory and intrathoracic
  ['C50', 'C50', [`${z}.3`]], // breast
  ['C51', 'C63', [`${z}.4`]], // genital organs
  ['C64', 'C68', [`${z}.5`]], // urinary tract
  ['C91', 'C95', [`${z}.6`]], // leukaemia
  ['C81', 'C96', [`${z}.7`]], // lymphoid, haematopoietic
  ['C80', 'C80', [`${z}.9`]], // site unspecified
  ['C97', 'C97', [`${z}.9`]],
  ['C00', 'C99', [`${z}.8`]], // other organs
];

const HISTORY: Row[] = [
  // An old MI has its own code, as coders use for "previous MI".
  ['I21', 'I22', ['I25.2']],
  // Stroke: personal history without residual deficit, or the sequela code when deficits remain.
  ['I60', 'I60', ['Z86.7', 'I69.0']],
  ['I61', 'I61', ['Z86.7', 'I69.1']],
  ['I62', 'I62', ['Z86.7', 'I69.2']],
  ['I63', 'I63', ['Z86.7', 'I69.3']],
  ['I64', 'I64', ['Z86.7', 'I69.4']],
  // TIA sits in the nervous chapter, but its history is coded as circulatory (Z86.7).
  ['G45', 'G45', ['Z86.7']],
  ...cancerRows('Z85'),
  ['D00', 'D48', ['Z86.0']],
  ['A00', 'B99', ['Z86.1']],
  ['D50', 'D89', ['Z86.2']],
  ['E00', 'E90', ['Z86.3']],
  ['F10', 'F19', ['Z86.4']],
  ['F00', 'F99', ['Z86.5']],
  ['G00', 'H95', ['Z86.6']],
  ['I00', 'I99', ['Z86.7']],
  ['J00', 'J99', ['Z87.0']],
  ['K00', 'K93', ['Z87.1']],
  ['L00', 'L99', ['Z87.2']],
  ['M00', 'M99', ['Z87.3']],
  ['N00', 'N99', ['Z87.4']],
  ['O00', 'O99', ['Z87.5']],
  ['P00', 'P96', ['Z87.6']],
  ['Q00', 'Q99', ['Z87.7']],
  // A previous overdose or self-poisoning: Z91.5 "Personal history of self-harm" includes
  // self-poisoning; accidental poisoning stays with injuries (Z87.8).
  ['T36', 'T50', ['Z91.5', 'Z87.8']],
  ['X60', 'X84', ['Z91.5']],
  ['S00', 'T98', ['Z87.8']],
];

const FAMILY: Row[] = [
  ...cancerRows('Z80'),
  ['B20', 'B24', ['Z83.0']],
  ['A00', 'B99', ['Z83.1']],
  ['D50', 'D89', ['Z83.2']],
  ['E10', 'E14', ['Z83.3']],
  ['E00', 'E90', ['Z83.4']],
  ['F70', 'F79', ['Z81.0']],
  ['F10', 'F10', ['Z81.1']],
  ['F17', 'F17', ['Z81.2']],
  ['F11', 'F19', ['Z81.3']],
  ['F00', 'F99', ['Z81.8']],
  ['G00', 'G99', ['Z82.0']],
  ['H54', 'H54', ['Z82.1']],
  ['H90', 'H91', ['Z82.2']],
  ['H00', 'H95', ['Z83.5']],
  ['I60', 'I64', ['Z82.3']],
  ['I00', 'I99', ['Z82.4']],
  ['J40', 'J47', ['Z82.5']],
  ['J00', 'J99', ['Z83.6']],
  ['K00', 'K93', ['Z83.7']],
  ['L00', 'L99', ['Z84.0']],
  ['M00', 'M99', ['Z82.6']],
  ['N00', 'N29', ['Z84.1']],
  ['N30', 'N99', ['Z84.2']],
  ['Q00', 'Q99', ['Z82.7']],
];

function lookup(rows: Row[], code: string): readonly string[] {
  const cat = code.slice(0, 3).toUpperCase();
  return rows.find(([from, to]) => cat >= from && cat <= to)?.[2] ?? [];
}

/** Personal-history or sequela codes for a condition coded `code` (I21.9 → I25.2). */
export function historyCodesFor(code: string): readonly string[] {
  return lookup(HISTORY, code);
}

/** Family-history codes (Z80–Z84) for a condition coded `code` (C50.9 → Z80.3). */
export function familyCodesFor(code: string): readonly string[] {
  return lookup(FAMILY, code);
}

/** Codes that already say "history" (so no second history code is needed). */
export const HISTORY_CODE_RE = /^(Z8[5-7]|Z91\.5|I25\.2|I69)/;
/** Family-history block Z80–Z84. */
export const FAMILY_CODE_RE = /^Z8[0-4]/;
