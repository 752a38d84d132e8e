/**
 * The rare per-code fields of the bundled release (partners, laterality, sex/age limits), kept in an
 * optional object per code row so common rows stay short. Pure; any context.
 * Checked by hand: a schema call per row cost ~10x the rest of decoding in the service worker.
 */
import type { CodeEntry, Laterality, Sex } from './model';

export interface BundleExtra {
  partners?: string[];
  laterality?: Laterality;
  sex?: Sex;
  minAge?: number;
  maxAge?: number;
  limitSource?: string;
}

const KEYS = ['partners', 'laterality', 'sex', 'minAge', 'maxAge', 'limitSource'] as const;
const LATERALITIES = new Set(['bilateral', 'right', 'left', 'unilateral']);
const SEXES = new Set(['female', 'male']);

/** The extra object for a code, or undefined when it has none of these fields. */
export function encodeExtra(c: CodeEntry): BundleExtra | undefined {
  const out: Record<string, unknown> = {};
  for (const k of KEYS)
    if (c[k] !== undefined && !(k === 'partners' && c.partners?.length === 0)) out[k] = c[k];
  return Object.keys(out).length ? (out as BundleExtra) : undefined;
}

const isAge = (v: unknown) => v === undefined || (typeof v === 'number' && v >= 0 && v <= 150);

/**
 * Validate an extra object and copy its fields onto a decoded entry. Returns a problem description,
 * or null when the object is well formed.
 */
export function decodeExtra(entry: CodeEntry, x: unknown): string | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return 'not an object';
  const o = x as Record<string, unknown>;
  for (const k in o) if (!(KEYS as readonly string[]).includes(k)) return `unknown field ${k}`;
  const { partners, laterality, sex, minAge, maxAge, limitSource } = o;
  if (
    partners !== undefined &&
    (!Array.isArray(partners) || !partners.every((p) => typeof p === 'string' && p))
  )
    return 'partners must be codes';
  if (laterality !== undefined && !LATERALITIES.has(laterality as string)) return 'bad laterality';
  if (sex !== undefined && !SEXES.has(sex as string)) return 'bad sex';
  if (!isAge(minAge) || !isAge(maxAge)) return 'bad age limit';
  if (limitSource !== undefined && (typeof limitSource !== 'string' || !limitSource))
    return 'bad limitSource';
  if (partners) entry.partners = partners as string[];
  if (laterality) entry.laterality = laterality as Laterality;
  if (sex) entry.sex = sex as Sex;
  if (minAge !== undefined) entry.minAge = minAge as number;
  if (maxAge !== undefined) entry.maxAge = maxAge as number;
  if (limitSource) entry.limitSource = limitSource as string;
  return null;
}
