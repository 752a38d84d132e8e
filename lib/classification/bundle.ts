/**
 * The bundled default release: a compact JSON form of one Release (one system per file), gzipped
 * under `public/release/`. Pure; any context (background decodes it while seeding, Node tools load it
 * through `scripts/lib/load-bundled.ts`).
 *
 * Layout (formatVersion 1), chosen so the service worker can decode ~20k codes and ~200k terms well
 * inside its seeding budget:
 *   { formatVersion, meta, sources: TermSource[],
 *     codes: [code, kind, title, parentIndex (-1: none), flags, usage, extra?][],
 *     terms: [codeIndex, text, sourceIndex][] }
 * `kind` indexes KINDS; `flags` is a bit set (FLAG_*); `extra` holds the rare fields (partners,
 * laterality, sex/age limits). The envelope is zod-validated; rows are checked by hand, since running
 * a schema over 200k tuples costs more than the rest of decoding.
 */
import { z } from 'zod';
import {
  SYSTEMS,
  TERM_SOURCES,
  type CodeEntry,
  type CodeKind,
  type Release,
  type TermEntry,
  type TermSource,
} from './model';
import { ReleaseParseError } from './parse-error';
import { decodeExtra, encodeExtra } from './bundle-extra';

/** Bumped whenever the encoded layout changes. */
export const BUNDLE_FORMAT_VERSION = 1;

const KINDS: readonly CodeKind[] = ['chapter', 'block', 'category', 'code'];
const FLAG_VALID = 1;
const FLAG_ASTERISK = 2;
const FLAG_DAGGER = 4;
const FLAG_SECONDARY = 8;

const metaSchema = z.object({
  id: z.string().min(1),
  system: z.enum(SYSTEMS),
  version: z.string().min(1),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  effectiveTo: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  source: z.string().min(1),
  formatVersion: z.number().int(),
  builtAt: z.string().min(1),
  counts: z.object({ codes: z.number().int().min(0), terms: z.number().int().min(0) }),
});

const envelopeSchema = z.object({
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  meta: metaSchema,
  sources: z.array(z.enum(Object.keys(TERM_SOURCES) as [TermSource, ...TermSource[]])),
  // Rows are checked by hand in the decode loops (a schema per row is the slow part of decoding).
  codes: z.custom<unknown[]>(Array.isArray, 'expected an array'),
  terms: z.custom<unknown[]>(Array.isArray, 'expected an array'),
});

/** Encode a release into the bundled JSON form (the inverse of decodeBundledRelease). */
export function encodeBundledRelease(release: Release): unknown {
  const index = new Map(release.codes.map((c, i) => [c.code, i]));
  const sources: TermSource[] = [];
  const sourceIndex = new Map<TermSource, number>();
  const codes = release.codes.map((c) => {
    const flags =
      (c.validForCoding ? FLAG_VALID : 0) |
      (c.asterisk ? FLAG_ASTERISK : 0) |
      (c.dagger ? FLAG_DAGGER : 0) |
      (c.secondaryOnly ? FLAG_SECONDARY : 0);
    const row: unknown[] = [
      c.code,
      KINDS.indexOf(c.kind),
      c.title,
      c.parent ? (index.get(c.parent) ?? -1) : -1,
      flags,
      c.usage ?? 0,
    ];
    const extra = encodeExtra(c);
    if (extra) row.push(extra);
    return row;
  });
  const terms = release.terms.map((t) => {
    const ci = index.get(t.code);
    if (ci === undefined) throw new Error(`term "${t.text}" points at unknown code ${t.code}`);
    let si = sourceIndex.get(t.source);
    if (si === undefined) {
      si = sources.push(t.source) - 1;
      sourceIndex.set(t.source, si);
    }
    return [ci, t.text, si];
  });
  const meta = { ...release.meta, counts: { codes: codes.length, terms: terms.length } };
  return { formatVersion: BUNDLE_FORMAT_VERSION, meta, sources, codes, terms };
}

/**
 * Decode and validate a bundled release. Throws ReleaseParseError naming `file` and the first bad
 * row; nothing is returned for a malformed bundle.
 */
export function decodeBundledRelease(json: unknown, file: string): Release {
  const env = envelopeSchema.safeParse(json);
  if (!env.success) {
    const issue = env.error.issues[0];
    throw new ReleaseParseError(
      file,
      `not a bundled release: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
  const { meta, sources, codes: rows, terms: termRows } = env.data;
  const system = meta.system;
  const bad = (what: string, i: number, problem: string): never => {
    throw new ReleaseParseError(file, `${what}[${i}]: ${problem}`);
  };
  const codes: CodeEntry[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as unknown[];
    if (!Array.isArray(r)) bad('codes', i, 'not an array');
    const [code, kind, title, parent, flags, usage, extra] = r;
    if (r.length < 6 || r.length > 7) bad('codes', i, `expected 6 or 7 fields, found ${r.length}`);
    if (typeof code !== 'string' || !code) bad('codes', i, 'code is not a string');
    if (typeof kind !== 'number' || !KINDS[kind]) bad('codes', i, 'unknown kind');
    if (typeof title !== 'string' || !title) bad('codes', i, 'title is not a string');
    if (
      typeof parent !== 'number' ||
      !Number.isInteger(parent) ||
      parent < -1 ||
      parent >= rows.length ||
      parent === i
    )
      bad('codes', i, 'parent index out of range');
    if (typeof flags !== 'number' || !Number.isInteger(flags) || flags < 0 || flags > 15)
      bad('codes', i, 'bad flags');
    if (typeof usage !== 'number' || !Number.isInteger(usage) || usage < 0)
      bad('codes', i, 'bad usage count');
    const f = flags as number;
    const entry: CodeEntry = {
      system,
      code: code as string,
      kind: KINDS[kind as number]!,
      title: title as string,
      validForCoding: (f & FLAG_VALID) !== 0,
    };
    if ((parent as number) >= 0) entry.parent = (rows[parent as number] as unknown[])[0] as string;
    if (usage) entry.usage = usage as number;
    if (f & FLAG_ASTERISK) entry.asterisk = true;
    if (f & FLAG_DAGGER) entry.dagger = true;
    if (f & FLAG_SECONDARY) entry.secondaryOnly = true;
    if (r.length === 7) {
      const problem = decodeExtra(entry, extra);
      if (problem) bad('codes', i, `bad extra fields: ${problem}`);
    }
    codes[i] = entry;
  }
  const terms: TermEntry[] = new Array(termRows.length);
  for (let i = 0; i < termRows.length; i++) {
    const r = termRows[i] as unknown[];
    if (!Array.isArray(r)) bad('terms', i, 'not an array');
    const [ci, text, si] = r;
    if (r.length !== 3) bad('terms', i, `expected 3 fields, found ${r.length}`);
    if (typeof ci !== 'number' || !codes[ci]) bad('terms', i, 'code index out of range');
    if (typeof text !== 'string' || !text) bad('terms', i, 'text is not a string');
    if (typeof si !== 'number' || !sources[si]) bad('terms', i, 'source index out of range');
    terms[i] = {
      system,
      code: codes[ci as number]!.code,
      text: text as string,
      source: sources[si as number]!,
    };
  }
  if (meta.counts.codes !== codes.length || meta.counts.terms !== terms.length) {
    throw new ReleaseParseError(
      file,
      `counts say ${meta.counts.codes} codes/${meta.counts.terms} terms, found ${codes.length}/${terms.length}`,
    );
  }
  return { meta, codes, terms };
}
