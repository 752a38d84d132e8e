/**
 * `npm run release -- check --input FILE [--json]`: run a release parser on one file.
 * Exit 0 and a summary (with --json, one JSON object on the last stdout line) for a good file;
 * exit 1 and `error: …` on stderr, no stack trace, for anything else.
 */
import { checkFile, formatSummary } from './release/check';

const USAGE = 'usage: npm run release -- check --input FILE [--json]';

interface Options {
  command: string;
  input?: string;
  json: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' {
  const opts: Options = { command: '', json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s) as [string, string?]) : [arg];
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--json' && inline === undefined) opts.json = true;
    else if (flag === '--input') {
      const value = inline ?? argv[++i];
      if (!value || (inline === undefined && value.startsWith('--')))
        throw new UsageError('--input needs a file');
      opts.input = value;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (!opts.command) opts.command = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (!opts.command) throw new UsageError('no command (expected "check")');
  if (opts.command !== 'check') throw new UsageError(`unknown command ${opts.command} (expected "check")`);
  if (!opts.input) throw new UsageError('no --input FILE');
  return opts;
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return `cannot read ${err.path ?? 'the file'}: no such file`;
  if (err?.code === 'EISDIR') return `cannot read ${err.path ?? 'the file'}: it is a directory`;
  if (err?.code === 'EACCES') return `cannot read ${err.path ?? 'the file'}: permission denied`;
  return err instanceof Error ? err.message : String(e);
}

function main(argv: string[]): number {
  try {
    const opts = parseArgs(argv);
    if (opts === 'help') {
      console.log(USAGE);
      return 0;
    }
    const parsed = checkFile(opts.input!);
    console.log(formatSummary(opts.input!, parsed));
    if (opts.json) {
      const { system, format, version } = parsed;
      console.log(JSON.stringify({ system, format, version, codes: parsed.codes.length }));
    }
    return 0;
  } catch (e) {
    console.error(`error: ${describe(e)}`);
    if (e instanceof UsageError) console.error(USAGE);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
