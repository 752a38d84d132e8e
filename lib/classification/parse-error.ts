/**
 * The one error every release parser throws. Pure; any context.
 * The message names the file, the line (1-based, when there is one) and the problem, so a coder or a
 * trust's IT team can fix the file. A parser that throws has imported nothing (files are refused whole).
 */
export class ReleaseParseError extends Error {
  override readonly name = 'ReleaseParseError';

  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `, line ${line}` : ''}: ${problem}`);
  }
}
