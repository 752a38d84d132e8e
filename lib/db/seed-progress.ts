/**
 * Seed progress as stored in meta and shown by pages (a progress bar via liveQuery).
 * Contexts: any (pure types and helpers).
 */

export interface SeedProgress {
  phase: 'idle' | 'loading' | 'codes' | 'terms' | 'index' | 'ready' | 'failed';
  done: number;
  total: number;
  message?: string;
}

/** The meta key under which seeding writes its progress. */
export const SEED_PROGRESS_KEY = 'seedProgress';

/** What pages see before any seed has started. */
export const IDLE_PROGRESS: SeedProgress = { phase: 'idle', done: 0, total: 0 };
