/**
 * Reads a tab's stored mentions straight from a storage.session change, so a live update needs no
 * round trip through the background (a 500-mention page is a few hundred kB each way). The value is
 * checked with zod like a message: storage is shared with other contexts. Extension pages.
 */
import { z } from 'zod';
import { SYSTEMS } from '@/lib/classification/model';
import { mentionSchema, type StoredPageMentions } from '@/lib/messaging/protocol';

const suggestionSchema = z.object({
  code: z.string().max(12),
  system: z.enum(SYSTEMS),
  title: z.string().max(1000),
  score: z.number(),
  reason: z.string().max(1000),
  role: z.enum(['main', 'history', 'family', 'laterality', 'approach']),
  flags: z.object({ uncertain: z.boolean().optional(), secondaryOnly: z.boolean().optional() }).optional(),
});

const storedPageSchema = z.object({
  url: z.string(),
  revision: z.number().int().min(0),
  at: z.number(),
  suggested: z.boolean(),
  suggestMs: z.number().optional(),
  stats: z.object({ ms: z.number(), chars: z.number(), truncated: z.boolean() }).optional(),
  mentions: z.array(mentionSchema.extend({ suggestions: z.array(suggestionSchema) })),
});

/**
 * What a storage change of a tab's key means for the panel: the new page when it is complete, null
 * when the tab's mentions were removed, and 'reread' when the background must be asked (suggestions
 * not filled in yet, or a value this panel does not understand).
 */
export function pageFromChange(newValue: unknown): StoredPageMentions | null | 'reread' {
  if (newValue === undefined) return null;
  const parsed = storedPageSchema.safeParse(newValue);
  if (!parsed.success || !parsed.data.suggested) return 'reread';
  return parsed.data as StoredPageMentions;
}
