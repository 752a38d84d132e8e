/**
 * Parser for the NHS TRUD OPCS-4 `Metadata` file: fixed-width lines, one per code. Pure; any context.
 *
 * Column positions (0-based, from ../shared/docs/data-formats.md): 0–12 record flag, 12–24 code
 * without dot, 24–84 3-character title (upper case), 84–191 4-character title, 191–193 sex scrutiny,
 * 193–218 operation status, 218+ method of delivery. Sex scrutiny: 0 any, 1 error if male, 2 error
 * if female, 3–4 query only (the Scottish reference file's documented pattern; to be confirmed
 * against the TRUD specification when a real file is at hand).
 */
import { z } from 'zod';
import type { CodeEntry, Sex } from './model';
import { ReleaseParseError } from './parse-error';
import { checkRow, markLeaves, type ParsedFile } from './parsed-file';
import { textLines } from './read-text';
import { opcsCode, opcsVersionFromName } from './trud-opcs';

const COLUMNS = { code: [12, 24], title3: [24, 84], title4: [84, 191], sex: [191, 193] } as const;
const MIN_LENGTH = COLUMNS.sex[0] + 1;

// "1: error if male" means the code is for females only, and the reverse for 2; 3 and 4 only ask
// the coder to check, so they do not restrict.
const SEX: Record<string, Sex | undefined> = { '': undefined, '0': undefined, '1': 'female', '2': 'male' };

const rowSchema = z.object({
  code: z.string().refine((c) => opcsCode(c) !== null, 'not an OPCS-4 code (columns 13–24)'),
  title3: z.string().min(1, 'empty 3-character title (columns 25–84)'),
  title4: z.string(),
  sex: z.string().regex(/^[0-4]?$/, 'sex scrutiny (columns 192–193) must be 0–4'),
});

/** "MAJOR EXCISION OF TISSUE OF BRAIN NEC" -> "Major excision of tissue of brain NEC". */
function sentenceCase(upper: string): string {
  if (upper !== upper.toUpperCase()) return upper;
  const lower = upper.toLowerCase().replace(/\b(nec|nos)\b/g, (w) => w.toUpperCase());
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Parse the fixed-width OPCS-4 Metadata file into categories (from the 3-character title) and codes
 * with their sex restriction (`CodeEntry.sex`). A short or malformed line refuses the file.
 */
export function parseTrudOpcsMetadata(text: string, file: string): ParsedFile {
  const codes: CodeEntry[] = [];
  const firstLine = new Map<string, number>();
  const categories = new Set<string>();
  for (const l of textLines(text, file)) {
    if (l.text.includes('\t')) {
      throw new ReleaseParseError(file, 'tab character: not the fixed-width Metadata layout', l.line);
    }
    if (l.text.length < MIN_LENGTH) {
      throw new ReleaseParseError(
        file,
        `line is ${l.text.length} characters; the fixed-width layout needs at least ${MIN_LENGTH} (sex scrutiny at 192–193)`,
        l.line,
      );
    }
    const cut = (k: keyof typeof COLUMNS) => l.text.slice(...COLUMNS[k]).trim();
    const row = checkRow(
      rowSchema,
      { code: cut('code'), title3: cut('title3'), title4: cut('title4'), sex: cut('sex') },
      file,
      l.line,
    );
    const code = opcsCode(row.code)!;
    const category = code.slice(0, 3);
    if (!categories.has(category)) {
      categories.add(category);
      codes.push({
        system: 'opcs4',
        code: category,
        kind: 'category',
        title: sentenceCase(row.title3),
        validForCoding: false,
      });
    }
    const seen = firstLine.get(code);
    if (seen !== undefined)
      throw new ReleaseParseError(file, `duplicate code ${code} (first on line ${seen})`, l.line);
    firstLine.set(code, l.line);
    // A 3-character row only names its category.
    if (code === category) continue;
    if (!row.title4)
      throw new ReleaseParseError(file, `empty 4-character title (columns 85–191) for ${code}`, l.line);
    const entry: CodeEntry = {
      system: 'opcs4',
      code,
      kind: 'code',
      title: row.title4,
      parent: category,
      validForCoding: false,
    };
    const sex = SEX[row.sex];
    if (sex) Object.assign(entry, { sex, limitSource: 'NHS TRUD OPCS-4 Metadata (sex scrutiny)' });
    codes.push(entry);
  }
  markLeaves(codes);
  return {
    system: 'opcs4',
    format: 'trud-opcs-metadata',
    version: opcsVersionFromName(file),
    codes,
    terms: [],
  };
}
