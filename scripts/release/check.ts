/**
 * `release check`: read one release file, detect its format, parse it whole and summarise it.
 * Node only (reads the file system, gunzips bundles).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { detectFormat, isGzip, parseReleaseText } from '@/lib/classification/detect-format';
import { SYSTEM_LABELS } from '@/lib/classification/model';
import { ReleaseParseError } from '@/lib/classification/parse-error';
import type { ParsedFile } from '@/lib/classification/parsed-file';
import { readText } from '@/lib/classification/read-text';

/** Read, detect and parse `path`; throws ReleaseParseError (or a file-system error) on failure. */
export function checkFile(path: string): ParsedFile {
  let bytes: Uint8Array = readFileSync(path);
  const format = detectFormat(path, bytes);
  if (!format) {
    // Say "binary" rather than "unknown format" when the content is not text at all.
    if (readText(bytes, path).trim() === '') throw new ReleaseParseError(path, 'the file is empty');
    throw new ReleaseParseError(
      path,
      'unknown format: not a TRUD ICD-10 or OPCS-4 file, UK Biobank coding or bundled release',
    );
  }
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      throw new ReleaseParseError(path, `corrupt gzip data (${(e as Error).message})`);
    }
  }
  return parseReleaseText(format, readText(bytes, path), path);
}

/** Counts a coder or an IT team would check before importing. */
export function summarise(p: ParsedFile) {
  const count = (f: (c: ParsedFile['codes'][number]) => unknown) => p.codes.filter(f).length;
  return {
    validForCoding: count((c) => c.validForCoding),
    kinds: Object.fromEntries(
      ['chapter', 'block', 'category', 'code'].map((k) => [k, count((c) => c.kind === k)]),
    ),
    flags: {
      dagger: count((c) => c.dagger),
      asterisk: count((c) => c.asterisk),
      withPartners: count((c) => c.partners?.length),
      secondaryOnly: count((c) => c.secondaryOnly),
      laterality: count((c) => c.laterality),
      sexLimited: count((c) => c.sex),
      ageLimited: count((c) => c.minAge !== undefined || c.maxAge !== undefined),
    },
  };
}

/** The readable summary, one fact per line. */
export function formatSummary(path: string, p: ParsedFile): string {
  const s = summarise(p);
  const kinds = Object.entries(s.kinds)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const flags = Object.entries(s.flags)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return [
    `file:             ${path}`,
    `format:           ${p.format}`,
    `system:           ${SYSTEM_LABELS[p.system]} (${p.system})`,
    `version:          ${p.version ?? '(not stated in the file name)'}`,
    ...(p.effectiveFrom ? [`effective from:   ${p.effectiveFrom}`] : []),
    `codes:            ${p.codes.length} (${kinds})`,
    `valid for coding: ${s.validForCoding}`,
    `flags:            ${flags}`,
    `terms:            ${p.terms.length}`,
    'ok: the whole file parsed',
  ].join('\n');
}
