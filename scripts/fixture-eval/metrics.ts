/**
 * Fixture metrics (issue 3 §6): mention recall, status accuracy, code in top 3 and precision of
 * affirmed mentions, counted per page so pages pool into overall (micro-averaged) figures.
 */
import { codeKey } from '@/lib/classification/code-format';
import { matchMentions, predScore, MATCH_THRESHOLD, type PredictedText } from './match';

/** A prediction with the codes of its first three main (non-supplementary) suggestions. */
export interface Prediction extends PredictedText {
  kind: string;
  status: string;
  laterality?: string | null;
  top3: string[];
}

/** The gold fields the metrics read. */
export interface GoldLike {
  text: string;
  kind: string;
  status: string;
  laterality: string | null;
  section: string;
  codes: string[];
}

/** Raw counts; ratios are derived so pages and routes add up. */
export interface Counts {
  gold: number;
  matched: number;
  /** Matched gold mentions whose status is negated, uncertain or family, and how many got it right. */
  markedGold: number;
  markedRight: number;
  statusRight: number;
  kindRight: number;
  lateralityRight: number;
  codeGold: number;
  codeHit: number;
  predAffirmed: number;
  predAffirmedMatched: number;
}

export interface Issue {
  text: string;
  detail: string;
}

export interface ViewEval {
  counts: Counts;
  missed: Issue[];
  falsePositives: Issue[];
  wrongStatus: Issue[];
  codeMisses: Issue[];
}

const MARKED = new Set(['negated', 'uncertain', 'family']);

/** Zeroed counts. */
export function emptyCounts(): Counts {
  return {
    gold: 0,
    matched: 0,
    markedGold: 0,
    markedRight: 0,
    statusRight: 0,
    kindRight: 0,
    lateralityRight: 0,
    codeGold: 0,
    codeHit: 0,
    predAffirmed: 0,
    predAffirmedMatched: 0,
  };
}

/** Sum `b` into `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const k of Object.keys(out) as (keyof Counts)[]) out[k] += b[k];
  return out;
}

/** Evaluate one view of a page (one SPA route, or the whole page). */
export function evaluateView(
  preds: Prediction[],
  gold: GoldLike[],
  optional: string[] = [],
  ignored: string[] = [],
): ViewEval {
  const c = emptyCounts();
  const res: ViewEval = { counts: c, missed: [], falsePositives: [], wrongStatus: [], codeMisses: [] };
  const byPred = matchMentions(preds, gold);
  const predOf = new Map<number, Prediction>();
  byPred.forEach((g, p) => g !== null && predOf.set(g, preds[p]!));
  c.gold = gold.length;
  gold.forEach((g, gi) => {
    const p = predOf.get(gi);
    if (!p) return void res.missed.push({ text: g.text, detail: `${g.status} ${g.kind} in ${g.section}` });
    c.matched++;
    const statusOk = p.status === g.status;
    if (statusOk) c.statusRight++;
    else
      res.wrongStatus.push({
        text: g.text,
        detail: `gold ${g.status}, predicted ${p.status} ("${p.original}")`,
      });
    if (MARKED.has(g.status)) {
      c.markedGold++;
      if (statusOk) c.markedRight++;
    }
    if (p.kind === g.kind) c.kindRight++;
    if ((p.laterality ?? null) === g.laterality) c.lateralityRight++;
    if (g.status !== 'negated' && g.codes.length) {
      c.codeGold++;
      const want = new Set(g.codes.map(codeKey));
      if (p.top3.some((code) => want.has(codeKey(code)))) c.codeHit++;
      else
        res.codeMisses.push({
          text: g.text,
          detail: `want ${g.codes.join('/')}, got ${p.top3.join(', ') || 'nothing'} for "${p.text}"`,
        });
    }
  });
  preds.forEach((p, pi) => {
    const matched = byPred[pi] !== null;
    const isOptional = !matched && optional.some((o) => predScore(p, o) >= MATCH_THRESHOLD);
    if (p.status === 'affirmed' && !isOptional) {
      c.predAffirmed++;
      if (matched) c.predAffirmedMatched++;
    }
    if (matched || isOptional) return;
    const ign = ignored.find((t) => predScore(p, t) >= MATCH_THRESHOLD);
    res.falsePositives.push({
      text: p.original,
      detail: `${p.status} ${p.kind} in ${p.section ?? '?'}${ign ? ` (ignored text "${ign}")` : ''}`,
    });
  });
  return res;
}

/** Ratio, or null when there is nothing to measure. */
export function ratio(num: number, den: number): number | null {
  return den ? num / den : null;
}

/** The four target figures (and extras) from counts. */
export function figures(c: Counts) {
  return {
    recall: ratio(c.matched, c.gold),
    markedStatus: ratio(c.markedRight, c.markedGold),
    status: ratio(c.statusRight, c.matched),
    codeTop3: ratio(c.codeHit, c.codeGold),
    precision: ratio(c.predAffirmedMatched, c.predAffirmed),
    kind: ratio(c.kindRight, c.matched),
    laterality: ratio(c.lateralityRight, c.matched),
  };
}
