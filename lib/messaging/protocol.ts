/**
 * The one message protocol between contexts: a zod schema per message, types inferred from them.
 * Contexts: any (pure). Every message is `{ type, data }`; receivers validate with safeParse.
 */
import { z } from 'zod';
import { SYSTEMS } from '@/lib/classification/model';
import type { StoredRelease } from '@/lib/db/schema';
import type { SeedProgress } from '@/lib/db/seed-progress';
import type { SearchResult } from '@/lib/search/types';
import type { SeedReport } from '@/lib/sync/seed';

/** Code search from the background's cached index (content scripts ask for suggestions this way). */
export const searchMessage = z.object({
  type: z.literal('search'),
  data: z.strictObject({
    query: z.string().max(500),
    system: z.enum(SYSTEMS).optional(),
    limit: z.number().int().min(1).max(50).optional(),
  }),
});

/** Store status: seeding progress and the stored releases. */
export const getSeedStatusMessage = z.object({
  type: z.literal('getSeedStatus'),
  data: z.strictObject({}),
});

/** Seed again from the bundled release (privileged); `wipe` empties the store first. */
export const reseedMessage = z.object({
  type: z.literal('reseed'),
  data: z.strictObject({ wipe: z.boolean().optional() }),
});

export const requestSchema = z.discriminatedUnion('type', [
  searchMessage,
  getSeedStatusMessage,
  reseedMessage,
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Who may send each message: content scripts are unprivileged; 'extension' means our own pages. */
export const REQUIRED_TIER: Record<RequestType, 'content' | 'extension'> = {
  search: 'content',
  getSeedStatus: 'content',
  reseed: 'extension',
};

export interface SeedStatus {
  progress: SeedProgress;
  releases: Pick<StoredRelease, 'id' | 'system' | 'version' | 'status' | 'effectiveFrom' | 'counts'>[];
  /** Release ids the search index in use was built from (empty while not seeded). */
  active: string[];
}

/** What each message answers with when it succeeds. */
export interface ResponseData {
  search: { ready: boolean; results: SearchResult[] };
  getSeedStatus: SeedStatus;
  reseed: SeedReport;
}

export type Response<T extends RequestType = RequestType> =
  { ok: true; data: ResponseData[T] } | { ok: false; error: string };
