/**
 * Evaluation of the rule engine on the annotated sets in this folder:
 *   npx tsx scripts/validate/eval.ts [--set FILE.jsonl …] [--verbose]
 * Prints, per set, the share of violation episodes flagged (an error or warning naming the
 * offending code; target >= 0.95) and the share of clean episodes with an error (target <= 0.05),
 * then the time to validate a 20-code episode.
 */
import { readFileSync } from 'node:fs';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';
import { scoreSet, timeValidation } from './eval-lib';
import { parseInput } from './input';

const DEFAULT_SETS = [
  'scripts/validate/eval-set.jsonl',
  'scripts/validate/holdout-set.jsonl',
  'scripts/validate/blind-set.jsonl',
];

/** Score each set and time a 20-code episode; returns the exit status (0, or 2 when a target is missed). */
export async function runEval(sets: readonly string[], verbose: boolean): Promise<number> {
  const releases = await loadBundledReleases();
  let missed = false;
  for (const file of sets.length ? sets : DEFAULT_SETS) {
    const { episodes, problems } = parseInput(readFileSync(file, 'utf8'));
    for (const p of problems) console.error(`${file}:${p.line}: ${p.message}`);
    const s = scoreSet(episodes, releases);
    missed ||= s.flaggedShare < 0.95 || s.cleanErrorShare > 0.05;
    console.log(`${file}`);
    console.log(
      `  violation episodes flagged: ${s.flagged}/${s.violations} = ${s.flaggedShare.toFixed(3)} (expected rule: ${s.ruleMatchedShare.toFixed(3)})`,
    );
    console.log(
      `  clean episodes with an error: ${s.cleanWithError}/${s.clean} = ${s.cleanErrorShare.toFixed(3)}`,
    );
    for (const o of s.outcomes) {
      if (o.ok && (!verbose || o.ruleMatched !== false)) continue;
      const why =
        o.findings.map((f) => `${f.severity} ${f.rule} [${f.codes.join(' ')}]`).join('; ') || 'no findings';
      console.log(
        `    ${o.ok ? 'rule differs' : 'MISS'} ${o.id}${o.expectRule ? ` (expected ${o.expectRule} ${o.expectCode})` : ''}: ${why}`,
      );
    }
  }
  const t = timeValidation(releases);
  console.log(
    `20-code episode: median ${t.median.toFixed(3)} ms, p95 ${t.p95.toFixed(3)} ms over ${t.runs} runs`,
  );
  return missed || t.p95 > 5 ? 2 : 0;
}

// Run directly (`npx tsx scripts/validate/eval.ts`), not when imported by scripts/validate.ts.
if (process.argv[1]?.endsWith('eval.ts')) {
  const args = process.argv.slice(2);
  const sets = args.flatMap((a, i) => (args[i - 1] === '--set' ? [a] : []));
  runEval(sets, args.includes('--verbose')).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`error: ${(e as Error).message}`);
      process.exit(1);
    },
  );
}
