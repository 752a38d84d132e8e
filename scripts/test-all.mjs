// `npm test`: everything CI runs, in order: typecheck, lint, build, unit tests, end-to-end tests.
// Static checks are counted in reports/checks.json so CI's totals include them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChromium } from './lib/chromium.mjs';

mkdirSync('reports', { recursive: true });
for (const f of ['vitest.json', 'playwright.json', 'checks.json']) rmSync(`reports/${f}`, { force: true });

const checks = { passed: 0, failed: 0 };
function step(name, cmd, args, env = {}) {
  console.log(`\n── ${name} ──`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(`── ${name}: ${ok ? 'ok' : 'FAILED'} ──`);
  return ok;
}
function check(name, cmd, args) {
  const ok = step(name, cmd, args);
  checks[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

let ok = true;
ok = check('typecheck', 'npx', ['tsc', '--noEmit']) && ok;
ok = check('lint', 'npx', ['eslint', '.']) && ok;
ok = check('format', 'npx', ['prettier', '--check', '.']) && ok;
const built = check('build', 'npx', ['wxt', 'build']);
ok = built && ok;
ok = step('unit tests', 'npx', ['vitest', 'run']) && ok;
const chromium = ensureChromium();
if (built && chromium) {
  ok = step('end-to-end tests', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium }) && ok;
} else {
  ok = false;
}
writeFileSync('reports/checks.json', JSON.stringify(checks));
process.exit(ok ? 0 : 1);
