/**
 * Code normalisation and display formats. Pure; any context.
 *
 * NHS data sets drop the dot (`J189`), give a 3-character code with no subdivisions an `X` filler
 * (`I10X`), and show dagger/asterisk in a 6th position (`D`/`A`).
 */
import type { System } from './model';

export type CodeFormat = 'dotted' | 'undotted' | 'nhs';

const ICD_RE = /^([A-Z])(\d{2})(?:\.?([0-9X])(\d)?)?$/;
const OPCS_RE = /^([A-Z])(\d{2})(?:\.?(\d))?$/;

/** Looks like a code someone typed (`j189`, `J18.9`, `I10X`, `S72.00`, `w371`)? */
export function looksLikeCode(input: string): boolean {
  const s = input.trim().toUpperCase();
  return ICD_RE.test(s) || OPCS_RE.test(s);
}

/**
 * Canonical dotted form of a typed code, or null when it is not code-shaped.
 * `j189` -> `J18.9`; `I10X` -> `I10`; `S7200` -> `S72.00`; `J18` -> `J18`.
 */
export function canonicalCode(input: string): string | null {
  const s = input.trim().toUpperCase().replace(/\s+/g, '');
  const m = ICD_RE.exec(s);
  if (!m) return null;
  const [, letter, digits, fourth, fifth] = m;
  // `I10X` is the NHS filler form of `I10`; UK 5th characters after an X (`M45.X0`) are real codes.
  if (!fourth || (fourth === 'X' && !fifth)) return `${letter}${digits}`;
  return `${letter}${digits}.${fourth}${fifth ?? ''}`;
}

/** Codes compare without dots, case-insensitive, with `I10` equal to `I10X`. */
export function codeKey(code: string): string {
  return code
    .toUpperCase()
    .replace(/\./g, '')
    .replace(/^([A-Z]\d{2})X$/, '$1');
}

/** Display a canonical code in one of the formats PAS screens accept. */
export function formatCode(
  code: string,
  format: CodeFormat,
  opts: { system?: System; dagger?: boolean; asterisk?: boolean } = {},
): string {
  if (format === 'dotted') return code;
  const undotted = code.replace('.', '');
  if (format === 'undotted') return undotted;
  // NHS Data Dictionary (ICD-10 CODE, an4–an6): an undivided 3-character code takes 'X' as its 4th
  // character; an unused 5th character is '-'; the 6th is 'D' (dagger) or 'A' (asterisk).
  if (opts.system === 'opcs4') return undotted;
  const base = /^[A-Z]\d{2}$/.test(undotted) ? `${undotted}X` : undotted;
  const mark = opts.dagger ? 'D' : opts.asterisk ? 'A' : '';
  return mark ? base.padEnd(5, '-') + mark : base;
}
