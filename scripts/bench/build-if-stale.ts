// Rebuild the extension when its build (.output/chrome-mv3, or under SIDECODER_OUT_DIR) is missing or
// older than any source it is built from.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PATH } from '../lib/launch-extension';

const SOURCES = ['entrypoints', 'lib', 'components', 'assets', 'public', 'wxt.config.ts', 'package.json'];
const OUTPUT_MARKER = join(EXTENSION_PATH, 'manifest.json');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), st.mtimeMs);
}

/** True when a build ran. Build output goes to stderr so a --json run keeps stdout clean. */
export function buildIfStale(log: (msg: string) => void): boolean {
  const built = existsSync(OUTPUT_MARKER) ? statSync(OUTPUT_MARKER).mtimeMs : 0;
  if (built >= Math.max(...SOURCES.map(newestMtime))) return false;
  log('bench: building the extension (npx wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error('wxt build failed');
  return true;
}
