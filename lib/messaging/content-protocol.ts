/**
 * Messages the extension (background, side panel) sends to a tab's content script with
 * tabs.sendMessage, one zod schema each. Contexts: any (pure). The content script accepts them only
 * from this extension (sender.id) and validates them like the background does.
 */
import { z } from 'zod';

/** Scroll to mention `index` of the page's `revision` and highlight it (no page content changes). */
export const highlightMentionMessage = z.object({
  type: z.literal('highlightMention'),
  data: z.strictObject({
    revision: z.number().int().min(0).max(1e9),
    index: z.number().int().min(0).max(10_000),
  }),
});

/** The page's current text selection (for "Code with Sidecoder" from the keyboard shortcut). */
export const getSelectionMessage = z.object({
  type: z.literal('getSelection'),
  data: z.strictObject({}),
});

export const contentRequestSchema = z.discriminatedUnion('type', [
  highlightMentionMessage,
  getSelectionMessage,
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;
export type ContentRequestType = ContentRequest['type'];
export type ContentRequestOf<T extends ContentRequestType> = Extract<ContentRequest, { type: T }>;

export interface ContentResponseData {
  /** `found` is false when the revision is stale or the mention's element is gone. */
  highlightMention: { found: boolean };
  /** At most SELECTION_MAX_CHARS characters; empty when nothing is selected. */
  getSelection: { text: string };
}

export type ContentResponse<T extends ContentRequestType = ContentRequestType> =
  { ok: true; data: ContentResponseData[T] } | { ok: false; error: string };
