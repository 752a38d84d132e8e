/**
 * Parsers for the NHS TRUD OPCS-4 `CodesAndTitles` file: the tab-separated text form (no header;
 * code and title; codes dotted `A01.1` or undotted `A011`) and the XML form
 * (`<code CODE="A01.1" TITLE="Hemispherectomy"/>`). Pure; any context.
 */
import { z } from 'zod';
import type { CodeEntry, Laterality } from './model';
import { ReleaseParseError } from './parse-error';
import { baseName, checkRow, markLeaves, type ParsedFile, type ReleaseFormat } from './parsed-file';
import { textLines, tsvFields } from './read-text';
import { readFlatXml } from './trud-icd10-xml';

const OPCS_CODE = /^([A-Z])(\d{2})(?:\.?(\d))?$/;

/** Canonical OPCS-4 code (`A011` -> `A01.1`, `A01` -> `A01`), or null when it is not one. */
export function opcsCode(raw: string): string | null {
  const m = OPCS_CODE.exec(raw.trim().toUpperCase());
  if (!m) return null;
  return m[3] ? `${m[1]}${m[2]}.${m[3]}` : `${m[1]}${m[2]}`;
}

// Z94 "Laterality of operation" subdivisions (OPCS-4 Tabular List, chapter Z).
const LATERALITY: Record<string, Laterality> = {
  'Z94.1': 'bilateral',
  'Z94.2': 'right',
  'Z94.3': 'left',
  'Z94.4': 'unilateral',
};

const rowSchema = z.object({
  code: z
    .string()
    .trim()
    .refine((c) => opcsCode(c) !== null || /^[A-Z]$/.test(c), 'not an OPCS-4 code'),
  title: z.string().trim().min(1, 'empty title'),
});

/** "OPCS-4.11 Nov 2025 V1.0" from `OPCS411 CodesAndTitles Nov 2025 V1.0.txt`, or null. */
export function opcsVersionFromName(file: string): string | null {
  const name = baseName(file);
  const ver = /OPCS[-_ ]?4[._]?(\d{1,2})/i.exec(name)?.[1];
  if (!ver) return null;
  const when = /\b([A-Z][a-z]{2,8}[ _-]\d{4})\b/.exec(name)?.[1]?.replace(/[_-]/, ' ');
  const release = /\bV(\d+(?:\.\d+)*)\b/i.exec(name)?.[1];
  return [`OPCS-4.${ver}`, when, release ? `V${release}` : undefined].filter(Boolean).join(' ');
}

/** A row before it becomes an entry: the raw code and title and where they came from. */
export interface OpcsRow {
  line: number;
  code: string;
  title: string;
}

/** Validate rows and build entries: chapters (single letters, if present), categories and codes. */
export function buildOpcs(rows: OpcsRow[], file: string, format: ReleaseFormat): ParsedFile {
  const codes: CodeEntry[] = [];
  const firstLine = new Map<string, number>();
  for (const raw of rows) {
    const row = checkRow(rowSchema, { code: raw.code, title: raw.title }, file, raw.line);
    const code = /^[A-Z]$/.test(row.code) ? row.code : opcsCode(row.code)!;
    const seen = firstLine.get(code);
    if (seen !== undefined)
      throw new ReleaseParseError(file, `duplicate code ${code} (first on line ${seen})`, raw.line);
    firstLine.set(code, raw.line);
    const kind = code.length === 1 ? 'chapter' : code.length === 3 ? 'category' : 'code';
    const entry: CodeEntry = { system: 'opcs4', code, kind, title: row.title, validForCoding: false };
    if (kind === 'code') entry.parent = code.slice(0, 3);
    if (kind === 'category' && firstLine.has(code[0]!)) entry.parent = code[0]!;
    // Chapters Y (subsidiary methods) and Z (subsidiary sites) are never the primary procedure.
    if (kind !== 'chapter' && (code[0] === 'Y' || code[0] === 'Z')) entry.secondaryOnly = true;
    const side = LATERALITY[code];
    if (side) entry.laterality = side;
    codes.push(entry);
  }
  if (codes.length === 0) throw new ReleaseParseError(file, 'no code rows');
  markLeaves(codes);
  return { system: 'opcs4', format, version: opcsVersionFromName(file), codes, terms: [] };
}

/** Parse the TRUD OPCS-4 `CodesAndTitles` text file: no header, `code<TAB>title` on every line. */
export function parseTrudOpcs(text: string, file: string): ParsedFile {
  const rows = textLines(text, file).map((l) => {
    const [code, title] = tsvFields(l, 2, file);
    return { line: l.line, code: code!, title: title! };
  });
  return buildOpcs(rows, file, 'trud-opcs-tsv');
}

/** Parse the OPCS-4 XML form: flat records with CODE and TITLE (attributes or child elements). */
export function parseTrudOpcsXml(text: string, file: string): ParsedFile {
  const { root, records } = readFlatXml(text, file);
  if (records.length === 0) throw new ReleaseParseError(file, `<${root}> holds no code records`);
  const rows = records.map((r) => {
    const code = r.fields.CODE ?? r.fields.code;
    const title = r.fields.TITLE ?? r.fields.title;
    if (code === undefined) throw new ReleaseParseError(file, `<${r.name}> has no CODE`, r.line);
    if (title === undefined) throw new ReleaseParseError(file, `<${r.name}> has no TITLE`, r.line);
    return { line: r.line, code, title };
  });
  return buildOpcs(rows, file, 'trud-opcs-xml');
}
