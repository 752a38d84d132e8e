/**
 * Node-only: command-line arguments of `npm run validate`.
 */

/** An error the command reports as `error: …` (no stack trace) before exiting with status 1. */
export class CliError extends Error {}

export interface ValidateArgs {
  input: string;
  json: boolean;
  help: boolean;
  /** Run the evaluation sets instead of validating a file. */
  eval: boolean;
}

export const HELP = `usage: npm run validate -- --input FILE.jsonl [--json]
       npm run validate -- --eval

Checks coded episodes against the National Clinical Coding Standards rules (lib/rules), using the
bundled ICD-10 and OPCS-4 releases in force on each episode's end date.

Input: one JSON object per line:
  {"id":"…","sex":"male"|"female"|null,"age":number|null,"endDate"?:"YYYY-MM-DD",
   "diagnoses":["J18.9",…],"procedures":["J18.3",…]}
  codes dotted or undotted, primary first; unknown fields are ignored ("mentions" is read when
  present: [{"text","status","kind"}] for the mandatory-comorbidity check).

Options:
  --input FILE   the JSONL file to check
  --json         print the findings as one JSON array on the last line of stdout:
                 [{"id","findings":[{"rule","severity","codes","message","fix"?}]}]
  --eval         score the evaluation sets in scripts/validate/ and time a 20-code episode
  --help         this text

Exit status:
  0  every line was read and no episode has an error finding
  1  the command could not run (bad arguments, missing or unreadable file); nothing is checked
  2  an episode has an error finding, or a line could not be read (reported on stderr with its
     line number; the other lines are still checked)`;

/** Parses `--input FILE [--json]` (also `--input=FILE`), `--eval`, `--help`. */
export function parseArgs(argv: string[]): ValidateArgs {
  const out: ValidateArgs = { input: '', json: false, help: false, eval: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') out.json = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--eval') out.eval = true;
    else if (a === '--input') out.input = argv[++i] ?? '';
    else if (a.startsWith('--input=')) out.input = a.slice('--input='.length);
    else throw new CliError(`unknown argument ${JSON.stringify(a)} (see --help)`);
  }
  if (!out.input && !out.help && !out.eval) throw new CliError('--input FILE.jsonl is required (see --help)');
  return out;
}
