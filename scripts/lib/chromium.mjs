// Finds Debian's Chromium (or CHROMIUM_PATH); installs it when running as root, as CI does.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  if (process.env.CHROMIUM_PATH)
    return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0) {
    console.log('Installing Debian chromium (apt-get install -y chromium)…');
    const install = () =>
      spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' }).status === 0;
    if (!install()) {
      execSync('apt-get update', { stdio: 'inherit' });
      install();
    }
    return findChromium();
  }
  console.error('Chromium not found: run `sudo apt-get install -y chromium` or set CHROMIUM_PATH.');
  return null;
}
