/**
 * The release in force for an episode, for callers that hold whole releases (the command line,
 * tests). Pure; any context. Same rule as lib/db/release-in-force.ts, which works on stored rows:
 * a release is in force on a day when effectiveFrom <= day < effectiveTo (ISO dates compare as
 * strings), the latest effectiveFrom wins, and when none is in force (an end date before every
 * release) the latest release is used so an episode is still checked.
 */
import type { Release, System } from '@/lib/classification/model';

function latestFirst(a: Release, b: Release): number {
  return a.meta.effectiveFrom === b.meta.effectiveFrom
    ? 0
    : a.meta.effectiveFrom < b.meta.effectiveFrom
      ? 1
      : -1;
}

/** The release of `system` in force on `day` (`YYYY-MM-DD`); undefined when there is none of that system. */
export function pickRelease(releases: readonly Release[], system: System, day?: string): Release | undefined {
  const ofSystem = releases.filter((r) => r.meta.system === system).sort(latestFirst);
  if (!day) return ofSystem[0];
  const inForce = ofSystem.find(
    (r) =>
      r.meta.effectiveFrom.slice(0, 10) <= day &&
      (!r.meta.effectiveTo || day < r.meta.effectiveTo.slice(0, 10)),
  );
  return inForce ?? ofSystem[0];
}
