/**
 * Node-only: bundle `page-entry.ts` (lib/extract + lib/text) into one IIFE string in memory with
 * Vite's library mode, for `page.addScriptTag({ content })`. Vite is already installed through WXT.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(here, '../..');

/** Build the in-page extraction bundle and return its code. */
export async function buildPageBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    root: repoRoot,
    resolve: { alias: { '@': repoRoot } },
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      lib: {
        entry: resolve(here, 'page-entry.ts'),
        formats: ['iife'],
        name: 'SidecoderFixtureEval',
      },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('vite produced no chunk for page-entry.ts');
  return chunk.code;
}
