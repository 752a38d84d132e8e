/**
 * Renders assets/icon/sidecoder.svg to the PNG sizes the manifest uses (public/icon/<size>.png, which
 * WXT picks up). Run by hand after changing the SVG: `npx tsx scripts/demo/render-icons.ts`.
 * Uses Debian Chromium through Playwright, so no image library is needed.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];

async function main() {
  const svg = readFileSync('assets/icon/sidecoder.svg', 'utf8');
  mkdirSync('public/icon', { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
