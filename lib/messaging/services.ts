/**
 * What the background does for each message, behind an interface so handleMessage stays testable.
 * Contexts: background worker.
 */
import type { System } from '@/lib/classification/model';
import { getActiveIndex, getDb, loadSearchIndex } from '@/lib/db/repository';
import { IDLE_PROGRESS, SEED_PROGRESS_KEY, type SeedProgress } from '@/lib/db/seed-progress';
import { analyseSections } from '@/lib/page/analyse-sections';
import { badgeSuggestions, readPageMentions, storePageMentions } from '@/lib/page-store/page-store';
import { search } from '@/lib/search/index';
import { ensureSeeded } from '@/lib/sync/run-seed';
import type { PageMentionsData, ResponseData, SectionsForAnalysis, SeedStatus } from './protocol';

export interface MessageServices {
  search(query: string, system?: System, limit?: number): Promise<ResponseData['search']>;
  seedStatus(): Promise<SeedStatus>;
  reseed(wipe: boolean): Promise<ResponseData['reseed']>;
  /** Analyse a read's sections into mentions (pure: nothing is kept). */
  analyseSections(sections: SectionsForAnalysis): ResponseData['analyseSections'];
  /** Suggest codes for a tab's mentions and keep them for that tab. */
  pageMentions(tabId: number, data: PageMentionsData): Promise<ResponseData['pageMentions']>;
  getPageMentions(tabId: number): Promise<ResponseData['getPageMentions']>;
}

/** The store's status for diagnostics and `getSeedStatus`. */
export async function readSeedStatus(db = getDb()): Promise<SeedStatus> {
  const [progress, releases, active] = await Promise.all([
    db.meta.get(SEED_PROGRESS_KEY),
    db.releases.toArray(),
    getActiveIndex(db),
  ]);
  return {
    progress: (progress?.value as SeedProgress | undefined) ?? IDLE_PROGRESS,
    releases: releases.map(({ id, system, version, status, effectiveFrom, counts }) => ({
      id,
      system,
      version,
      status,
      effectiveFrom,
      counts,
    })),
    active: active?.releases.map((r) => r.id) ?? [],
  };
}

/** The real services: the background's cached index, the store, the bundled seeder. */
export const defaultServices: MessageServices = {
  async search(query, system, limit) {
    const index = await loadSearchIndex();
    return { ready: index !== null, results: index ? search(index, query, { system, limit }) : [] };
  },
  seedStatus: () => readSeedStatus(),
  reseed: (wipe) => ensureSeeded({ force: true, wipe }),
  analyseSections(sections) {
    const t0 = performance.now();
    const analysed = analyseSections(sections);
    return { ...analysed, ms: Math.round((performance.now() - t0) * 10) / 10 };
  },
  async pageMentions(tabId, data) {
    const page = await storePageMentions(tabId, data, await loadSearchIndex());
    return {
      stored: true,
      mentions: page.mentions.length,
      suggested: page.suggested,
      suggestions: badgeSuggestions(page),
    };
  },
  async getPageMentions(tabId) {
    return { page: await readPageMentions(tabId, () => loadSearchIndex()) };
  },
};
