/** Test helper: the ReleaseParseError a parser throws (fails the test if it throws anything else). */
import { ReleaseParseError } from '@/lib/classification/parse-error';

export function parseFailure(fn: () => unknown): ReleaseParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ReleaseParseError) return e;
    throw e;
  }
  throw new Error('expected a ReleaseParseError');
}
