/**
 * Text the coder chose to code ("Code with Sidecoder" from the context menu or the shortcut): read
 * from storage.session, kept newest first, and analysed like a free-text section of a page.
 * Pure; extension pages. The text is page text: never logged.
 */
import { z } from 'zod';
import { SELECTION_MAX_CHARS, type CodeSelection, type SuggestedMention } from '@/lib/messaging/protocol';
import type { SearchIndex } from '@/lib/search/index-model';
import { suggestForMention } from '@/lib/suggest/suggest';
import { analyseText } from '@/lib/text/analyse';

/** Selections the panel keeps on show at once. */
export const SELECTIONS_SHOWN = 5;

const selectionSchema = z.object({
  tabId: z.number().int().min(-1),
  text: z.string().min(1).max(SELECTION_MAX_CHARS),
  at: z.number().min(0),
});

/** The stored selection, or null when absent or malformed (storage is validated like a message). */
export function parseSelection(value: unknown): CodeSelection | null {
  const parsed = selectionSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const sameSelection = (a: CodeSelection, b: CodeSelection) =>
  a.at === b.at && a.tabId === b.tabId && a.text === b.text;

/** The list with `sel` first (once), at most SELECTIONS_SHOWN long. */
export function addSelection(list: readonly CodeSelection[], sel: CodeSelection): CodeSelection[] {
  return [sel, ...list.filter((s) => !sameSelection(s, sel))]
    .sort((a, b) => b.at - a.at)
    .slice(0, SELECTIONS_SHOWN);
}

export function dismissSelection(list: readonly CodeSelection[], sel: CodeSelection): CodeSelection[] {
  return list.filter((s) => !sameSelection(s, sel));
}

/** The selection's mentions with their suggestions; empty suggestions until an index is loaded. */
export function analyseSelection(index: SearchIndex | null, text: string): SuggestedMention[] {
  return analyseText(text, 'free-text').map((m) => ({
    ...m,
    suggestions: index ? suggestForMention(index, m) : [],
  }));
}
