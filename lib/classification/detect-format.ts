/**
 * Recognise a release file's format from its name and first bytes, and run the matching parser.
 * Pure; any context (the options page's import and `npm run release -- check` share it).
 *
 * Content decides first (a TRUD file is often renamed); the file name is the fallback, so an empty
 * or mangled file with a telling name still reaches its parser and gets that parser's message.
 */
import { decodeBundledRelease } from './bundle';
import { ReleaseParseError } from './parse-error';
import { baseName, type ParsedFile, type ReleaseFormat } from './parsed-file';
import { normaliseText } from './read-text';
import { parseTrudIcd10 } from './trud-icd10';
import { parseTrudIcd10Xml } from './trud-icd10-xml';
import { parseTrudOpcs, parseTrudOpcsXml } from './trud-opcs';
import { parseTrudOpcsMetadata } from './trud-opcs-metadata';
import { parseUkbIcd10, parseUkbOpcs4 } from './ukb';

const OPCS_CODE = /^[A-Z]\d{2}\.?\d?$/;
const HEAD_BYTES = 8192;

/** True for gzip data (the bundled release ships as `*.json.gz`). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function fromContent(head: string): ReleaseFormat | null {
  const start = head.trimStart();
  if (start.startsWith('<')) {
    if (/<(?:\w+:)?code\b[^>]*\bTITLE\s*=/i.test(start)) return 'trud-opcs-xml';
    if (/\bALT_CODE\b/.test(start)) return 'trud-icd10-xml';
    return null;
  }
  if (start.startsWith('{')) return 'bundled-release';
  const first = head.split('\n', 1)[0] ?? '';
  const cells = first.split('\t').map((c) => c.trim());
  const lower = cells.map((c) => c.toLowerCase());
  if (/^(?:icd10_)?code$/.test(lower[0] ?? '') && lower[1] === 'alt_code') return 'trud-icd10-tsv';
  if (lower[0] === 'coding' && lower[1] === 'meaning') return cells.length === 2 ? 'ukb-opcs4' : 'ukb-icd10';
  if (cells.length === 2 && OPCS_CODE.test(cells[0]!.toUpperCase())) return 'trud-opcs-tsv';
  if (cells.length === 1 && first.length >= 192 && OPCS_CODE.test(first.slice(12, 24).trim())) {
    return 'trud-opcs-metadata';
  }
  return null;
}

function fromName(file: string): ReleaseFormat | null {
  const name = baseName(file);
  const xml = /\.xml$/i.test(name);
  if (/\.json(?:\.gz)?$/i.test(name)) return 'bundled-release';
  if (/CodesAndTitlesAndMetadata/i.test(name)) return xml ? 'trud-icd10-xml' : 'trud-icd10-tsv';
  if (/OPCS.*Metadata/i.test(name)) return 'trud-opcs-metadata';
  if (/OPCS.*CodesAndTitles/i.test(name)) return xml ? 'trud-opcs-xml' : 'trud-opcs-tsv';
  if (/coding0*19\b/i.test(name)) return 'ukb-icd10';
  if (/coding0*240\b/i.test(name)) return 'ukb-opcs4';
  return null;
}

/**
 * The format of a release file from its name and its first bytes (or already-decoded text), or null
 * when it is none of the known formats.
 */
export function detectFormat(file: string, head: Uint8Array | string): ReleaseFormat | null {
  if (typeof head !== 'string' && isGzip(head)) return 'bundled-release';
  const text =
    typeof head === 'string'
      ? head.slice(0, HEAD_BYTES)
      : new TextDecoder('utf-8').decode(head.subarray(0, HEAD_BYTES));
  if (text.includes('\u0000')) return fromName(file);
  return fromContent(normaliseText(text)) ?? fromName(file);
}

/**
 * Parse a decoded (and, for a bundle, decompressed) file in the given format. Throws
 * ReleaseParseError naming the file, line and problem; never returns part of a file.
 */
export function parseReleaseText(format: ReleaseFormat, text: string, file: string): ParsedFile {
  switch (format) {
    case 'trud-icd10-tsv':
      return parseTrudIcd10(text, file);
    case 'trud-icd10-xml':
      return parseTrudIcd10Xml(text, file);
    case 'trud-opcs-tsv':
      return parseTrudOpcs(text, file);
    case 'trud-opcs-xml':
      return parseTrudOpcsXml(text, file);
    case 'trud-opcs-metadata':
      return parseTrudOpcsMetadata(text, file);
    case 'ukb-icd10':
      return { system: 'icd10', format, version: null, codes: parseUkbIcd10(text, file), terms: [] };
    case 'ukb-opcs4':
      return { system: 'opcs4', format, version: null, codes: parseUkbOpcs4(text, file), terms: [] };
    case 'bundled-release': {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new ReleaseParseError(file, `not valid JSON (${(e as Error).message})`);
      }
      const r = decodeBundledRelease(json, file);
      const { system, version, effectiveFrom } = r.meta;
      return { system, format, version, effectiveFrom, codes: r.codes, terms: r.terms };
    }
  }
}
