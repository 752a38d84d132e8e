/**
 * Node-only (data build): a meaning check on the CM -> UK truncation. ICD-10-CM re-used or re-arranged
 * some 4th characters (CM R65.2 "Severe sepsis" is UK R65.2 "SIRS of non-infectious origin without
 * organ failure"), so a CM term is only given to the UK code its truncation reaches when the two
 * titles say the same thing. Siblings share their parent's words, so the comparison is of what sets
 * each code apart from its 3-character category (its distinctive words). Where the CM code differs,
 * the term moves to the one UK sibling whose title clearly matches the CM code's title, or is dropped.
 */
import type { CodeEntry } from '@/lib/classification/model';
import type { CmMapper } from './cm-map';
import { contentWords, dice, distinctive, overlap } from './cm-words';

/**
 * Minimum Dice similarity of distinctive words: at least half the words, on balance, in common. A
 * single distinctive word each ("chronic" vs "permanent") must then match exactly.
 */
export const SAME_MEANING = 0.5;

/** Whole titles this close (at most one content word in five differs) say the same thing. */
export const CLOSE_TITLE = 0.8;

const RESIDUAL = /\b(other|unspecified)\b/i;

/** How each mapping was decided, counted per call (one call per term). */
export type GuardRule =
  'same-code' | 'title-match' | 'no-cm-title' | 'remapped' | 'dropped-category' | 'dropped-code';

export interface CmGuard {
  map: CmMapper;
  counts: Record<GuardRule, number>;
  /** Per CM code, the decision (for reports and spot checks). */
  decisions: Map<string, { rule: GuardRule; uk?: string; truncated?: string }>;
}

const dotted = (raw: string) => {
  const c = raw
    .trim()
    .toUpperCase()
    .replace(/[.-]+$/, '');
  return c.length > 3 && c[3] !== '.' ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
};

/** Wrap a truncating mapper with the meaning check. `cmTitles` maps dotted CM codes to titles. */
export function createCmGuard(base: CmMapper, uk: CodeEntry[], cmTitles: Map<string, string>): CmGuard {
  const ukTitle = new Map(uk.map((c) => [c.code, c.title]));
  const ukWords = new Map(uk.map((c) => [c.code, contentWords(c.title)]));
  const children = new Map<string, string[]>();
  for (const c of uk) {
    if (c.kind !== 'code' || c.code.length !== 5) continue;
    const cat = c.code.slice(0, 3);
    children.set(cat, [...(children.get(cat) ?? []), c.code]);
  }
  const cmWords = (code: string) => {
    const t = cmTitles.get(code);
    return t ? contentWords(t) : undefined;
  };
  const ukDistinct = (code: string) => distinctive(ukWords.get(code)!, ukWords.get(code.slice(0, 3)) ?? []);
  const counts = Object.fromEntries(
    ['same-code', 'title-match', 'no-cm-title', 'remapped', 'dropped-category', 'dropped-code'].map((r) => [
      r,
      0,
    ]),
  ) as Record<GuardRule, number>;
  const decisions: CmGuard['decisions'] = new Map();

  const decide = (cm: string, truncated: string): { rule: GuardRule; uk?: string } => {
    if (cm === truncated) return { rule: 'same-code', uk: truncated };
    const cat = truncated.slice(0, 3);
    const cmCat = cmWords(cat);
    if (truncated.length === 3) {
      // The CM 4th character has no UK code: the term goes to the category if the categories agree.
      if (!cmCat) return { rule: 'no-cm-title', uk: truncated };
      // CM rarely re-used a whole category, so the check is only that both name the same topic.
      return overlap(cmCat, ukWords.get(cat)!) >= SAME_MEANING
        ? { rule: 'title-match', uk: truncated }
        : { rule: 'dropped-category' };
    }
    const anchor = cmWords(truncated);
    if (!anchor || !cmCat) return { rule: 'no-cm-title', uk: truncated };
    if (
      dice(distinctive(anchor, cmCat), ukDistinct(truncated)) >= SAME_MEANING ||
      dice(anchor, ukWords.get(truncated)!) >= CLOSE_TITLE
    )
      return { rule: 'title-match', uk: truncated };
    // The CM code's own title is the most specific statement of what it means. The term moves to the
    // most specific UK sibling whose distinctive words the CM title all states (a unique best), and a
    // residual sibling ("Other …", "…, unspecified") only takes a CM code that is itself residual.
    const ownTitle = cmTitles.get(cm) || cmTitles.get(truncated)!;
    const own = distinctive(contentWords(ownTitle), cmCat);
    const scored = (children.get(cat) ?? [])
      .filter((code) => RESIDUAL.test(ownTitle) || !RESIDUAL.test(ukTitle.get(code)!))
      .map((code) => ({ code, words: ukDistinct(code) }))
      .filter((c) => c.words.length && !distinctive(c.words, own).length)
      .sort((a, b) => b.words.length - a.words.length);
    const [best, next] = scored;
    if (best && (!next || best.words.length > next.words.length)) return { rule: 'remapped', uk: best.code };
    return { rule: 'dropped-code' };
  };

  const map: CmMapper = (raw) => {
    const truncated = base(raw);
    if (!truncated) return undefined;
    const cm = dotted(raw);
    let d = decisions.get(cm);
    if (!d) {
      d = { ...decide(cm, truncated), truncated };
      decisions.set(cm, d);
    }
    counts[d.rule]++;
    return d.uk;
  };
  return { map, counts, decisions };
}

/** CM code -> title (`<diag><name>…</name><desc>…</desc>`) from the CM tabular XML. */
export function parseCmTitles(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<diag>\s*<name>([^<]+)<\/name>\s*<desc>([^<]*)<\/desc>/g)) {
    out.set(m[1]!.trim(), m[2]!.replace(/&amp;/g, '&').trim());
  }
  return out;
}
