/**
 * Starts Debian Chromium with the built extension, headed when there is a display. The flags are the
 * ones tests/e2e/fixtures.ts uses (see docs/toolchain.md): both extension flags, because Playwright
 * adds --disable-extensions, and no background networking, because these machines are offline.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './paths';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Chromium's path (CHROMIUM_PATH or Debian's), or null when there is none. */
export function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH)
    return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const INSTALL_HINT =
  'Chromium not found: run `sudo apt-get install -y chromium` or set CHROMIUM_PATH.';

export async function launchDemoBrowser(
  executablePath: string,
  headless: boolean,
): Promise<{ context: BrowserContext; extensionId: string; userDataDir: string }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sidecoder-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 860 } : null,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return { context, extensionId: new URL(worker.url()).host, userDataDir };
}
