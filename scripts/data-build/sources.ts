/**
 * Node-only (data build): where input files come from. Public data under `--from DIR` (default
 * `../shared/data`), curated tables under `scripts/data-build/curated/` in the repo.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceFiles {
  /** Read a file: `curated/…` from the repo, anything else from the data directory. */
  read(path: string, encoding?: BufferEncoding): string;
  readOptional(path: string): string | undefined;
}

/** Create a reader rooted at the public data dir and the curated dir. */
export function createSourceFiles(dataDir: string, curatedDir: string): SourceFiles {
  const resolve = (p: string) =>
    p.startsWith('curated/') ? join(curatedDir, p.slice('curated/'.length)) : join(dataDir, p);
  return {
    read: (p, encoding = 'utf8') => readFileSync(resolve(p), encoding),
    readOptional: (p) => (existsSync(resolve(p)) ? readFileSync(resolve(p), 'utf8') : undefined),
  };
}
