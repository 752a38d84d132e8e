/**
 * Rows for the options page's release table: what is stored, or, before seeding, what is bundled.
 * Pure; any context.
 */
import { SYSTEM_LABELS, type ReleaseMeta, type ReleaseStatus, type System } from '@/lib/classification/model';

/** What the options page reads from the store (a subset of the stored release). */
export type StoredReleaseLike = Pick<
  ReleaseMeta,
  'id' | 'system' | 'version' | 'effectiveFrom' | 'source'
> & {
  effectiveTo?: string;
  counts?: { codes: number; terms: number };
  status?: ReleaseStatus;
};

/** An entry of the bundled `release/manifest.json`. */
export interface BundledReleaseLike {
  id: string;
  system: System;
  version: string;
  effectiveFrom: string;
  codes?: number;
  terms?: number;
}

export interface ReleaseRow {
  id: string;
  system: string;
  version: string;
  inForce: string;
  counts: string;
  status: string;
}

const NUMBER = new Intl.NumberFormat('en-GB');
const count = (codes?: number, terms?: number) =>
  codes === undefined ? '—' : `${NUMBER.format(codes)} codes, ${NUMBER.format(terms ?? 0)} terms`;

export function releaseRows(stored: StoredReleaseLike[], bundled: BundledReleaseLike[]): ReleaseRow[] {
  if (stored.length) {
    return [...stored]
      .sort((a, b) => a.system.localeCompare(b.system) || b.effectiveFrom.localeCompare(a.effectiveFrom))
      .map((r) => ({
        id: r.id,
        system: SYSTEM_LABELS[r.system],
        version: r.version,
        inForce: r.effectiveTo ? `${r.effectiveFrom} to ${r.effectiveTo}` : `from ${r.effectiveFrom}`,
        counts: count(r.counts?.codes, r.counts?.terms),
        status: `${r.status ?? 'unknown'}${r.source === 'bundled' ? ' (bundled)' : ''}`,
      }));
  }
  return bundled.map((r) => ({
    id: r.id,
    system: SYSTEM_LABELS[r.system],
    version: r.version,
    inForce: `from ${r.effectiveFrom}`,
    counts: count(r.codes, r.terms),
    status: 'bundled, not loaded yet',
  }));
}
