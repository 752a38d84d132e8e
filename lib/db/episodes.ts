/**
 * The coder's worklist of episodes in the `episodes` table (schema v4). Implements the Episode tab's
 * EpisodeStoreApi over Dexie. Contexts: extension pages (and the background); never content scripts.
 *
 * Every episode is checked with the zod schema on the way in (save, import) and on the way out, so a
 * row damaged or written by another build never reaches the editor; such rows are left out of lists.
 */
import { episodeSchema, type Episode, type EpisodeStatus } from '@/lib/episode/model';
import type { EpisodeImportResult, EpisodeStoreApi } from '@/lib/episode/store-api';
import { isNewer, readEpisodesFile, toEpisodesFile } from '@/lib/episode/transfer';
import { getDb } from './repository';
import type { SidecoderDb } from './schema';

/** Thrown by save when an episode fails the schema; the message says which field and why. */
export class EpisodeValidationError extends Error {
  override name = 'EpisodeValidationError';
}

function validate(episode: unknown): Episode {
  const r = episodeSchema.safeParse(episode);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new EpisodeValidationError(`${issue?.path.join('.') || 'episode'}: ${issue?.message}`);
}

const readable = (row: unknown): Episode | undefined => {
  const r = episodeSchema.safeParse(row);
  return r.success ? r.data : undefined;
};

export function createEpisodeStore(
  db: SidecoderDb = getDb(),
  now: () => Date = () => new Date(),
): EpisodeStoreApi {
  const all = async (): Promise<Episode[]> =>
    (await db.episodes.orderBy('updatedAt').reverse().toArray()).flatMap((r) => readable(r) ?? []);

  return {
    async list(status?: EpisodeStatus) {
      if (!status) return all();
      const rows = await db.episodes.where('status').equals(status).reverse().sortBy('updatedAt');
      return rows.flatMap((r) => readable(r) ?? []);
    },

    async get(id) {
      return readable(await db.episodes.get(id));
    },

    async save(episode) {
      await db.episodes.put(validate(episode));
    },

    async delete(id) {
      await db.episodes.delete(id);
    },

    async exportJson() {
      return JSON.stringify(toEpisodesFile(await all(), now()), null, 2);
    },

    async importJson(text): Promise<EpisodeImportResult> {
      const { episodes, problems } = readEpisodesFile(text);
      const result: EpisodeImportResult = { added: 0, updated: 0, unchanged: 0, problems };
      await db.transaction('rw', db.episodes, async () => {
        for (const incoming of episodes) {
          const existing = readable(await db.episodes.get(incoming.id));
          if (!isNewer(incoming, existing)) {
            result.unchanged++;
            continue;
          }
          await db.episodes.put(incoming);
          if (existing) result.updated++;
          else result.added++;
        }
      });
      return result;
    },
  };
}
