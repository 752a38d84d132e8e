/**
 * `npm run eval -- --input FILE.jsonl [--k 5] [--json]`: search quality and latency over a phrase
 * list, with the bundled release and the same search code the extension runs. Node-only.
 */
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '@/lib/search';
import { loadBundledReleases } from './lib/load-bundled';
import { EvalInputError, readPhrases, runEval, type EvalReport } from './eval/run-eval';

function summary(r: EvalReport, k: number): string {
  const line = (name: string, f: EvalReport['icd10']): string =>
    `${name.padEnd(7)} n=${String(f.n).padEnd(4)} top-1 ${f.top1.toFixed(3)}  top-${k} ${f.top5.toFixed(3)}  MRR ${f.mrr.toFixed(3)}`;
  const out = [line('ICD-10', r.icd10), line('OPCS-4', r.opcs4)];
  out.push(`latency (typed char by char) p50 ${r.latency_ms.p50} ms, p95 ${r.latency_ms.p95} ms`);
  if (r.misses.length) {
    out.push(`not top-1 (${r.misses.length}):`);
    for (const m of r.misses) {
      out.push(`  ${m.id}  "${m.text}"  expected ${m.expected.join('/')}  got ${m.got.join(', ')}`);
    }
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { input: { type: 'string' }, k: { type: 'string', default: '5' }, json: { type: 'boolean' } },
  });
  if (!values.input) throw new EvalInputError('--input FILE.jsonl is required');
  const k = Number(values.k);
  if (!Number.isInteger(k) || k < 1) throw new EvalInputError('--k must be a positive integer');
  const items = await readPhrases(values.input);
  const index = buildSearchIndex(await loadBundledReleases());
  const report = runEval(index, items, k);
  console.log(summary(report, k));
  if (values.json) console.log(JSON.stringify(report));
}

main().catch((e: unknown) => {
  const msg = e instanceof Error ? e.message : String(e);
  console.error(`error: ${msg}`);
  process.exit(1);
});
