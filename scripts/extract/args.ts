/**
 * Node-only: command-line arguments of `npm run extract`.
 */

/** An error the command reports as `error: …` (no stack trace) before exiting with status 1. */
export class CliError extends Error {}

export interface ExtractArgs {
  input: string;
  json: boolean;
  /** Run the page's own inline scripts in happy-dom (on by default; `--no-scripts` turns it off). */
  scripts: boolean;
}

export const USAGE = 'usage: npm run extract -- --input FILE.html|FILE.txt [--json] [--no-scripts]';

/** Parses `--input FILE [--json] [--no-scripts]` (also `--input=FILE`). */
export function parseArgs(argv: string[]): ExtractArgs {
  const out: ExtractArgs = { input: '', json: false, scripts: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') out.json = true;
    else if (a === '--no-scripts') out.scripts = false;
    else if (a === '--input') out.input = argv[++i] ?? '';
    else if (a.startsWith('--input=')) out.input = a.slice('--input='.length);
    else throw new CliError(`unknown argument ${JSON.stringify(a)}\n${USAGE}`);
  }
  if (!out.input) throw new CliError(`--input FILE is required\n${USAGE}`);
  return out;
}
