/**
 * Messages the extension sends to this page's content script (tabs.sendMessage): validated with
 * zod and accepted only from this extension. Contexts: content script; unit tests.
 */
import {
  contentRequestSchema,
  type ContentRequestOf,
  type ContentResponse,
  type ContentResponseData,
} from '@/lib/messaging/content-protocol';

/** An error whose message is meant for the coder (the answer carries it; other errors give their name). */
export class ContentMessageError extends Error {
  override name = 'ContentMessageError';
}

export interface ContentHandlers {
  highlightMention(
    data: ContentRequestOf<'highlightMention'>['data'],
  ): ContentResponseData['highlightMention'];
  getSelection(): ContentResponseData['getSelection'];
  getEpisodeDetails(): ContentResponseData['getEpisodeDetails'];
  /** May throw ContentMessageError (e.g. the page's profile names no coding fields). */
  fillEpisode(data: ContentRequestOf<'fillEpisode'>['data']): ContentResponseData['fillEpisode'];
}

/**
 * Answers one message. Never throws: anything but a valid message from `extensionId` gets an error
 * answer (and no action).
 */
export function answerContentMessage(
  message: unknown,
  sender: { id?: string } | undefined,
  extensionId: string,
  handlers: ContentHandlers,
): ContentResponse {
  if (!sender || sender.id !== extensionId) return { ok: false, error: 'unknown sender' };
  const parsed = contentRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  try {
    const msg = parsed.data;
    switch (msg.type) {
      case 'highlightMention':
        return { ok: true, data: handlers.highlightMention(msg.data) };
      case 'getSelection':
        return { ok: true, data: handlers.getSelection() };
      case 'getEpisodeDetails':
        return { ok: true, data: handlers.getEpisodeDetails() };
      case 'fillEpisode':
        return { ok: true, data: handlers.fillEpisode(msg.data) };
    }
  } catch (err) {
    if (err instanceof ContentMessageError) return { ok: false, error: err.message };
    // Other errors may quote page content in their message: only the name travels.
    return { ok: false, error: err instanceof Error ? err.name : 'failed' };
  }
}
