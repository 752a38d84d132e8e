/**
 * Starts Debian Chromium with the built extension for the demo, headed when there is a display
 * (the launch recipe itself is shared with the tests and the benchmark).
 */
import type { BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './paths';
import { extensionIdOf, launchWithExtension } from '../lib/launch-extension';

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
  const context = await launchWithExtension(userDataDir, {
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 860 } : null,
    extensionPath: EXTENSION_DIR,
  });
  return { context, extensionId: await extensionIdOf(context), userDataDir };
}
