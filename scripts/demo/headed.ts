/**
 * The demo with a display: a real window with the synthetic EPR page and the side panel beside it (as
 * a tab; the toolbar icon opens the real side panel). Stays open until the browser is closed.
 */
import type { BrowserContext } from '@playwright/test';
import { DEMO_PAGE } from './paths';

export async function runHeaded(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  const epr = context.pages()[0] ?? (await context.newPage());
  await epr.goto(`${origin}/${DEMO_PAGE}`);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await epr.bringToFront();
  console.log(`Synthetic EPR page: ${origin}/${DEMO_PAGE}`);
  console.log(`Side panel (as a tab): chrome-extension://${extensionId}/sidepanel.html`);
  console.log('Click the Sidecoder toolbar icon to open the real side panel beside the EPR page.');
  console.log('Close the browser window (or press Ctrl+C) to end the demo.');
  await new Promise<void>((done) => {
    context.on('close', () => done());
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}
