/** Text rendering of the fixture evaluation: a figures table, then each page's misses. */
import { figures, type Counts, type ViewEval } from './metrics';

/** One page's result, routes pooled. */
export interface PageResult {
  page: string;
  counts: Counts;
  /** Cold and warm extraction + analysis time per route, ms. */
  ms: { cold: number; warm: number }[];
  views: { route?: string; eval: ViewEval }[];
}

export const TARGETS = { recall: 0.95, markedStatus: 0.95, codeTop3: 0.85, precision: 0.85 };

function fmt(x: number | null): string {
  return x === null ? '  -  ' : x.toFixed(3);
}

function row(name: string, c: Counts, ms: string): string {
  const f = figures(c);
  const cells = [f.recall, f.markedStatus, f.status, f.codeTop3, f.precision, f.kind, f.laterality].map(fmt);
  return [name.padEnd(28), `${c.matched}/${c.gold}`.padStart(7), ...cells, ms.padStart(8)].join('  ');
}

/** The readable table and the per-page lists of missed gold mentions and false positives. */
export function renderReport(pages: PageResult[], total: Counts, suggestName: string): string {
  const head = [
    'page'.padEnd(28),
    'found'.padStart(7),
    'recall',
    'st-neg',
    'status',
    'code3 ',
    'prec. ',
    'kind  ',
    'later.',
    'cold/warm ms'.padStart(8),
  ];
  const lines = [`suggestions: ${suggestName}`, head.join('  ')];
  for (const p of pages)
    lines.push(row(p.page, p.counts, p.ms.map((m) => `${m.cold.toFixed(0)}/${m.warm.toFixed(1)}`).join(' ')));
  lines.push(row('OVERALL', total, ''));
  const f = figures(total);
  lines.push(
    `targets: recall ≥ ${TARGETS.recall} (${fmt(f.recall)}), status on negated/uncertain/family ≥ ${TARGETS.markedStatus} (${fmt(f.markedStatus)}), ` +
      `code in top 3 ≥ ${TARGETS.codeTop3} (${fmt(f.codeTop3)}), precision of affirmed ≥ ${TARGETS.precision} (${fmt(f.precision)})`,
  );
  for (const p of pages) {
    for (const v of p.views) {
      const e = v.eval;
      if (!e.missed.length && !e.falsePositives.length && !e.wrongStatus.length && !e.codeMisses.length)
        continue;
      lines.push('', `## ${p.page}${v.route ? ` [${v.route}]` : ''}`);
      for (const [label, list] of [
        ['missed', e.missed],
        ['false positive', e.falsePositives],
        ['wrong status', e.wrongStatus],
        ['code not in top 3', e.codeMisses],
      ] as const) {
        for (const i of list) lines.push(`  ${label}: "${i.text}" — ${i.detail}`);
      }
    }
  }
  return lines.join('\n');
}

/** `TARGETS` met? */
export function meetsTargets(total: Counts): boolean {
  const f = figures(total);
  return (
    (f.recall ?? 0) >= TARGETS.recall &&
    (f.markedStatus ?? 0) >= TARGETS.markedStatus &&
    (f.codeTop3 ?? 0) >= TARGETS.codeTop3 &&
    (f.precision ?? 0) >= TARGETS.precision
  );
}
