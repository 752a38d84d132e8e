/**
 * Edits of an episode's code lists as the Episode tab makes them: resolving a typed or incoming code
 * against the classification, and adding it in sequence. Pure; any context.
 */
import { canonicalCode } from '@/lib/classification/code-format';
import { SYSTEM_LABELS } from '@/lib/classification/model';
import type { CodeLookup } from './findings';
import { LIST_SYSTEM, type CodeListKey, type CodeOrigin, type Episode, type EpisodeCode } from './model';
import { addCode, type SequenceContext } from './sequence';

export const LIST_LABELS: Record<CodeListKey, string> = { diagnoses: 'diagnoses', procedures: 'procedures' };

export function listContext(key: CodeListKey, lookup: CodeLookup): SequenceContext {
  return { system: LIST_SYSTEM[key], lookup };
}

export type Resolved = { ok: true; item: EpisodeCode } | { ok: false; message: string };

/** A typed code checked against the release in use: code-shaped, known, and valid for coding. */
export function resolveCode(
  input: string,
  key: CodeListKey,
  lookup: CodeLookup,
  source: CodeOrigin = 'typed',
): Resolved {
  const typed = input.trim();
  const system = LIST_SYSTEM[key];
  const code = canonicalCode(typed);
  if (!code)
    return {
      ok: false,
      message: `“${typed}” is not a code (e.g. ${system === 'icd10' ? 'J18.9' : 'W37.1'}).`,
    };
  const entry = lookup.get(system, code);
  if (!entry) return { ok: false, message: `${code} is not in the ${SYSTEM_LABELS[system]} release in use.` };
  if (!entry.validForCoding)
    return { ok: false, message: `${code} is a category: choose one of its subdivisions.` };
  return { ok: true, item: { code, title: entry.title, source } };
}

export type Added = { ok: true; episode: Episode; index: number } | { ok: false; message: string };

/** Adds a resolved code in sequence (an asterisk after its dagger); refuses a duplicate. */
export function addToEpisode(e: Episode, key: CodeListKey, item: EpisodeCode, lookup: CodeLookup): Added {
  if (e[key].some((c) => c.code === item.code))
    return { ok: false, message: `${item.code} is already in the ${LIST_LABELS[key]}.` };
  const { list, index } = addCode(e[key], item, listContext(key, lookup));
  return { ok: true, episode: { ...e, [key]: list }, index };
}
