/**
 * Builds the extension when there is no build or the sources are newer than it, so a second
 * `npm run demo` starts at once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR, ROOT } from './paths';

const SOURCES = ['entrypoints', 'components', 'lib', 'assets', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    // Tests do not end up in the build.
    if (/\.test\.tsx?$/.test(name)) continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** Why a build is needed, or null when the existing one is current. */
export function buildReason(): string | null {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) return 'no build yet';
  const built = statSync(manifest).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(resolve(ROOT, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

export function ensureBuilt(): void {
  const reason = buildReason();
  if (!reason) {
    console.log('Extension build is up to date (.output/chrome-mv3).');
    return;
  }
  console.log(`Building the extension (${reason}): npx wxt build`);
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the extension build failed (npx wxt build); see the output above');
}
