/**
 * Node-only (data build): WHO ICD-10 metadata from DIMDI (`dimdi-who-icd10-meta-codes.txt`, `;`-separated).
 * Used for asterisk marks: field CODE_W keeps the asterisk (`G01*`, `D63.-*`).
 */
import { ReleaseParseError } from '@/lib/classification/parse-error';
import { splitTextLines } from '@/lib/classification/text-lines';

/** Canonical codes (`G01`, `D63.0`) that WHO marks as asterisk (manifestation) codes. */
export function parseDimdiAsterisks(text: string, file: string): Set<string> {
  const lines = splitTextLines(text, file);
  const header = lines[0]?.text.split(';') ?? [];
  const iw = header.indexOf('CODE_W');
  const ic = header.indexOf('CODE');
  if (iw < 0 || ic < 0) throw new ReleaseParseError(file, 'no CODE_W/CODE columns in header', 1);
  const out = new Set<string>();
  for (const l of lines.slice(1)) {
    const f = l.text.split(';');
    if (f[iw]?.trim().endsWith('*')) out.add(f[ic]!.trim());
  }
  return out;
}
