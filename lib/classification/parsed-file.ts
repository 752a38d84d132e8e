/**
 * What every release-file parser returns, and the helpers they share. Pure; any context.
 */
import type { z } from 'zod';
import type { CodeEntry, System, TermEntry } from './model';
import { ReleaseParseError } from './parse-error';

/** Every file format `detectFormat` recognises. */
export const RELEASE_FORMATS = [
  'trud-icd10-tsv',
  'trud-icd10-xml',
  'trud-opcs-tsv',
  'trud-opcs-xml',
  'trud-opcs-metadata',
  'ukb-icd10',
  'ukb-opcs4',
  'bundled-release',
] as const;
export type ReleaseFormat = (typeof RELEASE_FORMATS)[number];

/** One parsed release file: all of it, or nothing (parsers throw ReleaseParseError instead). */
export interface ParsedFile {
  system: System;
  format: ReleaseFormat;
  /** Human-readable version from the file name ("ICD-10 5th Edition 2016-04-01"), if it says. */
  version: string | null;
  /** ISO date the file name gives (`..._20160401.txt` -> `2016-04-01`), if any. */
  effectiveFrom?: string;
  codes: CodeEntry[];
  terms: TermEntry[];
}

/**
 * Validate one row with a zod schema; the first issue becomes the error, named by field
 * ("ALT_CODE: not an ICD-10 code").
 */
export function checkRow<T>(schema: z.ZodType<T>, value: unknown, file: string, line: number): T {
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  const found = typeof issue?.input === 'string' ? ` (found "${issue.input.slice(0, 60)}")` : '';
  throw new ReleaseParseError(file, `${where}${issue?.message ?? 'invalid row'}${found}`, line);
}

/** The last path segment of a file name (`a/b/ICD10_x.txt` -> `ICD10_x.txt`). */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** An 8-digit date in a TRUD file name (`_20160401`) as an ISO date, when it is a real date. */
export function fileNameDate(file: string): string | undefined {
  const m = /(?:^|[^0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?:[^0-9]|$)/.exec(baseName(file));
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : undefined;
}

/** Lower-case the first letter of a subdivision title unless it starts an acronym ("HIV"). */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** Mark leaves valid for coding: categories and codes that no other entry names as parent. */
export function markLeaves(codes: CodeEntry[]): void {
  const parents = new Set(codes.map((c) => c.parent).filter((p): p is string => !!p));
  for (const c of codes) {
    c.validForCoding = (c.kind === 'category' || c.kind === 'code') && !parents.has(c.code);
  }
}
