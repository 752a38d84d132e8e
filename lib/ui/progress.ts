/**
 * How the seeding progress reads in the panel. Pure; any context.
 */
import type { PanelProgress } from './code-source';

const PHASES: Record<PanelProgress['phase'], string> = {
  idle: 'Waiting to load the classifications',
  loading: 'Reading the bundled release',
  codes: 'Storing codes',
  terms: 'Storing search terms',
  index: 'Building the search index',
  ready: 'Ready',
  failed: 'Loading the classifications failed',
};

/** Whole percent 0–100; 0 when the total is not known yet. */
export function progressPercent(p: PanelProgress): number {
  if (p.phase === 'ready') return 100;
  if (!p.total || p.total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((p.done / p.total) * 100)));
}

export function progressLabel(p: PanelProgress): string {
  return p.message && p.phase !== 'failed' ? `${PHASES[p.phase]}: ${p.message}` : PHASES[p.phase];
}
