/**
 * Codes for a mention: `suggestForMention` from lib/suggest when it exists, else a direct search
 * (diagnosis → ICD-10, procedure → OPCS-4) on the mention's text, as the brief allows meanwhile.
 */
import { search, type SearchIndex } from '@/lib/search';
import type { Mention } from '@/lib/text/types';

type SuggestFn = (index: SearchIndex, mention: Mention) => unknown;

/** Loose shape of a suggestion: only the code and whether it is a supplementary (Y/Z) code matter. */
interface SuggestionLike {
  code?: string;
  supplementary?: boolean;
  role?: string;
}

/** Resolve lib/suggest at run time so this script works before and after it lands. */
export async function loadSuggest(): Promise<{
  name: string;
  top3: (i: SearchIndex, m: Mention) => string[];
}> {
  for (const path of ['@/lib/suggest', '@/lib/suggest/suggest']) {
    const fn = await tryImport(path);
    if (fn) {
      return {
        name: `suggestForMention (${path})`,
        top3: (i, m) => mainCodes(fn(i, m)).slice(0, 3),
      };
    }
  }
  return {
    name: 'direct search (lib/suggest not found)',
    top3: (i, m) =>
      m.status === 'negated'
        ? []
        : search(i, m.text, { system: m.kind === 'procedure' ? 'opcs4' : 'icd10', limit: 3 }).map(
            (r) => r.code,
          ),
  };
}

async function tryImport(path: string): Promise<SuggestFn | null> {
  try {
    const mod = (await import(path)) as { suggestForMention?: SuggestFn };
    return typeof mod.suggestForMention === 'function' ? mod.suggestForMention : null;
  } catch {
    return null; // Not landed yet (or no index module): try the next path, then direct search.
  }
}

/** Supplementary OPCS-4 roles (Z94 laterality, Y approach) are never a mention's main code. */
const SUPPLEMENTARY_ROLES = new Set(['laterality', 'approach', 'supplementary']);

function mainCodes(result: unknown): string[] {
  const list = Array.isArray(result)
    ? result
    : ((result as { suggestions?: unknown[] } | null)?.suggestions ?? []);
  return (list as SuggestionLike[])
    .filter((s) => typeof s.code === 'string' && !s.supplementary && !SUPPLEMENTARY_ROLES.has(s.role ?? ''))
    .map((s) => s.code!);
}
