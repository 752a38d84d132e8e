/**
 * Bytes -> text for release files, and the line splitting the TRUD parsers share. Pure; any context
 * (background, extension pages, command-line tools).
 *
 * A release file is refused whole when it is not text: NUL bytes or invalid UTF-8 mean a zip, a
 * spreadsheet or a corrupted download, and importing whatever decodes would import half a file.
 */
import { ReleaseParseError } from './parse-error';
import type { NumberedLine } from './text-lines';

export type { NumberedLine } from './text-lines';
/** Split a tab-separated line and insist on an exact field count. */
export { splitTsvFields as tsvFields } from './text-lines';

/** Line number (1-based) of the first NUL byte, or null. */
function nulLine(bytes: Uint8Array): number | null {
  const at = bytes.indexOf(0);
  if (at < 0) return null;
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Line number (1-based) of the first line that is not valid UTF-8 (a cut sequence counts). */
function badUtf8Line(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * Decode a release file's bytes as UTF-8 text: drops a byte-order mark and turns CRLF (and lone CR)
 * into LF. Throws ReleaseParseError for binary content (NUL bytes, invalid UTF-8, UTF-16).
 */
export function readText(bytes: Uint8Array, file: string): string {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    throw new ReleaseParseError(file, 'the file is UTF-16 encoded; save it as UTF-8 and try again');
  }
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new ReleaseParseError(file, 'binary content (gzip-compressed); decompress it first');
  }
  const nul = nulLine(bytes);
  if (nul !== null) {
    throw new ReleaseParseError(file, 'binary content (NUL byte); is this a text file?', nul);
  }
  let text: string;
  try {
    // ignoreBOM: false (the default) strips a UTF-8 BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReleaseParseError(
      file,
      'binary content or not UTF-8 text (invalid UTF-8 byte sequence)',
      badUtf8Line(bytes),
    );
  }
  return normaliseText(text);
}

/** Strip a BOM left in already-decoded text and normalise line endings to LF. */
export function normaliseText(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.replace(/\r\n?/g, '\n');
}

/**
 * Split text into numbered lines, dropping blank lines (a trailing newline, stray empty lines) but
 * keeping the original line numbers for error messages. Throws for an empty file or control
 * characters (text that decoded but is not a plain text table).
 */
export function textLines(text: string, file: string): NumberedLine[] {
  const body = normaliseText(text);
  if (body.trim() === '') throw new ReleaseParseError(file, 'the file is empty');
  const out: NumberedLine[] = [];
  const raw = body.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    // eslint-disable-next-line no-control-regex -- looking for exactly these bytes
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(t)) {
      throw new ReleaseParseError(file, 'binary content (control characters); is this a text file?', i + 1);
    }
    if (t.trim() !== '') out.push({ line: i + 1, text: t });
  }
  return out;
}
