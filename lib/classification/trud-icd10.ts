/**
 * Parser for the NHS TRUD ICD-10 5th Edition `CodesAndTitlesAndMetadata` file (tab-separated, one
 * header line). Pure; any context. The XML twin (`trud-icd10-xml.ts`) feeds the same rows to
 * `buildTrudIcd10`, so both forms give identical entries.
 */
import { z } from 'zod';
import { canonicalCode } from './code-format';
import type { CodeEntry, TermEntry } from './model';
import { ReleaseParseError } from './parse-error';
import {
  checkRow,
  fileNameDate,
  lowerFirst,
  markLeaves,
  type ParsedFile,
  type ReleaseFormat,
} from './parsed-file';
import { textLines, tsvFields } from './read-text';

/** Columns in file order. Some copies head the first column `ICD10_CODE` instead of `CODE`. */
export const TRUD_ICD10_COLUMNS = [
  'CODE',
  'ALT_CODE',
  'USAGE',
  'USAGE_UK',
  'DESCRIPTION',
  'MODIFIER_4',
  'MODIFIER_5',
  'QUALIFIERS',
  'GENDER_MASK',
  'MIN_AGE',
  'MAX_AGE',
  'TREE_DESCRIPTION',
] as const;
export type TrudIcd10Column = (typeof TRUD_ICD10_COLUMNS)[number];

/** A row before validation: field name -> raw text, with the line it came from. */
export interface RawRow {
  line: number;
  fields: Partial<Record<string, string>>;
}

const text = z.string().trim();
const rowSchema = z.object({
  CODE: text.regex(/^[A-Z]\d{2}(?:\.\d)?$/, 'not a dotted ICD-10 code'),
  ALT_CODE: text.regex(/^[A-Z]\d{2}(?:X|\d{1,2})?$/, 'not an undotted ICD-10 code'),
  // `ASTERIS` is how the public sample spells it (a truncated column); accept both.
  USAGE: z.enum(['DEFAULT', 'DAGGER', 'ASTERISK', 'ASTERIS'], 'USAGE must be DEFAULT, DAGGER or ASTERISK'),
  USAGE_UK: text.regex(/^[1-4]?$/, 'USAGE_UK must be 1, 2, 3 or 4'),
  DESCRIPTION: text.min(1, 'empty DESCRIPTION'),
  MODIFIER_4: text,
  MODIFIER_5: text,
  QUALIFIERS: text.regex(
    /^(?:[A-Z]\d{2}(?:\.?\d{1,2})?X?(?:[\s,;]+|$))*$/,
    'QUALIFIERS must list ICD-10 codes',
  ),
  GENDER_MASK: text.regex(/^[012]?$/, 'GENDER_MASK must be 1 (female), 2 (male) or empty'),
  MIN_AGE: text.regex(/^\d{0,3}$/, 'MIN_AGE must be a whole number of years'),
  MAX_AGE: text.regex(/^\d{0,3}$/, 'MAX_AGE must be a whole number of years'),
  TREE_DESCRIPTION: text,
});
type Row = z.infer<typeof rowSchema>;

/** The public sample ends with WHO's permission notice in the first column; it is not a code. */
function isNotice(fields: string[]): boolean {
  return /permission|copyright|©/i.test(fields[0] ?? '') && fields.slice(1).every((f) => f.trim() === '');
}

/** "ICD-10 5th Edition 2016-04-01" from `ICD10_Edition5_..._20160401.txt`, or null. */
export function icd10VersionFromName(file: string): { version: string | null; effectiveFrom?: string } {
  const effectiveFrom = fileNameDate(file);
  const ed = /Edition[ _-]?(\d)/i.exec(file)?.[1];
  const ordinal = ed
    ? `${ed}${ed === '1' ? 'st' : ed === '2' ? 'nd' : ed === '3' ? 'rd' : 'th'} Edition`
    : '';
  const parts = ['ICD-10', ordinal, effectiveFrom ?? ''].filter(Boolean);
  return { version: parts.length > 1 ? parts.join(' ') : null, ...(effectiveFrom ? { effectiveFrom } : {}) };
}

/** Check ALT_CODE agrees with CODE and return the canonical code (5-character codes from ALT_CODE). */
function codeOf(row: Row, file: string, line: number): string {
  const dotless = row.CODE.replace('.', '');
  const alt = row.ALT_CODE;
  const ok =
    row.CODE.length === 3
      ? alt === dotless || alt === `${dotless}X`
      : alt === dotless || (alt.length === 5 && alt.startsWith(dotless));
  const code = ok ? canonicalCode(alt) : null;
  if (!code) throw new ReleaseParseError(file, `ALT_CODE ${alt} does not match CODE ${row.CODE}`, line);
  return code;
}

