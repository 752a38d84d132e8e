/**
 * The worklist's JSON file: a versioned envelope around the episodes, and the rules for taking a file
 * in. Pure; any context (lib/db/episodes.ts does the storing).
 *
 * A file whose envelope is wrong is refused whole; inside a good envelope each episode is checked on
 * its own, so one bad episode is listed without losing the rest. A stored episode is never replaced by
 * an older copy of itself.
 */
import { z } from 'zod';
import { episodeSchema, type Episode } from './model';

export const EPISODES_FORMAT = 'sidecoder-episodes';
export const EPISODES_FILE_VERSION = 1;
/** A worklist is a few hundred episodes; far more means the wrong file. */
export const MAX_IMPORT_EPISODES = 10_000;

export interface EpisodesFile {
  format: typeof EPISODES_FORMAT;
  version: typeof EPISODES_FILE_VERSION;
  exported: string;
  episodes: Episode[];
}

const envelopeSchema = z.object({
  format: z.literal(EPISODES_FORMAT),
  version: z.literal(EPISODES_FILE_VERSION),
  exported: z.iso.datetime(),
  episodes: z.array(z.unknown()).max(MAX_IMPORT_EPISODES),
});

/** Thrown when a file is not a Sidecoder episodes file of a version this build reads. */
export class EpisodesFileError extends Error {
  override name = 'EpisodesFileError';
}

/** One episode of a file that could not be taken in (by position: its ref may be an identifier). */
export interface EpisodeImportProblem {
  index: number;
  message: string;
}

export function toEpisodesFile(episodes: Episode[], now: Date = new Date()): EpisodesFile {
  return { format: EPISODES_FORMAT, version: EPISODES_FILE_VERSION, exported: now.toISOString(), episodes };
}

/** Reads a file's text: the valid episodes and the problems of the rest. Throws EpisodesFileError. */
export function readEpisodesFile(text: string): { episodes: Episode[]; problems: EpisodeImportProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new EpisodesFileError('The file is not JSON. Choose a file exported from the Sidecoder worklist.');
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const format = (json as { format?: unknown } | null)?.format;
    const version = (json as { version?: unknown } | null)?.version;
    if (format !== EPISODES_FORMAT)
      throw new EpisodesFileError(
        'This is not a Sidecoder episodes file (its "format" is not sidecoder-episodes).',
      );
    if (version !== EPISODES_FILE_VERSION)
      throw new EpisodesFileError(
        `This episodes file is version ${String(version)}; this Sidecoder reads version ${EPISODES_FILE_VERSION}.`,
      );
    const issue = envelope.error.issues[0];
    throw new EpisodesFileError(
      `The episodes file is malformed: ${issue?.path.join('.') || 'file'}: ${issue?.message}`,
    );
  }
  const episodes: Episode[] = [];
  const problems: EpisodeImportProblem[] = [];
  envelope.data.episodes.forEach((raw, index) => {
    const r = episodeSchema.safeParse(raw);
    if (r.success) episodes.push(r.data);
    else {
      const issue = r.error.issues[0];
      problems.push({ index, message: `${issue?.path.join('.') || 'episode'}: ${issue?.message}` });
    }
  });
  return { episodes, problems };
}

/** Should `incoming` replace `existing` (same id)? Only when it is newer. */
export function isNewer(incoming: Episode, existing: Episode | undefined): boolean {
  return !existing || Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt);
}
