/**
 * The one message protocol between contexts: a zod schema per message, types inferred from them.
 * Contexts: any (pure). Every message is `{ type, data }`; receivers validate with safeParse.
 */
import { z } from 'zod';
import { SECTION_KINDS } from '@/lib/extract/types';
import { SYSTEMS } from '@/lib/classification/model';
import type { StoredRelease } from '@/lib/db/schema';
import type { SeedProgress } from '@/lib/db/seed-progress';
import type { SearchResult } from '@/lib/search/types';
import type { SeedReport } from '@/lib/sync/seed';
import type { Suggestion } from '@/lib/suggest/types';
import type { Mention } from '@/lib/text/types';

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

/** Caps on what a content script may send about one page (the page may be hostile). */
export const PAGE_LIMITS = {
  url: 2048,
  mentions: 500,
  text: 500,
  list: 20,
  cue: 200,
  offset: 10_000_000,
  /** Sections and items a read may send for analysis; the extractor's 2 MB text cap bounds the text. */
  sections: 2_000,
  items: 20_000,
  itemText: 2_000_000,
  heading: 500,
} as const;

const bounded = (max: number) => z.string().max(max);
const offset = z.number().int().min(0).max(PAGE_LIMITS.offset);

/** One mention as lib/text finds it (see Mention), with every string and list bounded. */
export const mentionSchema = z.strictObject({
  text: bounded(PAGE_LIMITS.text).min(1),
  original: bounded(PAGE_LIMITS.text),
  kind: z.enum(['diagnosis', 'procedure']),
  status: z.enum(['affirmed', 'negated', 'uncertain', 'history', 'family']),
  laterality: z.enum(['left', 'right', 'bilateral']).optional(),
  section: z.enum(SECTION_KINDS),
  cues: z.array(bounded(PAGE_LIMITS.cue)).max(PAGE_LIMITS.list),
  qualifiers: z.array(bounded(PAGE_LIMITS.cue)).max(PAGE_LIMITS.list),
  expansions: z
    .array(z.strictObject({ abbr: bounded(PAGE_LIMITS.cue), expansion: bounded(PAGE_LIMITS.cue) }))
    .max(PAGE_LIMITS.list),
  item: offset,
  start: offset,
  end: offset,
});

// The schema and lib/text's Mention must describe the same thing, both ways.
type SchemaMention = z.infer<typeof mentionSchema>;
const _toMention = (m: SchemaMention): Mention => m;
const _fromMention = (m: Mention): SchemaMention => m;
void _toMention;
void _fromMention;

/**
 * A read's sections, for the background to analyse into mentions (lib/text runs there, where its code
 * stays compiled between pages, instead of cold in every page's content script). Page text: never
 * logged, never stored by this message; the answer's mentions come back in `pageMentions`.
 */
export const analyseSectionsMessage = z.object({
  type: z.literal('analyseSections'),
  data: z.strictObject({
    sections: z
      .array(
        z.strictObject({
          kind: z.enum(SECTION_KINDS),
          heading: bounded(PAGE_LIMITS.heading),
          items: z.array(
            z.strictObject({
              text: bounded(PAGE_LIMITS.itemText),
              label: bounded(PAGE_LIMITS.heading).optional(),
            }),
          ),
        }),
      )
      .max(PAGE_LIMITS.sections)
      .refine(
        (sections) => sections.reduce((n, s) => n + s.items.length, 0) <= PAGE_LIMITS.items,
        `at most ${PAGE_LIMITS.items} items in all`,
      ),
  }),
});

/**
 * The mentions a content script found on its page, sent once after load. The url is the page's
 * origin and path only (no query or fragment); no title, no page text beyond the mentions.
 */
