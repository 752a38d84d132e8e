/**
 * What the Episode editor asks of the followed tab's content script: the episode details its site
 * profile reads (`getEpisodeDetails`) and "Fill" (`fillEpisode`), which writes the codes into the
 * EPR's coding fields. Answers are validated: the content script lives in a page the extension does not
 * control. Also builds the fill message from an episode. Contexts: extension pages.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { CodeLookup } from '@/lib/episode/findings';
import type { Episode } from '@/lib/episode/model';
import { diagnosisMarks } from '@/lib/episode/copy-out';
import {
  episodeDetailsAnswerSchema,
  fillEpisodeAnswerSchema,
  type ContentRequestOf,
  type EpisodeDetailsAnswer,
  type FillEpisodeAnswer,
} from '@/lib/messaging/content-protocol';

export type FillData = ContentRequestOf<'fillEpisode'>['data'];
export type Outcome<T> = { ok: true; data: T } | { ok: false; error: string };

export interface EpisodePageApi {
  details(tabId: number): Promise<Outcome<EpisodeDetailsAnswer>>;
  /** Only ever called from the coder's press of "Fill". */
  fill(tabId: number, data: FillData): Promise<Outcome<FillEpisodeAnswer>>;
}

const UNREACHABLE = 'The page cannot be reached: reload it and try again';

const answerOf = <T extends z.ZodType>(data: T) =>
  z.union([
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: z.string().max(500) }),
  ]);
const detailsAnswer = answerOf(episodeDetailsAnswerSchema);
const fillAnswer = answerOf(fillEpisodeAnswerSchema);

async function ask<T>(tabId: number, message: unknown, schema: z.ZodType<Outcome<T>>): Promise<Outcome<T>> {
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, message);
  } catch {
    // No content script in the tab (not an enabled site, or the page was reloaded meanwhile).
    return { ok: false, error: UNREACHABLE };
  }
  const parsed = schema.safeParse(answer);
  return parsed.success ? parsed.data : { ok: false, error: 'The page gave an answer Sidecoder cannot read' };
}

export function createEpisodePageApi(): EpisodePageApi {
  return {
    details: (tabId) => ask(tabId, { type: 'getEpisodeDetails', data: {} }, detailsAnswer),
    fill: (tabId, data) => ask(tabId, { type: 'fillEpisode', data }, fillAnswer),
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
