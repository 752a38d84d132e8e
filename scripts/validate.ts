/**
 * `npm run validate -- --input FILE.jsonl [--json]`: checks coded episodes with the extension's
 * rule engine (lib/rules) against the bundled releases in force on each episode's end date.
 * `--eval` scores the evaluation sets instead. Exit status and formats: see `--help`
 * (scripts/validate/args.ts).
 */
import { readFile } from 'node:fs/promises';
import { lookupFromReleases, validateEpisode } from '@/lib/rules';
import { loadBundledReleases } from './lib/load-bundled';
import { CliError, HELP, parseArgs } from './validate/args';
import { runEval } from './validate/eval';
import { parseInput } from './validate/input';
import { toJson, toText, type EpisodeResult } from './validate/report';

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? 'error'})`,
    );
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (args.eval) return runEval([], false);
  const text = await readInput(args.input);
  const { episodes, problems } = parseInput(text);
  for (const p of problems) process.stderr.write(`${args.input}:${p.line}: skipped: ${p.message}\n`);
  const releases = await loadBundledReleases();
  const results: EpisodeResult[] = episodes.map(({ line, episode }) => ({
    id: episode.id,
    line,
    findings: validateEpisode(episode, lookupFromReleases(releases, episode.endDate)),
  }));
  process.stdout.write(`${args.json ? toJson(results) : toText(results, problems.length)}\n`);
  const errors = results.some((r) => r.findings.some((f) => f.severity === 'error'));
  return errors || problems.length ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
