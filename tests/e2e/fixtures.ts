/**
 * Playwright fixtures: a persistent Chromium context with the built extension loaded, its id, and a
 * local HTTP server for synthetic EPR pages. Debian Chromium honours --load-extension.
 */
import { test as base, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { extensionIdOf, launchWithExtension } from '../../scripts/lib/launch-extension';

export { EXTENSION_PATH, extensionIdOf, launchWithExtension } from '../../scripts/lib/launch-extension';

export const test = base.extend<
  { context: BrowserContext; extensionId: string },
  { eprServer: FixtureServer }
>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'sidecoder-e2e-'));
    const context = await launchWithExtension(dir);
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  eprServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer(resolve('tests/fixtures'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

export const expect = test.expect;
