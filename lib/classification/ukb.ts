/**
 * Parsers for the UK Biobank classification codings: data-coding 19 (ICD-10, UK tree with 5th
 * characters) and data-coding 240 (OPCS-4). Pure; any context (the data build runs them in Node).
 *
 * Titles are returned as the file gives them (minus the leading code); composing subdivision-only
 * titles ("E11.9 Without complications") is the job of `titles.ts`. Any bad row refuses the file.
 */
import { z } from 'zod';
import type { CodeEntry, System } from './model';
import { ReleaseParseError } from './parse-error';
import { expectHeader, splitTextLines, splitTsvFields, type NumberedLine } from './text-lines';

const ICD_CODING = /^(?:Chapter [IVXL]+|Block [A-Z]\d{2}-[A-Z]\d{2}|[A-Z]\d{2}(?:[0-9X]\d?)?)$/;
const OPCS_CODING = /^(?:Chapter [A-Z]|[A-Z]\d{2}\d?)$/;

const ukb19Row = z.object({
  coding: z.string().regex(ICD_CODING, 'invalid ICD-10 code'),
  meaning: z.string().min(1, 'empty meaning'),
  node_id: z.string().regex(/^\d+$/, 'node_id is not a number'),
  parent_id: z.string().regex(/^\d+$/, 'parent_id is not a number'),
  selectable: z.enum(['Y', 'N'], 'selectable must be Y or N'),
});

const ukb240Row = z.object({
  coding: z.string().regex(OPCS_CODING, 'invalid OPCS-4 code'),
  meaning: z.string().min(1, 'empty meaning'),
});

function parseRow<T>(schema: z.ZodType<T>, value: unknown, file: string, line: number): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new ReleaseParseError(file, `${where}${issue?.message ?? 'invalid row'}`, line);
  }
  return r.data;
}

/** `A000` -> `A00.0`, `S7200` -> `S72.00`, `A00` -> `A00`. */
function dotted(undotted: string): string {
  return undotted.length > 3 ? `${undotted.slice(0, 3)}.${undotted.slice(3)}` : undotted;
}

/** The canonical code and title from a row; the meaning must start with the code it describes. */
function splitMeaning(coding: string, meaning: string, system: System, file: string, line: number) {
  let code: string;
  let label: string;
  if (coding.startsWith('Chapter ')) {
    code = coding.slice('Chapter '.length);
    label = coding;
  } else if (coding.startsWith('Block ')) {
    code = coding.slice('Block '.length);
    label = code;
  } else {
    code = dotted(coding);
    label = code;
  }
  if (!meaning.startsWith(label)) {
    throw new ReleaseParseError(file, `meaning "${meaning}" does not start with its code ${label}`, line);
  }
  // OPCS chapters read "Chapter A - Nervous System".
  const title = meaning
    .slice(label.length)
    .replace(system === 'opcs4' ? /^\s*-\s*/ : /^\s+/, '')
    .trim();
  if (!title) throw new ReleaseParseError(file, `no title for ${label}`, line);
  const kind: CodeEntry['kind'] = coding.startsWith('Chapter ')
    ? 'chapter'
    : coding.startsWith('Block ')
      ? 'block'
      : coding.length === 3
        ? 'category'
        : 'code';
  return { code, title, kind };
}

/** Mark leaves valid for coding: codes and categories with no children (I10 -> I10X). */
function markLeaves(entries: CodeEntry[]): CodeEntry[] {
  const parents = new Set(entries.map((e) => e.parent).filter((p): p is string => !!p));
  for (const e of entries) {
    e.validForCoding = (e.kind === 'category' || e.kind === 'code') && !parents.has(e.code);
  }
  return entries;
}

function dataLines(text: string, file: string, header: readonly string[]): NumberedLine[] {
  const lines = splitTextLines(text, file);
  expectHeader(lines[0], header, file);
  if (lines.length < 2) throw new ReleaseParseError(file, 'the file has a header but no rows');
  return lines.slice(1);
}

/**
 * Parse UK Biobank data-coding 19 (`coding meaning node_id parent_id selectable`).
 * Returns chapters, blocks, categories and codes with their parents, in file order.
 */
export function parseUkbIcd10(text: string, file: string): CodeEntry[] {
  const lines = dataLines(text, file, ['coding', 'meaning', 'node_id', 'parent_id', 'selectable']);
  const byNode = new Map<string, string>();
  const rows: { entry: CodeEntry; parentId: string; line: number }[] = [];
  const seen = new Set<string>();
  for (const l of lines) {
    const [coding, meaning, node_id, parent_id, selectable] = splitTsvFields(l, 5, file);
    const row = parseRow(ukb19Row, { coding, meaning, node_id, parent_id, selectable }, file, l.line);
    const { code, title, kind } = splitMeaning(row.coding, row.meaning, 'icd10', file, l.line);
    if (seen.has(code)) throw new ReleaseParseError(file, `duplicate code ${code}`, l.line);
    seen.add(code);
    byNode.set(row.node_id, code);
    rows.push({
      entry: { system: 'icd10', code, kind, title, validForCoding: false },
      parentId: row.parent_id,
      line: l.line,
    });
  }
  for (const { entry, parentId, line } of rows) {
    if (entry.kind === 'chapter') continue;
    const parent = byNode.get(parentId);
    if (!parent) throw new ReleaseParseError(file, `${entry.code}: unknown parent_id ${parentId}`, line);
    entry.parent = parent;
  }
  return markLeaves(rows.map((r) => r.entry));
}

/**
 * Parse UK Biobank data-coding 240 (`coding meaning`; OPCS-4 with "Chapter A - …" rows).
 * The tree is implied by the codes: code -> category (3 characters) -> chapter (first letter).
 */
export function parseUkbOpcs4(text: string, file: string): CodeEntry[] {
  const lines = dataLines(text, file, ['coding', 'meaning']);
  const entries: CodeEntry[] = [];
  const seen = new Set<string>();
  const lineOf = new Map<string, number>();
  for (const l of lines) {
    const [coding, meaning] = splitTsvFields(l, 2, file);
    const row = parseRow(ukb240Row, { coding, meaning }, file, l.line);
    const { code, title, kind } = splitMeaning(row.coding, row.meaning, 'opcs4', file, l.line);
    if (seen.has(code)) throw new ReleaseParseError(file, `duplicate code ${code}`, l.line);
    seen.add(code);
    lineOf.set(code, l.line);
    const parent = kind === 'chapter' ? undefined : kind === 'category' ? code[0] : code.slice(0, 3);
    entries.push({
      system: 'opcs4',
      code,
      kind,
      title,
      validForCoding: false,
      ...(parent ? { parent } : {}),
    });
  }
  for (const e of entries) {
    if (!e.parent || seen.has(e.parent)) continue;
    // Coding 240 lists X99.7-X99.9 without an X99 row: hang such codes on their chapter.
    if (e.kind === 'code' && seen.has(e.code[0]!)) e.parent = e.code[0]!;
    else
      throw new ReleaseParseError(
        file,
        `${e.code}: its parent ${e.parent} is not in the file`,
        lineOf.get(e.code),
      );
  }
  return markLeaves(entries);
}
