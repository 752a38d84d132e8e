/**
 * The classification model shared by every context (background, extension pages, content script,
 * command-line tools). Pure types and constants: no browser or DOM access.
 */

export const SYSTEMS = ['icd10', 'opcs4'] as const;
export type System = (typeof SYSTEMS)[number];

export const SYSTEM_LABELS: Record<System, string> = { icd10: 'ICD-10', opcs4: 'OPCS-4' };

/** chapter > block (ICD-10 only) > category (3 characters) > code (4 or 5 characters). */
export type CodeKind = 'chapter' | 'block' | 'category' | 'code';

export type Sex = 'female' | 'male';
export type Laterality = 'bilateral' | 'right' | 'left' | 'unilateral';

/**
 * One node of a classification tree.
 *
 * `code` is canonical: ICD-10 and OPCS-4 codes dotted (`J18.9`, `S72.00`, `W37.1`), 3-character
 * categories without a dot or filler (`I10`, `W37`), blocks as ranges (`A00-A09`), chapters by their
 * number or letter (`IX` for ICD-10, `K` for OPCS-4).
 */
export interface CodeEntry {
  system: System;
  code: string;
  kind: CodeKind;
  /** Reads well on its own ("Type 2 diabetes mellitus: without complications"). */
  title: string;
  /** Canonical code of the parent node; absent for chapters. */
  parent?: string;
  /** A leaf: a 4/5-character code, or a 3-character category with no subdivisions (`I10` -> `I10X`). */
  validForCoding: boolean;
  /** National finished consultant episodes per year (latest year in the usage tables). */
  usage?: number;
  /** ICD-10 manifestation code (*): never alone, never primary. */
  asterisk?: boolean;
  /** ICD-10 aetiology code (†) that pairs with an asterisk code. */
  dagger?: boolean;
  /** Dagger/asterisk partner codes. */
  partners?: string[];
  /** OPCS-4 chapter Y/Z and ICD-10 asterisk codes: never primary. */
  secondaryOnly?: boolean;
  /** OPCS-4 Z94.x laterality codes. */
  laterality?: Laterality;
  sex?: Sex;
  minAge?: number;
  maxAge?: number;
  /** Citation for sex/age limits (e.g. "WHO ICD-10 Vol.2 4.2.5"). */
  limitSource?: string;
}

/** Where a term came from, so the UI can say why a code matched. */
export const TERM_SOURCES = {
  title: 'Classification title',
  'icd10cm-index': 'ICD-10-CM alphabetic index',
  'icd10cm-inclusion': 'ICD-10-CM inclusion term',
  ons: 'ONS death-certificate dictionary',
  abbreviation: 'UK clinical abbreviation',
  'uk-synonym': 'UK clinical phrasing',
  trud: 'NHS TRUD release',
  'opcs-word-form': 'Clinical word form of the OPCS-4 title',
} as const;
export type TermSource = keyof typeof TERM_SOURCES;

/** A synonym, index term or abbreviation that leads to a code. Titles are not repeated as terms. */
export interface TermEntry {
  system: System;
  code: string;
  text: string;
  source: TermSource;
}

export type ReleaseStatus = 'seeding' | 'ready' | 'failed' | 'retired';

export interface ReleaseMeta {
  /** Stable id, e.g. `icd10/5th-edition-public-2026.1`. */
  id: string;
  system: System;
  /** Honest, human-readable version ("OPCS-4 public baseline with 4.10 titles"). */
  version: string;
  /** ISO date from which this release is in force (episode end date >= effectiveFrom). */
  effectiveFrom: string;
  /** ISO date after which it is no longer in force, if known. */
  effectiveTo?: string;
  /** `bundled`, `trud-import` or the trust's update source URL. */
  source: string;
  /** Schema version of the release content, bumped when the bundled format changes. */
  formatVersion: number;
  builtAt: string;
  counts: { codes: number; terms: number };
}

export interface Release {
  meta: ReleaseMeta;
  codes: CodeEntry[];
  terms: TermEntry[];
}
