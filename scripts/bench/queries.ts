// The benchmark's query list: the dev phrases (a committed copy, so a run never reads ../shared)
// plus every prefix of each, as a coder typing character by character would send them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The phrases in scripts/bench/queries.txt, one per line. */
export function readPhrases(file = fileURLToPath(new URL('./queries.txt', import.meta.url))): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Each phrase typed one character at a time (the last prefix is the whole phrase). */
export function typedQueries(phrases: string[]): string[] {
  return phrases.flatMap((p) => Array.from({ length: p.length }, (_, i) => p.slice(0, i + 1)));
}
