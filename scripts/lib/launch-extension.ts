/**
 * Starts Debian Chromium with the built extension: one recipe for the end-to-end tests, the demo and
 * the benchmark (Node only). Both extension flags are needed because Playwright adds
 * --disable-extensions; background networking is off because these machines are offline and
 * Chromium would otherwise keep trying to reach Google.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { resolve } from 'node:path';

// SIDECODER_OUT_DIR lets parallel work build and test its own copy (wxt.config.ts reads it too).
export const EXTENSION_PATH = resolve(process.env.SIDECODER_OUT_DIR ?? '.output', 'chrome-mv3');

export interface LaunchOptions {
  headless?: boolean;
  executablePath?: string;
  /** null keeps the window's own size (headed demo). */
  viewport?: { width: number; height: number } | null;
  extensionPath?: string;
}

export async function launchWithExtension(
  userDataDir: string,
  opts: LaunchOptions = {},
): Promise<BrowserContext> {
  const ext = opts.extensionPath ?? EXTENSION_PATH;
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: opts.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: opts.headless ?? true,
    ...(opts.viewport !== undefined ? { viewport: opts.viewport } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
  });
}

/** The extension's id, from its service worker's URL (it changes with the extension's path). */
export async function extensionIdOf(context: BrowserContext, timeout = 30_000): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout }));
  return new URL(worker.url()).host;
}
