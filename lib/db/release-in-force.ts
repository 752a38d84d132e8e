/**
 * Choosing a release by date. Pure; any context.
 * A release is in force on `date` when effectiveFrom <= date < effectiveTo (ISO dates compare as
 * strings). Several releases per system can be stored: the latest in force wins.
 */
import { SYSTEMS, type System } from '@/lib/classification/model';
import type { StoredRelease } from './schema';

/** `YYYY-MM-DD` for a Date or an ISO string (date part only). */
export function isoDay(date: Date | string): string {
  return (typeof date === 'string' ? date : date.toISOString()).slice(0, 10);
}

function latestFirst(a: StoredRelease, b: StoredRelease): number {
  if (a.effectiveFrom !== b.effectiveFrom) return a.effectiveFrom < b.effectiveFrom ? 1 : -1;
  return (b.readyAt ?? '').localeCompare(a.readyAt ?? '');
}

/** The ready release of `system` in force on `date`, latest effectiveFrom first; undefined if none. */
export function pickReleaseInForce(
  releases: readonly StoredRelease[],
  system: System,
  date: Date | string,
): StoredRelease | undefined {
  const day = isoDay(date);
  return releases
    .filter((r) => r.system === system && r.status === 'ready')
    .filter((r) => isoDay(r.effectiveFrom) <= day && (!r.effectiveTo || day < isoDay(r.effectiveTo)))
    .sort(latestFirst)[0];
}

/**
 * The releases the search index covers: per system, the one in force on `date`, or — when the clock
 * is before every release's start (a wrong clock, a release dated ahead) — the latest ready one, so
 * the coder is never left without codes.
 */
export function pickActiveReleases(releases: readonly StoredRelease[], date: Date | string): StoredRelease[] {
  const active: StoredRelease[] = [];
  for (const system of SYSTEMS) {
    const chosen =
      pickReleaseInForce(releases, system, date) ??
      releases.filter((r) => r.system === system && r.status === 'ready').sort(latestFirst)[0];
    if (chosen) active.push(chosen);
  }
  return active;
}

/** The key of a release set: sorted ids joined with '|'. */
export function releaseSetKey(ids: readonly string[]): string {
  return [...ids].sort().join('|');
}