function toEntry(row: Row, code: string): CodeEntry {
  const subdivisions = [row.MODIFIER_4, row.MODIFIER_5].filter(Boolean).map(lowerFirst);
  const entry: CodeEntry = {
    system: 'icd10',
    code,
    kind: code.length === 3 ? 'category' : 'code',
    title: subdivisions.length ? `${row.DESCRIPTION}: ${subdivisions.join(', ')}` : row.DESCRIPTION,
    validForCoding: false,
  };
  // 4-character codes hang under their category, 5-character codes (`M90.00`) under the 4-character.
  if (code.length > 3) entry.parent = code.length === 6 ? code.slice(0, 5) : code.slice(0, 3);
  if (row.USAGE === 'DAGGER') entry.dagger = true;
  if (row.USAGE.startsWith('ASTERIS')) Object.assign(entry, { asterisk: true, secondaryOnly: true });
  const partners = row.QUALIFIERS.split(/[\s,;]+/)
    .filter(Boolean)
    .map((q) => canonicalCode(q) ?? q);
  if (partners.length) entry.partners = partners;
  if (row.GENDER_MASK === '1') entry.sex = 'female';
  if (row.GENDER_MASK === '2') entry.sex = 'male';
  if (row.MIN_AGE) entry.minAge = Number(row.MIN_AGE);
  if (row.MAX_AGE) entry.maxAge = Number(row.MAX_AGE);
  if (entry.sex || entry.minAge !== undefined || entry.maxAge !== undefined) {
    entry.limitSource = 'NHS TRUD ICD-10 5th Edition metadata (GENDER_MASK, MIN_AGE, MAX_AGE)';
  }
  return entry;
}

/** Give each asterisk code the dagger codes that name it, so the pair shows from either side. */
function linkPartners(codes: CodeEntry[]): void {
  const byCode = new Map(codes.map((c) => [c.code, c]));
  for (const dagger of codes) {
    for (const p of dagger.partners ?? []) {
      const other = byCode.get(p);
      if (!other || other === dagger) continue;
      other.partners = [...new Set([...(other.partners ?? []), dagger.code])];
    }
  }
}

/**
 * Validate rows (from the TSV or the XML twin) and turn them into entries. Refuses the whole file on
 * the first bad row, a duplicate code, or ages that contradict each other.
 */
export function buildTrudIcd10(rows: RawRow[], file: string, format: ReleaseFormat): ParsedFile {
  const codes: CodeEntry[] = [];
  const terms: TermEntry[] = [];
  const firstLine = new Map<string, number>();
  for (const raw of rows) {
    const row = checkRow(rowSchema, raw.fields, file, raw.line);
    const code = codeOf(row, file, raw.line);
    const seen = firstLine.get(code);
    if (seen !== undefined)
      throw new ReleaseParseError(file, `duplicate code ${code} (first on line ${seen})`, raw.line);
    firstLine.set(code, raw.line);
    if (row.MIN_AGE && row.MAX_AGE && Number(row.MIN_AGE) > Number(row.MAX_AGE)) {
      throw new ReleaseParseError(file, `MIN_AGE ${row.MIN_AGE} is above MAX_AGE ${row.MAX_AGE}`, raw.line);
    }
    const entry = toEntry(row, code);
    codes.push(entry);
    if (row.TREE_DESCRIPTION && row.TREE_DESCRIPTION.toLowerCase() !== entry.title.toLowerCase()) {
      terms.push({ system: 'icd10', code, text: row.TREE_DESCRIPTION, source: 'trud' });
    }
  }
  if (codes.length === 0) throw new ReleaseParseError(file, 'no code rows');
  linkPartners(codes);
  markLeaves(codes);
  return { system: 'icd10', format, ...icd10VersionFromName(file), codes, terms };
}

/**
 * Parse the TRUD ICD-10 `CodesAndTitlesAndMetadata` TSV (12 tab-separated columns, one header line).
 * Titles are composed from DESCRIPTION and MODIFIER_4/5 ("Type 1 diabetes mellitus: with coma").
 */
export function parseTrudIcd10(text: string, file: string): ParsedFile {
  const lines = textLines(text, file);
  const header = lines[0]!;
  const cells = header.text.split('\t').map((c) => c.trim().toUpperCase());
  if (cells[0] === 'ICD10_CODE') cells[0] = 'CODE';
  if (cells.join('\t') !== TRUD_ICD10_COLUMNS.join('\t')) {
    const problem = /^[A-Z]\d{2}/.test(cells[0] ?? '') ? 'missing header line' : 'wrong columns';
    throw new ReleaseParseError(
      file,
      `${problem}: expected "${TRUD_ICD10_COLUMNS.join(', ')}", found "${cells.join(', ')}"`,
      header.line,
    );
  }
  if (lines.length < 2) throw new ReleaseParseError(file, 'the file has a header but no code rows');
  const rows: RawRow[] = [];
  lines.slice(1).forEach((l, i, all) => {
    const fields = tsvFields(l, TRUD_ICD10_COLUMNS.length, file);
    if (i === all.length - 1 && isNotice(fields)) return;
    rows.push({ line: l.line, fields: Object.fromEntries(TRUD_ICD10_COLUMNS.map((c, j) => [c, fields[j]])) });
  });
  return buildTrudIcd10(rows, file, 'trud-icd10-tsv');
}
