/**
 * What the Episode editor asks of the followed tab's content script: the episode details its site
 * profile reads (`getEpisodeDetails`) and "Fill" (`fillEpisode`), which writes the codes into the
 * EPR's coding fields (askContent validates the answers). Also builds the fill message from an episode. Contexts: extension pages.
 */
import { browser } from 'wxt/browser';
import type { CodeLookup } from '@/lib/episode/findings';
import type { Episode } from '@/lib/episode/model';
import { diagnosisMarks } from '@/lib/episode/copy-out';
import { askContent, type TabsMessenger } from '@/lib/messaging/ask-content';
import type {
  ContentRequestOf,
  EpisodeDetailsAnswer,
  FillEpisodeAnswer,
} from '@/lib/messaging/content-protocol';

export type FillData = ContentRequestOf<'fillEpisode'>['data'];
export type Outcome<T> = { ok: true; data: T } | { ok: false; error: string };

export interface EpisodePageApi {
  details(tabId: number): Promise<Outcome<EpisodeDetailsAnswer>>;
  /** Only ever called from the coder's press of "Fill". */
  fill(tabId: number, data: FillData): Promise<Outcome<FillEpisodeAnswer>>;
}

export function createEpisodePageApi(api: TabsMessenger = browser): EpisodePageApi {
  return {
    details: (tabId) => askContent(api, tabId, { type: 'getEpisodeDetails', data: {} }),
    fill: (tabId, data) => askContent(api, tabId, { type: 'fillEpisode', data }),
  };
}

/**
 * The fill message for an episode, in sequence: a diagnosis heading a dagger/asterisk pair is the
 * dagger, an asterisk code is marked so, as in copy-out's NHS form.
 */
export function fillData(episode: Pick<Episode, 'diagnoses' | 'procedures'>, lookup: CodeLookup): FillData {
  const marks = diagnosisMarks(episode.diagnoses, lookup);
  return {
    diagnoses: episode.diagnoses.map((c, i) => ({
      code: c.code,
      ...(marks[i]?.dagger ? { dagger: true } : {}),
      ...(marks[i]?.asterisk ? { asterisk: true } : {}),
    })),
    procedures: episode.procedures.map((c) => ({ code: c.code })),
  };
}

/** The episode fields the page's details fill in (only those the page gave). */
export function detailsPatch(
  details: NonNullable<EpisodeDetailsAnswer['details']>,
): Partial<Pick<Episode, 'ref' | 'sex' | 'age' | 'admitted' | 'discharged'>> {
  const { ref, sex, age, admitted, discharged } = details;
  return {
    ...(ref ? { ref } : {}),
    ...(sex ? { sex } : {}),
    ...(age !== undefined ? { age } : {}),
    ...(admitted ? { admitted } : {}),
    ...(discharged ? { discharged } : {}),
  };
}
