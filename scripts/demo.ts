/**
 * `npm run demo`: builds the extension if needed, serves the synthetic EPR page and opens Chromium
 * with the extension loaded. With a display it is a real window; without one it runs headless, prints
 * what the side panel shows for sample searches and saves screenshots under demo-output/.
 */
import { rmSync } from 'node:fs';
import { startFixtureServer } from '../tests/support/fixture-server';
import { ensureBuilt } from './demo/build';
import { runHeaded } from './demo/headed';
import { runHeadless } from './demo/headless';
import { findChromium, INSTALL_HINT, launchDemoBrowser } from './demo/launch';
import { FIXTURES_DIR } from './demo/paths';

async function main(): Promise<void> {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(INSTALL_HINT);
  ensureBuilt();
  const headed = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';
  const server = await startFixtureServer(FIXTURES_DIR);
  console.log(`Starting Chromium (${headed ? 'headed' : 'headless'}) with the extension: ${chromiumPath}`);
  const { context, extensionId, userDataDir } = await launchDemoBrowser(chromiumPath, !headed);
  try {
    if (headed) await runHeaded(context, extensionId, server.origin);
    else await runHeadless(context, extensionId, server.origin);
  } finally {
    await context.close().catch(() => undefined);
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().then(
  () => {
    console.log('\nDemo finished.');
    process.exit(0);
  },
  (err: unknown) => {
    console.error(`\ndemo failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
