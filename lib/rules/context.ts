/**
 * Builds the rule context: codes normalised to canonical form and looked up once, so each check
 * reads plain arrays. Pure; any context.
 */
import { canonicalCode } from '@/lib/classification/code-format';
import type { CodeEntry, System } from '@/lib/classification/model';
import type { CodedItem, CodeLookup, RuleContext, RuleEpisode } from './types';

function item(lookup: CodeLookup, system: System, raw: string, index: number): CodedItem {
  const code = canonicalCode(String(raw));
  const entry = code ? lookup.get(system, code) : undefined;
  return entry ? { index, raw, code: entry.code, entry } : { index, raw, code };
}

/** Normalise the episode's codes and look each one up in the release in force. */
export function buildContext(episode: RuleEpisode, lookup: CodeLookup): RuleContext {
  return {
    episode,
    lookup,
    diagnoses: episode.diagnoses.map((raw, i) => item(lookup, 'icd10', raw, i)),
    procedures: episode.procedures.map((raw, i) => item(lookup, 'opcs4', raw, i)),
  };
}

/** The list of coded items for a system. */
export function itemsOf(ctx: RuleContext, system: System): CodedItem[] {
  return system === 'icd10' ? ctx.diagnoses : ctx.procedures;
}

/**
 * A metadata field from the entry or, when the entry leaves it out, from its parent category:
 * a release may flag only the category (`G30` is the dagger, not `G30.9`).
 */
export function inherited<K extends 'sex' | 'minAge' | 'maxAge' | 'dagger' | 'partners' | 'limitSource'>(
  ctx: RuleContext,
  entry: CodeEntry,
  key: K,
): CodeEntry[K] | undefined {
  if (entry[key] !== undefined) return entry[key];
  if (entry.kind !== 'code' || !entry.parent) return undefined;
  const parent = ctx.lookup.get(entry.system, entry.parent);
  if (parent?.[key] !== undefined) return parent[key];
  // UK 5th-character codes hang under a 4-character code; look one level further.
  const grand =
    parent?.kind === 'code' && parent.parent ? ctx.lookup.get(entry.system, parent.parent) : undefined;
  return grand?.[key];
}

/** True for ICD-10 manifestation (asterisk) codes. */
export function isAsterisk(item: CodedItem): boolean {
  return item.entry?.asterisk === true;
}

/** True for OPCS-4 chapter Y and Z codes (method, approach, site, laterality). */
export function isSubsidiary(item: CodedItem): boolean {
  return item.entry?.secondaryOnly === true || /^[YZ]/.test(item.code ?? '');
}

/** True for OPCS-4 Z94 laterality codes. */
export function lateralityOf(item: CodedItem): string | undefined {
  return item.entry?.laterality ?? (item.code?.startsWith('Z94.') ? item.code : undefined);
}
