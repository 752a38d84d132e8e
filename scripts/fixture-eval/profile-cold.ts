/**
 * Node-only: CPU profile of one cold extraction + analysis of the generated 5,000-word page in
 * headless Chromium (fresh page, isolated world, as a content script's first read). Prints the
 * functions with the most self time, so speed work aims at what a cold read really spends.
 *
 *   npx tsx scripts/fixture-eval/profile-cold.ts [RUNS]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticDischargeHtml } from '@/lib/page/testing/synthetic-discharge';
import { startFixtureServer } from '@/tests/support/fixture-server';
import { buildPageBundle } from './bundle';
import { launchChromium } from './render';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  const dir = await mkdtemp(join(tmpdir(), 'sidecoder-prof-'));
  await writeFile(join(dir, 'page.html'), syntheticDischargeHtml({ words: 5000, seed: 1 }));
  const server = await startFixtureServer(dir);
  const bundle = await buildPageBundle();
  const browser = await launchChromium();
  const self = new Map<string, number>();
  let total = 0;
  try {
    for (let r = 0; r < runs; r++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/page.html`);
      const cdp = await page.context().newCDPSession(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'sidecoder-prof',
      });
      await cdp.send('Runtime.evaluate', { expression: bundle, contextId: executionContextId });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      const res = await cdp.send('Runtime.evaluate', {
        expression: 'window.__sidecoderExtract().ms',
        contextId: executionContextId,
        returnByValue: true,
      });
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      console.log(`run ${r + 1}: ${(res.result.value as number).toFixed(1)} ms`);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, ProfileNode>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
      const name = (n: ProfileNode | undefined) =>
        n ? `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}` : '-';
      profile.samples.forEach((id, i) => {
        const n = byId.get(id)!;
        const key = `${name(n)} < ${name(parent.get(id))}`;
        const dt = (profile.timeDeltas[i] ?? 0) / 1000;
        self.set(key, (self.get(key) ?? 0) + dt);
        total += dt;
      });
      await cdp.detach();
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`self time, mean per run (sampled total ${(total / runs).toFixed(1)} ms):`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`  ${(v / runs).toFixed(2).padStart(7)} ms  ${k}`);
}

void main();
