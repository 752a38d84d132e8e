/**
 * Line splitting and content checks shared by the text-file release parsers. Pure; any context.
 * Refuses binary content up front so no parser ever imports half of a corrupted file.
 */
import { ReleaseParseError } from './parse-error';

/** One non-empty line of a text file with its 1-based line number. */
export interface NumberedLine {
  line: number;
  text: string;
}

/**
 * Split a text file into numbered lines (CRLF or LF), dropping trailing blank lines.
 * Throws ReleaseParseError for an empty file, NUL bytes or U+FFFD (the mark a UTF-8 decoder leaves
 * for invalid bytes), naming the first offending line.
 */
export function splitTextLines(text: string, file: string): NumberedLine[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ReleaseParseError(file, 'the file is empty');
  const raw = body.split(/\r?\n/);
  while (raw.length > 0 && raw[raw.length - 1]!.trim() === '') raw.pop();
  return raw.map((t, i) => {
    if (t.includes('\u0000') || t.includes('\ufffd')) {
      throw new ReleaseParseError(
        file,
        'binary content (NUL byte or invalid UTF-8); is this a text file?',
        i + 1,
      );
    }
    return { line: i + 1, text: t };
  });
}

/** Split a tab-separated line and insist on an exact field count. */
export function splitTsvFields(l: NumberedLine, expected: number, file: string): string[] {
  const fields = l.text.split('\t');
  if (fields.length !== expected) {
    throw new ReleaseParseError(
      file,
      `expected ${expected} tab-separated fields, found ${fields.length}`,
      l.line,
    );
  }
  return fields;
}

/** Check a header line against the expected column names (case-insensitive). */
export function expectHeader(l: NumberedLine | undefined, columns: readonly string[], file: string): void {
  const got = l ? l.text.split('\t').map((c) => c.trim().toLowerCase()) : [];
  if (got.join('\t') !== columns.join('\t')) {
    throw new ReleaseParseError(
      file,
      `wrong header: expected columns "${columns.join(', ')}", found "${got.join(', ')}"`,
      l?.line ?? 1,
    );
  }
}
