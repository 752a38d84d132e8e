/**
 * Matching predicted mentions to gold mentions by normalised token overlap (docs/fixtures.md: gold
 * keeps abbreviations as written and drops cues, so equality would be far too strict).
 */

/** The parts of a predicted mention the matcher reads (a subset of `Mention`). */
export interface PredictedText {
  text: string;
  original: string;
  section?: string;
  expansions?: { abbr: string; expansion: string }[];
}

/** Function words that say nothing about which condition is meant. */
const STOP = new Set('a an and the of in on at to for by with without from or as is was are be'.split(' '));

/** Lower case, letters and digits only, single spaces ("Gastro-oesophageal" → "gastro oesophageal"). */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function contentTokens(s: string): string[] {
  return normalise(s)
    .split(' ')
    .filter((t) => t && !STOP.has(t));
}

/** Dice coefficient of the two texts' content-word multisets. */
export function dice(a: string, b: string): number {
  const ta = contentTokens(a);
  const tb = contentTokens(b);
  if (!ta.length || !tb.length) return 0;
  const pool = [...tb];
  let common = 0;
  for (const t of ta) {
    const i = pool.indexOf(t);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

/** One normalised text contains the other on word boundaries. */
export function contains(a: string, b: string): boolean {
  const na = ` ${normalise(a)} `;
  const nb = ` ${normalise(b)} `;
  if (na.trim() === '' || nb.trim() === '') return false;
  return na.includes(nb) || nb.includes(na);
}

/** Overlap of two texts in [0, 1]; containment lifts the score to at least 0.5 so it always qualifies. */
export function textScore(a: string, b: string): number {
  const d = dice(a, b);
  return contains(a, b) ? Math.max(d, 0.5 + d / 2) : d;
}

/** The texts a prediction may be recognised by: as analysed, as written, and the abbreviations it expanded. */
export function candidateTexts(p: PredictedText): string[] {
  const out = [p.text, p.original];
  for (const e of p.expansions ?? []) {
    out.push(normalise(p.text).replace(normalise(e.expansion), normalise(e.abbr)));
  }
  return out;
}

/** Best overlap of a prediction with a gold or page text. */
export function predScore(p: PredictedText, gold: string): number {
  return Math.max(...candidateTexts(p).map((t) => textScore(t, gold)));
}

export const MATCH_THRESHOLD = 0.5;

/**
 * One-to-one greedy matching, best score first. Ties go to the pair in the same section (a condition
 * named under both pre-op diagnosis and findings is two gold mentions). Returns gold index per prediction.
 */
export function matchMentions(
  preds: PredictedText[],
  gold: { text: string; section?: string }[],
): (number | null)[] {
  const pairs: { p: number; g: number; s: number }[] = [];
  preds.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      const s = predScore(p, g.text);
      if (s >= MATCH_THRESHOLD) pairs.push({ p: pi, g: gi, s: s + (p.section === g.section ? 0.01 : 0) });
    }),
  );
  pairs.sort((x, y) => y.s - x.s || x.p - y.p || x.g - y.g);
  const byPred: (number | null)[] = preds.map(() => null);
  const taken = new Set<number>();
  for (const { p, g } of pairs) {
    if (byPred[p] !== null || taken.has(g)) continue;
    byPred[p] = g;
    taken.add(g);
  }
  return byPred;
}
