/**
 * Node-only: evaluation of search over a phrase list (the core of `npm run eval`).
 * Reads the dev-phrases format and scores hits at k with codeKey comparison.
 */
import { readFile } from 'node:fs/promises';
import { SYSTEMS, type System } from '@/lib/classification/model';
import { codeKey } from '@/lib/classification/code-format';
import { search, type SearchIndex } from '@/lib/search';

export interface EvalItem {
  id: string;
  system: System;
  text: string;
  expected: string[];
}

export interface SystemFigures {
  n: number;
  top1: number;
  top5: number;
  mrr: number;
}

export interface EvalReport {
  icd10: SystemFigures;
  opcs4: SystemFigures;
  latency_ms: { p50: number; p95: number };
  misses: { id: string; text: string; expected: string[]; got: string[] }[];
}

/** A user-facing input problem: printed as `error: …` without a stack trace. */
export class EvalInputError extends Error {}

/** Reads and validates a JSONL phrase file (unknown fields ignored, blank lines skipped). */
export async function readPhrases(file: string): Promise<EvalItem[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new EvalInputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  const items: EvalItem[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      throw new EvalInputError(`${file}:${i + 1}: invalid JSON`);
    }
    const r = o as Partial<EvalItem> | null;
    if (
      !r ||
      typeof r !== 'object' ||
      typeof r.text !== 'string' ||
      !SYSTEMS.includes(r.system as System) ||
      !Array.isArray(r.expected) ||
      !r.expected.every((c) => typeof c === 'string')
    ) {
      throw new EvalInputError(
        `${file}:${i + 1}: expected {"id","system":"icd10"|"opcs4","text","expected":[...]}`,
      );
    }
    items.push({
      id: String(r.id ?? `line-${i + 1}`),
      system: r.system!,
      text: r.text,
      expected: r.expected,
    });
  });
  if (!items.length) throw new EvalInputError(`${file}: no phrases`);
  return items;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (x: number, d = 4): number => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Searches each phrase within its system and scores it; latency is measured over every phrase
 * typed character by character (what the side panel does), plus the full phrases.
 */
export function runEval(index: SearchIndex, items: EvalItem[], k = 5): EvalReport {
  const acc = Object.fromEntries(SYSTEMS.map((s) => [s, { n: 0, top1: 0, topk: 0, rr: 0 }]));
  const misses: EvalReport['misses'] = [];
  for (const item of items) {
    const got = search(index, item.text, { system: item.system, limit: Math.max(k, 10) }).map((r) => r.code);
    const want = new Set(item.expected.map(codeKey));
    const rank = got.findIndex((c) => want.has(codeKey(c)));
    const a = acc[item.system]!;
    a.n++;
    if (rank === 0) a.top1++;
    if (rank >= 0 && rank < k) a.topk++;
    if (rank >= 0) a.rr += 1 / (rank + 1);
    if (rank !== 0)
      misses.push({ id: item.id, text: item.text, expected: item.expected, got: got.slice(0, k) });
  }
  const times: number[] = [];
  for (const item of items) {
    for (let n = 1; n <= item.text.length; n++) {
      const q = item.text.slice(0, n);
      const t0 = performance.now();
      search(index, q, { system: item.system });
      times.push(performance.now() - t0);
    }
  }
  times.sort((x, y) => x - y);
  const fig = (s: System): SystemFigures => {
    const a = acc[s]!;
    const d = a.n || 1;
    return { n: a.n, top1: round(a.top1 / d), top5: round(a.topk / d), mrr: round(a.rr / d) };
  };
  return {
    icd10: fig('icd10'),
    opcs4: fig('opcs4'),
    latency_ms: { p50: round(percentile(times, 50), 3), p95: round(percentile(times, 95), 3) },
    misses,
  };
}
