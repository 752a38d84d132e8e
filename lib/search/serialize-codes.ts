/**
 * Column-oriented storage of the code list inside a serialised search index. Pure; any context.
 *
 * 30k CodeEntry objects as JSON repeat every key 30k times (5 MB) and cost the side panel a large
 * IndexedDB read and JSON.parse on every open; a few joined strings and typed arrays are a third of
 * that and rebuild in milliseconds. Fields without a column (partners, limits…) go to a sparse JSON
 * list, so a field added to CodeEntry later is kept, not dropped.
 */
import { SYSTEMS, type CodeEntry, type CodeKind } from '@/lib/classification/model';

const KINDS: readonly CodeKind[] = ['chapter', 'block', 'category', 'code'];
const FLAGS = ['validForCoding', 'asterisk', 'dagger', 'secondaryOnly'] as const;
const COLUMNS = new Set<string>(['system', 'code', 'kind', 'title', 'parent', 'usage', ...FLAGS]);
const NO_USAGE = 0xffffffff;

export interface CodeColumns {
  code: string;
  title: string;
  parent: string;
  /** system (bit 0), kind (bits 1–2), then one bit per flag in FLAGS order. */
  bits: Uint8Array;
  usage: Uint32Array;
  /** JSON list of [index, {other fields}] for codes that have any. */
  extras: string;
}

/** Encodes codes as columns; titles and codes never contain a newline. */
export function encodeCodeColumns(codes: CodeEntry[]): CodeColumns {
  const bits = new Uint8Array(codes.length);
  const usage = new Uint32Array(codes.length);
  const extras: [number, Record<string, unknown>][] = [];
  codes.forEach((c, i) => {
    let b = SYSTEMS.indexOf(c.system) | (KINDS.indexOf(c.kind) << 1);
    FLAGS.forEach((f, k) => {
      if (c[f]) b |= 1 << (3 + k);
    });
    bits[i] = b;
    usage[i] = c.usage ?? NO_USAGE;
    const rest = Object.fromEntries(Object.entries(c).filter(([k, v]) => !COLUMNS.has(k) && v !== undefined));
    if (Object.keys(rest).length > 0) extras.push([i, rest]);
  });
  const oneLine = (s: string) => s.replace(/\n/g, ' ');
  return {
    code: codes.map((c) => c.code).join('\n'),
    title: codes.map((c) => oneLine(c.title)).join('\n'),
    parent: codes.map((c) => c.parent ?? '').join('\n'),
    bits,
    usage,
    extras: JSON.stringify(extras),
  };
}

/** Rebuilds the code list, in the same order, from its columns. */
export function decodeCodeColumns(cols: CodeColumns): CodeEntry[] {
  const code = cols.code.split('\n');
  const title = cols.title.split('\n');
  const parent = cols.parent.split('\n');
  const codes = code.map((c, i): CodeEntry => {
    const b = cols.bits[i]!;
    const entry: CodeEntry = {
      system: SYSTEMS[b & 1]!,
      code: c,
      kind: KINDS[(b >> 1) & 3]!,
      title: title[i]!,
      validForCoding: (b & (1 << 3)) !== 0,
    };
    if (parent[i]) entry.parent = parent[i];
    if (cols.usage[i] !== NO_USAGE) entry.usage = cols.usage[i];
    FLAGS.forEach((f, k) => {
      if (k > 0 && b & (1 << (3 + k))) entry[f] = true;
    });
    return entry;
  });
  for (const [i, rest] of JSON.parse(cols.extras) as [number, Partial<CodeEntry>][])
    Object.assign(codes[i]!, rest);
  return codes;
}
