/**
 * A simple list of codes for the episode, kept in storage.local under `episodeDraft` so every panel
 * shares it and it survives closing the panel. A stand-in until the full episode builder (issue 4)
 * replaces it. Pure helpers plus the storage key; extension pages.
 */
import { z } from 'zod';
import { SYSTEMS } from '@/lib/classification/model';

export const EPISODE_DRAFT_KEY = 'episodeDraft';
/** More than any episode needs; keeps a runaway list bounded. */
export const EPISODE_DRAFT_MAX = 100;

const draftCode = z.object({
  code: z.string().min(1).max(12),
  system: z.enum(SYSTEMS),
  title: z.string().max(500),
});
export const episodeDraftSchema = z.object({ codes: z.array(draftCode).max(EPISODE_DRAFT_MAX) });
export type EpisodeDraft = z.infer<typeof episodeDraftSchema>;
export type DraftCode = EpisodeDraft['codes'][number];

export const EMPTY_DRAFT: EpisodeDraft = { codes: [] };

/** The stored draft read leniently: anything malformed counts as empty. */
export function parseDraft(value: unknown): EpisodeDraft {
  const parsed = episodeDraftSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_DRAFT;
}

const same = (a: Pick<DraftCode, 'code' | 'system'>, b: Pick<DraftCode, 'code' | 'system'>) =>
  a.code === b.code && a.system === b.system;

export function hasCode(draft: EpisodeDraft, c: Pick<DraftCode, 'code' | 'system'>): boolean {
  return draft.codes.some((d) => same(d, c));
}

/** The draft with the code appended (unchanged when it is already there or the list is full). */
export function addCode(draft: EpisodeDraft, c: DraftCode): EpisodeDraft {
  if (hasCode(draft, c) || draft.codes.length >= EPISODE_DRAFT_MAX) return draft;
  return { codes: [...draft.codes, { code: c.code, system: c.system, title: c.title }] };
}

export function removeCode(draft: EpisodeDraft, c: Pick<DraftCode, 'code' | 'system'>): EpisodeDraft {
  return { codes: draft.codes.filter((d) => !same(d, c)) };
}

/** "Copy all": one code per line, each shown by `display` (the panel's chosen format). */
export function draftText(draft: EpisodeDraft, display: (c: DraftCode) => string): string {
  return draft.codes.map(display).join('\n');
}

/** The part of a storage area the draft needs (storage.local, or a stand-in in tests). */
export interface DraftArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

let pending: Promise<unknown> = Promise.resolve();

/**
 * Read, edit and write the stored draft. Edits from this page run one after another, so two quick
 * clicks both land (a stale copy in the UI would otherwise overwrite the first).
 */
export function updateDraft(area: DraftArea, edit: (d: EpisodeDraft) => EpisodeDraft): Promise<EpisodeDraft> {
  const run = pending.then(async () => {
    const next = edit(parseDraft((await area.get(EPISODE_DRAFT_KEY))[EPISODE_DRAFT_KEY]));
    await area.set({ [EPISODE_DRAFT_KEY]: next });
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}