export const pageMentionsMessage = z.object({
  type: z.literal('pageMentions'),
  data: z.strictObject({
    url: z
      .string()
      .max(PAGE_LIMITS.url)
      .refine((u) => !/[?#]/.test(u), 'must be origin and path only (no query or fragment)'),
    mentions: z.array(mentionSchema).max(PAGE_LIMITS.mentions),
    /** Counts up each time this page's content script sends; the side panel echoes it back. */
    revision: z.number().int().min(0).max(1e9),
    /** The content script's own measure of its read: for diagnostics and benchmarks. */
    stats: z
      .strictObject({
        ms: z.number().min(0).max(600_000),
        /** Of `ms`, the content script's own extraction (the rest is analysis and its messages). */
        extractMs: z.number().min(0).max(600_000).optional(),
        /** Of `ms`, the background's analysis (the rest is the two messages). */
        analyseMs: z.number().min(0).max(600_000).optional(),
        chars: z.number().int().min(0).max(1e9),
        truncated: z.boolean(),
      })
      .optional(),
  }),
});

/** The stored mentions of a tab, with their code suggestions (privileged). */
export const getPageMentionsMessage = z.object({
  type: z.literal('getPageMentions'),
  data: z.strictObject({ tabId: z.number().int().min(0) }),
});

export const requestSchema = z.discriminatedUnion('type', [
  searchMessage,
  getSeedStatusMessage,
  reseedMessage,
  analyseSectionsMessage,
  pageMentionsMessage,
  getPageMentionsMessage,
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Who may send each message: content scripts are unprivileged; 'extension' means our own pages. */
export const REQUIRED_TIER: Record<RequestType, 'content' | 'extension'> = {
  search: 'content',
  getSeedStatus: 'content',
  reseed: 'extension',
  analyseSections: 'content',
  pageMentions: 'content',
  getPageMentions: 'extension',
};

export interface SeedStatus {
  progress: SeedProgress;
  releases: Pick<StoredRelease, 'id' | 'system' | 'version' | 'status' | 'effectiveFrom' | 'counts'>[];
  /** Release ids the search index in use was built from (empty while not seeded). */
  active: string[];
}

export type PageMentionsData = z.infer<typeof pageMentionsMessage>['data'];
export type SectionsForAnalysis = z.infer<typeof analyseSectionsMessage>['data']['sections'];

/** Where a mention's text is on the page: its section and item in the read's sections. */
export interface MentionAnchor {
  section: number;
  item: number;
}

export type SuggestedMention = Mention & { suggestions: Suggestion[] };

/** What a trainee badge shows of a suggestion. */
export type BadgeSuggestion = Pick<Suggestion, 'code' | 'system' | 'title' | 'reason' | 'role' | 'flags'>;

/**
 * storage.session key of the text the user chose to code ("Code with Sidecoder" or the shortcut);
 * the side panel shows it analysed. Value: CodeSelection.
 */
export const SELECTION_KEY = 'codeSelection';
export interface CodeSelection {
  tabId: number;
  /** The selected text, at most SELECTION_MAX_CHARS. Page text: never logged. */
  text: string;
  at: number;
}
export const SELECTION_MAX_CHARS = 5000;

/** What the background keeps per tab (in storage.session) and answers `getPageMentions` with. */
export interface StoredPageMentions {
  url: string;
  /** The content script's revision these mentions came from (see pageMentionsMessage). */
  revision: number;
  stats?: PageMentionsData['stats'];
  /** Milliseconds the background took to suggest codes for every mention. */
  suggestMs?: number;
  /** When the content script sent them (ms since the epoch). */
  at: number;
  /** False while the store was not seeded when they arrived; filled in on the next read. */
  suggested: boolean;
  mentions: SuggestedMention[];
}

/** What each message answers with when it succeeds. */
export interface ResponseData {
  search: { ready: boolean; results: SearchResult[] };
  getSeedStatus: SeedStatus;
  reseed: SeedReport;
  /** Bounded mentions (as `pageMentions` takes them), each with its anchor; `ms` the analysis took. */
  analyseSections: { mentions: Mention[]; anchors: MentionAnchor[]; ms: number };
  /** `stored` is false when the sender was not in a tab (nothing to key it by). */
  /**
   * `suggestions[i]` are the top three suggestions for mention i, for trainee badges (empty lists
   * while the store is not seeded: `suggested` is then false and the content script may send again).
   */
  pageMentions: { stored: boolean; mentions: number; suggested: boolean; suggestions: BadgeSuggestion[][] };
  getPageMentions: { page: StoredPageMentions | null };
}

export type Response<T extends RequestType = RequestType> =
  { ok: true; data: ResponseData[T] } | { ok: false; error: string };
