/**
 * Asking a tab's content script something (tabs.sendMessage) and validating its answer: the content
 * script lives in a page the extension does not control, so an answer is data to check like any
 * message crossing a context boundary. One helper for every asker (side panel, background).
 * Contexts: extension pages and the background.
 */
import { z } from 'zod';
import {
  episodeDetailsAnswerSchema,
  fillEpisodeAnswerSchema,
  type ContentRequestOf,
  type ContentRequestType,
  type ContentResponseData,
} from './content-protocol';
import { SELECTION_MAX_CHARS } from './protocol';

/** What a well-formed answer to each request carries. */
const ANSWER_DATA: { [T in ContentRequestType]: z.ZodType<ContentResponseData[T]> } = {
  highlightMention: z.object({ found: z.boolean() }),
  getSelection: z.object({ text: z.string().max(SELECTION_MAX_CHARS) }),
  getEpisodeDetails: episodeDetailsAnswerSchema,
  fillEpisode: fillEpisodeAnswerSchema,
};

export type ContentOutcome<T> =
  | { ok: true; data: T }
  /** `unreachable`: no content script answered (not an enabled site, or the page was reloaded). */
  | { ok: false; unreachable: boolean; error: string };

export const UNREACHABLE = 'The page cannot be reached: reload it and try again';
export const UNREADABLE = 'The page gave an answer Sidecoder cannot read';

/** The part of the browser API used (injected in tests). */
export interface TabsMessenger {
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
}

/** Sends `request` to the tab's content script (the top frame with `frameId: 0`) and checks the answer. */
export async function askContent<T extends ContentRequestType>(
  api: TabsMessenger,
  tabId: number,
  request: ContentRequestOf<T>,
  options?: { frameId?: number },
): Promise<ContentOutcome<ContentResponseData[T]>> {
  let answer: unknown;
  try {
    answer = await (options
      ? api.tabs.sendMessage(tabId, request, options)
      : api.tabs.sendMessage(tabId, request));
  } catch {
    return { ok: false, unreachable: true, error: UNREACHABLE };
  }
  const schema = z.union([
    z.object({ ok: z.literal(true), data: ANSWER_DATA[request.type as T] }),
    z.object({ ok: z.literal(false), error: z.string().max(500) }),
  ]) as z.ZodType<{ ok: true; data: ContentResponseData[T] } | { ok: false; error: string }>;
  const parsed = schema.safeParse(answer);
  if (!parsed.success) return { ok: false, unreachable: false, error: UNREADABLE };
  return parsed.data.ok ? parsed.data : { ok: false, unreachable: false, error: parsed.data.error };
}
