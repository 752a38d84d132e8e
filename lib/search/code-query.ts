/**
 * Queries by code: `J18.9`, `j189`, `I10X`, `S72.00`, or a prefix (`J18`, `J1`) to browse.
 * Pure; any context.
 */
import type { System } from '@/lib/classification/model';
import { canonicalCode, codeKey, looksLikeCode } from '@/lib/classification/code-format';
import { childrenKey, entryKey, type SearchIndex } from './index-model';

const PARTIAL_RE = /^[A-Za-z]\d(\d\.?)?$/;

/** True when the whole query is a code or a code prefix rather than words. */
export function isCodeQuery(query: string): boolean {
  const q = query.trim();
  return looksLikeCode(q) || PARTIAL_RE.test(q);
}

/**
 * Codes answering a code query, best first: the code itself, then its descendants in
 * classification order; for a partial code (`J1`), the categories it starts.
 */
export function codeQuery(index: SearchIndex, query: string, systems: System[]): number[] {
  const q = query.trim();
  const out: number[] = [];
  const canonical = looksLikeCode(q) ? canonicalCode(q) : null;
  for (const system of systems) {
    const exact = canonical ? index.byKey.get(entryKey(system, canonical)) : undefined;
    if (exact !== undefined) {
      out.push(exact);
      descendants(index, exact, out);
      continue;
    }
    const prefix = codeKey(q);
    const start = out.length;
    for (const i of index.children.get(childrenKey(system, prefix[0])) ?? []) {
      // OPCS categories hang under their chapter letter; ICD-10 under blocks.
      if (codeKey(index.codes[i]!.code).startsWith(prefix)) out.push(i);
    }
    if (system === 'icd10' && out.length === start) {
      index.codes.forEach((c, i) => {
        if (c.system === system && c.kind === 'category' && codeKey(c.code).startsWith(prefix)) {
          out.push(i);
        }
      });
    }
  }
  return out;
}

function descendants(index: SearchIndex, i: number, out: number[]): void {
  const c = index.codes[i]!;
  for (const k of index.children.get(childrenKey(c.system, c.code)) ?? []) {
    out.push(k);
    descendants(index, k, out);
  }
}
