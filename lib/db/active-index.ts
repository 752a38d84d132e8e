/**
 * The pointer to the search index in use, kept in meta. Contexts: background worker, extension pages.
 * Only seeding's final transaction moves it, so whatever it points at is complete.
 */
import type { System } from '@/lib/classification/model';
import type { SidecoderDb } from './schema';

/** meta key of the pointer to the search index in use. */
export const ACTIVE_INDEX_KEY = 'activeIndex';

/** The release set the active search index was built from. */
export interface ActiveIndex {
  key: string;
  releases: { id: string; system: System }[];
  /** The search engine's index format when it was built. */
  format?: number | string;
}

/** The active index pointer, or undefined while nothing has been seeded. */
export async function getActiveIndex(db: SidecoderDb): Promise<ActiveIndex | undefined> {
  return (await db.meta.get(ACTIVE_INDEX_KEY))?.value as ActiveIndex | undefined;
}
