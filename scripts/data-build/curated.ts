/**
 * Node-only (data build): curated UK terms. `curated/abbreviations.tsv` (`abbr expansion system code
 * note`): the abbreviation becomes an 'abbreviation' term and its expansion a 'uk-synonym' term;
 * `curated/uk-synonyms.tsv` (`term system code note`): 'uk-synonym' terms. Rows naming a code the
 * release lacks are reported, not imported.
 */
import { canonicalCode } from '@/lib/classification/code-format';
import type { System, TermEntry } from '@/lib/classification/model';
import { ReleaseParseError } from '@/lib/classification/parse-error';
import { expectHeader, splitTextLines } from '@/lib/classification/text-lines';

export interface CuratedResult {
  terms: TermEntry[];
  unknownCodes: string[];
}

function readRows(text: string, file: string, header: string[]) {
  const lines = splitTextLines(text, file);
  expectHeader(lines[0], header, file);
  return lines
    .slice(1)
    .filter((l) => l.text.trim() && !l.text.startsWith('#'))
    .map((l) => ({ line: l.line, f: l.text.split('\t').map((s) => s.trim()) }));
}

/** Read both curated files (either may be missing) into terms for codes in `known`. */
export function buildCuratedTerms(
  abbreviations: string | undefined,
  synonyms: string | undefined,
  known: Record<System, Set<string>>,
): CuratedResult {
  const terms: TermEntry[] = [];
  const unknownCodes: string[] = [];
  const resolve = (system: string, code: string, file: string, line: number) => {
    if (system !== 'icd10' && system !== 'opcs4')
      throw new ReleaseParseError(file, `bad system "${system}"`, line);
    const c = canonicalCode(code) ?? code.toUpperCase();
    if (!known[system].has(c)) {
      unknownCodes.push(`${file}:${line} ${system} ${code}`);
      return undefined;
    }
    return { system: system as System, code: c };
  };
  if (abbreviations) {
    const file = 'abbreviations.tsv';
    for (const { line, f } of readRows(abbreviations, file, [
      'abbr',
      'expansion',
      'system',
      'code',
      'note',
    ])) {
      const [abbr, expansion, system, code] = f;
      if (!abbr || !system || !code)
        throw new ReleaseParseError(file, 'abbr, system and code are required', line);
      for (const one of code
        .split(/[;,/ ]+/)
        .filter(Boolean)
        .slice(0, 1)) {
        const target = resolve(system, one, file, line);
        if (!target) continue;
        terms.push({ ...target, text: abbr, source: 'abbreviation' });
        if (expansion) terms.push({ ...target, text: expansion, source: 'uk-synonym' });
      }
    }
  }
  if (synonyms) {
    const file = 'uk-synonyms.tsv';
    for (const { line, f } of readRows(synonyms, file, ['term', 'system', 'code', 'note'])) {
      const [term, system, code] = f;
      if (!term || !system || !code)
        throw new ReleaseParseError(file, 'term, system and code are required', line);
      const target = resolve(system, code, file, line);
      if (target) terms.push({ ...target, text: term, source: 'uk-synonym' });
    }
  }
  return { terms, unknownCodes };
}
