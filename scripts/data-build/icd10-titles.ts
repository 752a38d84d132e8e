/**
 * Node-only (data build): ICD-10 titles that read alone, preferring the 5th-edition wording of the
 * usage tables. Subdivision-only titles are composed with their category's title.
 */
import type { CodeEntry } from '@/lib/classification/model';
import { composeTitle, learnCommonWords, splitComposed } from '@/lib/classification/titles';
import type { UsageRow } from './usage';

const SUBDIVISION_LEAD = /^(With|Without)\b/;
/** Misspellings in the public source titles (UK Biobank coding 19). */
const TYPOS: [RegExp, string][] = [
  [/\bmyicardial\b/g, 'myocardial'],
  [/\binfaction\b/g, 'infarction'],
];

/** Rewrite `codes[].title` in place; returns how many titles changed. */
export function applyIcd10Titles(codes: CodeEntry[], usage: Map<string, UsageRow>): number {
  const isCommon = learnCommonWords([
    ...codes.map((c) => c.title),
    ...[...usage.values()].map((u) => u.title ?? ''),
  ]);
  const byCode = new Map(codes.map((c) => [c.code, c]));
  // Category heads as the usage table writes them ("Type 2 diabetes mellitus - With coma").
  const heads = new Map<string, Map<string, number>>();
  // Categories whose subdivisions the usage table composes: their ukb child titles are subdivision-only.
  for (const c of codes) {
    const u = usage.get(c.code)?.title;
    const split = u && c.kind === 'code' && c.parent ? splitComposed(u) : null;
    if (!split) continue;
    const m = heads.get(c.parent!) ?? new Map<string, number>();
    m.set(split.head, (m.get(split.head) ?? 0) + 1);
    heads.set(c.parent!, m);
  }
  const headOf = (cat: string) => {
    const m = heads.get(cat);
    return m ? [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0] : undefined;
  };
  let changed = 0;
  for (const c of codes) for (const [re, fix] of TYPOS) c.title = c.title.replace(re, fix);
  const set = (c: CodeEntry, t: string) => {
    if (t && t !== c.title) {
      c.title = t;
      changed++;
    }
  };
  // Categories first, so codes can compose with the final category title.
  for (const c of codes) {
    if (c.kind !== 'category') continue;
    const u = usage.get(c.code)?.title;
    set(c, u ?? headOf(c.code) ?? c.title);
  }
  for (const c of codes) {
    if (c.kind !== 'code') continue;
    const u = usage.get(c.code)?.title;
    const split = u ? splitComposed(u) : null;
    if (split) set(c, composeTitle(split.head, split.sub, isCommon));
    else if (u) set(c, u);
    else {
      const parent = c.parent ? byCode.get(c.parent) : undefined;
      const head = c.parent ? headOf(c.parent) : undefined;
      if (parent && (head || SUBDIVISION_LEAD.test(c.title)) && !c.title.startsWith(parent.title)) {
        set(c, composeTitle(head ?? parent.title, c.title, isCommon));
      }
    }
  }
  return changed;
}
