/**
 * The whole episode as text to paste into a PAS screen: diagnoses then procedures, in sequence order,
 * one per line or separated by a chosen delimiter. Pure; any context.
 *
 * Formats (codes through lib/classification/code-format.ts `formatCode`):
 * - dotted `J18.9`, undotted `J189`;
 * - NHS Data Dictionary (ICD-10 "DIAGNOSIS" / CLINICAL CLASSIFICATION CODE, min an4 max an6): no dot;
 *   an undivided 3-character code takes an `X` 4th character (`I10X`); the 6th character marks a dagger
 *   `D` or asterisk `A`, and an unused 5th character before it is filled with `-` as the dictionary
 *   says (`A170-D`, `G01X-A`, `E113-D`). formatCode pads that 5th position with a space, which a
 *   space-delimited copy would split, so the filler is swapped for `-` here. A code with no 6th
 *   character stays at its own length (`I10X`, `J189`, `S7200`), the form HES stores. OPCS-4 codes
 *   (an4) are undotted.
 * A code is marked `D` only when an asterisk code follows it in the episode (the pair in position);
 * an asterisk code is always marked `A`.
 */
import { formatCode, type CodeFormat } from '@/lib/classification/code-format';
import type { CodeLookup } from './findings';
import { groupsOf } from './sequence';
import type { Episode } from './model';

export const DELIMITERS = {
  newline: { label: 'One per line', text: '\n' },
  comma: { label: 'Comma', text: ', ' },
  space: { label: 'Space', text: ' ' },
  tab: { label: 'Tab', text: '\t' },
  semicolon: { label: 'Semicolon', text: '; ' },
} as const;
export type Delimiter = keyof typeof DELIMITERS;

export interface CopyOptions {
  format: CodeFormat;
  delimiter: Delimiter;
}

/** The episode's codes in one string, ready for the clipboard. Empty when the episode has no codes. */
export function copyOut(
  episode: Pick<Episode, 'diagnoses' | 'procedures'>,
  opts: CopyOptions,
  lookup: CodeLookup,
): string {
  return [...diagnosisTexts(episode.diagnoses, opts.format, lookup), ...procedureTexts(episode, opts.format)]
    .filter(Boolean)
    .join(DELIMITERS[opts.delimiter].text);
}

/**
 * The dagger/asterisk mark of each diagnosis in sequence: a code heading a pair is the dagger; an
 * asterisk code is marked so. Copy-out and Fill both use it, so they cannot mark pairs differently.
 */
export function diagnosisMarks(
  list: Episode['diagnoses'],
  lookup: CodeLookup,
): { dagger: boolean; asterisk: boolean }[] {
  const daggerRows = new Set(
    groupsOf(list, { system: 'icd10', lookup })
      .filter((g) => g.end - g.start > 1)
      .map((g) => g.start),
  );
  return list.map((c, i) => ({
    dagger: daggerRows.has(i),
    asterisk: Boolean(lookup.get('icd10', c.code)?.asterisk),
  }));
}

function diagnosisTexts(list: Episode['diagnoses'], format: CodeFormat, lookup: CodeLookup): string[] {
  const marks = diagnosisMarks(list, lookup);
  return list.map((c, i) => formatCode(c.code, format, { system: 'icd10', ...marks[i] }));
}

function procedureTexts(episode: Pick<Episode, 'procedures'>, format: CodeFormat): string[] {
  return episode.procedures.map((c) => formatCode(c.code, format, { system: 'opcs4' }));
}
