/**
 * Code lookup and hierarchy navigation over a search index. Pure; any context.
 */
import type { CodeEntry, System } from '@/lib/classification/model';
import type { PathNode } from './types';
import { childrenKey, entryKey, type SearchIndex } from './index-model';

/** Derives lookups, children lists and default leaves from the code list (done on build and load). */
export function deriveHierarchy(
  codes: CodeEntry[],
): Pick<SearchIndex, 'byKey' | 'children' | 'defaultChild' | 'unspecified'> {
  const byKey = new Map<string, number>();
  const children = new Map<string, number[]>();
  const unspecified = new Uint8Array(codes.length);
  const count = (t: string): number => t.match(/\bunspecified\b/gi)?.length ?? 0;
  codes.forEach((c, i) => {
    byKey.set(entryKey(c.system, c.code), i);
    const k = childrenKey(c.system, c.parent);
    const list = children.get(k);
    if (list) list.push(i);
    else children.set(k, [i]);
  });
  // "Unspecified" must be this code's own subdivision: M10.90 "Gout, unspecified (Multiple
  // sites)" only inherits the word from M10.9, while M10.99 "(Site unspecified)" adds it.
  codes.forEach((c, i) => {
    const n = count(c.title);
    const parent = c.parent ? byKey.get(entryKey(c.system, c.parent)) : undefined;
    const inherited = parent === undefined ? 0 : count(codes[parent]!.title);
    if ((n > 0 && (/9$/.test(c.code) || n > inherited)) || (c.system === 'opcs4' && /\.9$/.test(c.code))) {
      unspecified[i] = 1;
    }
  });
  const defaultChild = new Int32Array(codes.length).fill(-1);
  codes.forEach((c, i) => {
    if (c.validForCoding || (c.kind !== 'category' && c.kind !== 'code')) return;
    const kids = children.get(childrenKey(c.system, c.code));
    if (!kids?.length) return;
    // The unspecified subdivision if there is one, else the most used one (UK 5th characters such
    // as S72.00 "closed"), else the first.
    let best =
      kids.find((k) => unspecified[k] && /9$/.test(codes[k]!.code)) ?? kids.find((k) => unspecified[k]) ?? -1;
    if (best < 0) {
      best = kids[0]!;
      for (const k of kids) if ((codes[k]!.usage ?? 0) > (codes[best]!.usage ?? 0)) best = k;
    }
    defaultChild[i] = best;
  });
  return { byKey, children, defaultChild, unspecified };
}

/** The entry for a code typed in any accepted form (`J18.9`, `j189`, `I10X`), or undefined. */
export function getEntry(index: SearchIndex, system: System, code: string): CodeEntry | undefined {
  const i = index.byKey.get(entryKey(system, code));
  return i === undefined ? undefined : index.codes[i];
}

/** Children of a node in classification order; `null` gives the chapters. */
export function childrenOf(index: SearchIndex, system: System, parent: string | null): CodeEntry[] {
  return (index.children.get(childrenKey(system, parent)) ?? []).map((i) => index.codes[i]!);
}

/** Ancestors of a code from its chapter down to its parent (the code itself excluded). */
export function pathOf(index: SearchIndex, system: System, code: string): PathNode[] {
  const path: PathNode[] = [];
  let entry = getEntry(index, system, code);
  for (let guard = 0; entry?.parent && guard < 10; guard++) {
    entry = getEntry(index, system, entry.parent);
    if (entry) path.unshift({ code: entry.code, title: entry.title, kind: entry.kind });
  }
  return path;
}
