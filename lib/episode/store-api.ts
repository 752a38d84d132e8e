/**
 * What the Episode tab needs from the worklist store, as one interface, so the UI can be tested with
 * an in-memory store and wired to Dexie (lib/db/episodes.ts) in the panel. Pure types; any context.
 */
import type { EpisodeImportProblem } from './transfer';
import type { Episode, EpisodeStatus } from './model';

export interface EpisodeImportResult {
  added: number;
  updated: number;
  /** Episodes kept because the stored copy is as new or newer. */
  unchanged: number;
  problems: EpisodeImportProblem[];
}

export interface EpisodeStoreApi {
  /** Newest first; all statuses when none is given. */
  list(status?: EpisodeStatus): Promise<Episode[]>;
  get(id: string): Promise<Episode | undefined>;
  /** Validates and stores; rejects with the validation message. */
  save(episode: Episode): Promise<void>;
  delete(id: string): Promise<void>;
  /** The whole worklist as the JSON text of an episodes file. */
  exportJson(): Promise<string>;
  /** Takes in an episodes file; rejects with EpisodesFileError when the file is refused whole. */
  importJson(text: string): Promise<EpisodeImportResult>;
}
