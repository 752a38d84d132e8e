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

/** The episode details the page's site profile points at (reference, sex, age, dates). */
export const getEpisodeDetailsMessage = z.object({
  type: z.literal('getEpisodeDetails'),
  data: z.strictObject({}),
});

/** A canonical dotted code (`J18.9`, `I10`, `W37.1`); the content script formats it for the EPR. */
const canonicalCode = z.string().regex(/^[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?$/, 'a canonical code such as J18.9');

/** Maximum codes per list in one fill. */
export const FILL_MAX_CODES = 50;

/**
 * "Fill": write these codes (primary diagnosis first) into the EPR's coding fields named by the site
 * profile, in the profile's format. Sent only when the coder presses Fill.
 */
export const fillEpisodeMessage = z.object({
  type: z.literal('fillEpisode'),
  data: z.strictObject({
    diagnoses: z
      .array(
        z.strictObject({
          code: canonicalCode,
          dagger: z.boolean().optional(),
          asterisk: z.boolean().optional(),
        }),
      )
      .max(FILL_MAX_CODES),
    procedures: z.array(z.strictObject({ code: canonicalCode })).max(FILL_MAX_CODES),
  }),
});

export const contentRequestSchema = z.discriminatedUnion('type', [
  highlightMentionMessage,
  getSelectionMessage,
  getEpisodeDetailsMessage,
  fillEpisodeMessage,
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;
export type ContentRequestType = ContentRequest['type'];
export type ContentRequestOf<T extends ContentRequestType> = Extract<ContentRequest, { type: T }>;

export interface ContentResponseData {
  /** `found` is false when the revision is stale or the mention's element is gone. */
  highlightMention: { found: boolean };
  /** At most SELECTION_MAX_CHARS characters; empty when nothing is selected. */
  getSelection: { text: string };
  getEpisodeDetails: EpisodeDetailsAnswer;
  fillEpisode: FillEpisodeAnswer;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * `getEpisodeDetails` answer, for the side panel to validate (a content script lives in a page the
 * extension does not control). `profile` is the matching profile's id (null: none, or the site is
 * switched off); `details` is null when that profile has no `episode` part; `fillable` says whether
 * the profile names coding fields for Fill.
 */
export const episodeDetailsAnswerSchema = z.strictObject({
  profile: z.string().max(64).nullable(),
  details: z
    .strictObject({
      ref: z.string().max(200).optional(),
      /** Why a reference on the page was not taken (it looked like a patient identifier). */
      refRefused: z.string().max(300).optional(),
      sex: z.enum(['male', 'female']).optional(),
      age: z.number().int().min(0).max(130).optional(),
      admitted: isoDate.optional(),
      discharged: isoDate.optional(),
    })
    .nullable(),
  fillable: z.boolean(),
});
export type EpisodeDetailsAnswer = z.infer<typeof episodeDetailsAnswerSchema>;

/**
 * `fillEpisode` answer: fields written, codes that had no field left (more codes than positions) and
 * profile selectors that matched no writable field (missing, read-only or disabled).
 */
export const fillEpisodeAnswerSchema = z.strictObject({
  filled: z.number().int().min(0),
  overflow: z.array(z.string().max(20)).max(2 * FILL_MAX_CODES),
  missing: z.array(z.string().max(500)).max(60),
});
export type FillEpisodeAnswer = z.infer<typeof fillEpisodeAnswerSchema>;

/** The refusal when the page's profile names no coding fields. */
export const NO_FILL_ERROR = 'This site has no coding fields set up for Fill';

export type ContentResponse<T extends ContentRequestType = ContentRequestType> =
  { ok: true; data: ContentResponseData[T] } | { ok: false; error: string };
