/**
 * Node-only check of clinical text analysis (lib/text): speed, and that a speed change leaves the
 * results as they were.
 *
 * - `npx tsx scripts/fixture-eval/speed-check.ts`: analysis time for a synthetic ~5,000-word narrative
 *   (free text, the slowest kind) and for the generated 5,000-word discharge page's extracted
 *   sections (what `npm run bench` reads), cold (first call in this process) and warm.
 * - `... --corpus FILE`: writes a corpus of extracted sections to FILE: every fixture page under
 *   tests/fixtures (happy-dom, scripts off), generated discharge pages, the analyse-cases texts, and
 *   each case and gold mention text under every section kind. Extraction is another module's work,
 *   so a corpus is made once and then reused for before/after comparisons.
 * - `... --snapshot CORPUS OUT`: analyses the corpus and writes every mention to OUT (JSON), so two
 *   snapshots (before/after a change) can be compared with `diff`.
 * - `... --chromium [RUNS]`: extraction + analysis of the generated 5,000-word page in headless
 *   Chromium, each run in a fresh page and isolated world (cold, as every page load of the content
 *   script is), then five warm runs on the same DOM; prints the medians. Quicker than `npm run bench`
 *   (no extension, no seeding), for iterating.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { extractSections } from '@/lib/extract/extract';
import { SECTION_KINDS, type ExtractedSection } from '@/lib/extract/types';
import { syntheticDischargeHtml } from '@/lib/page/testing/synthetic-discharge';
import { analyseSection } from '@/lib/text/analyse';
import { CASES } from '@/lib/text/analyse-cases';
import { startFixtureServer } from '@/tests/support/fixture-server';
import { buildPageBundle } from './bundle';
import { launchChromium, runPage } from './render';

const NARRATIVE = [
  'Lives alone in a bungalow with a twice-daily package of care.',
  'A CT last week ruled out pneumonia but showed a small left pleural effusion.',
  'She denies chest pain, palpitations or syncope.',
  'Started on NIV at 02:15 for T2RF, tolerating the mask well.',
  'Her NT-proBNP is 2,100 ng/L and I am concerned about possible heart failure.',
  'Known COPD and type 2 diabetes; previous MI 2015.',
];

function narrativeSection(): ExtractedSection {
  const items = Array.from({ length: 80 }, (_, i) => ({
    text: Array.from({ length: 6 }, (_, j) => NARRATIVE[(i + j) % NARRATIVE.length]).join(' '),
  }));
  return { kind: 'free-text', heading: 'Notes', items, via: 'heuristic' };
}

function htmlSections(html: string): ExtractedSection[] {
  const win = new Window({ url: 'http://localhost/', settings: { enableJavaScriptEvaluation: false } });
  try {
    win.document.write(html);
    return extractSections(win.document as unknown as Document).sections;
  } finally {
    void win.happyDOM.close();
  }
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await htmlFiles(p)));
    else if (/\.html?$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

interface Corpus {
  name: string;
  sections: ExtractedSection[];
}

async function buildCorpus(): Promise<Corpus[]> {
  const corpus: Corpus[] = [{ name: 'narrative', sections: [narrativeSection()] }];
  for (const file of await htmlFiles(resolve('tests/fixtures'))) {
    corpus.push({ name: file, sections: htmlSections(await readFile(file, 'utf8')) });
  }
  for (const seed of [1, 2, 3]) {
    const html = syntheticDischargeHtml({ words: 5000, seed });
    corpus.push({ name: `synthetic-${seed}`, sections: htmlSections(html) });
  }
  // Every short text under every section kind, as its own item and with a label.
  const texts = new Set<string>(CASES.map((c) => c[0]));
  for (const file of await readdir(resolve('tests/fixtures'), { recursive: true })) {
    if (!file.endsWith('.gold.json')) continue;
    const gold = JSON.parse(await readFile(resolve('tests/fixtures', file), 'utf8')) as {
      mentions?: { text: string }[];
    };
    for (const m of gold.mentions ?? []) texts.add(m.text);
  }
  const items = [...texts].map((text) => ({ text }));
  for (const kind of SECTION_KINDS) {
    corpus.push({ name: `texts:${kind}`, sections: [{ kind, heading: '', items, via: 'heuristic' }] });
  }
  const labels = ['Excluded', 'Provisional', 'Family history', 'Past', 'Left', 'Resolved', 'Plan'];
  corpus.push({
    name: 'labelled',
    sections: labels.map((label) => ({
      kind: 'diagnoses',
      heading: '',
      items: items.slice(0, 200).map((i) => ({ ...i, label })),
      via: 'heuristic',
    })),
  });
  const clinic = await readFile(resolve('tests/fixtures/text/clinic-note.txt'), 'utf8');
  corpus.push({
    name: 'clinic-note.txt',
    sections: [{ kind: 'free-text', heading: '', items: [{ text: clinic }], via: 'heuristic' }],
  });
  return corpus;
}

function time(label: string, sections: ExtractedSection[]): void {
  let t = performance.now();
  const n = sections.reduce((k, s) => k + analyseSection(s).length, 0);
  const cold = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < 5; i++) for (const s of sections) analyseSection(s);
  const warm = (performance.now() - t) / 5;
  const words = sections.reduce(
    (k, s) => k + s.items.reduce((w, it) => w + it.text.split(/\s+/).length, 0),
    0,
  );
  console.log(
    `${label}: ${words} words, ${n} mentions: cold ${cold.toFixed(1)} ms, warm ${warm.toFixed(1)} ms`,
  );
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function chromiumTimes(runs: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sidecoder-speed-'));
  await writeFile(join(dir, 'page.html'), syntheticDischargeHtml({ words: 5000, seed: 1 }));
  const bundle = await buildPageBundle();
  const server = await startFixtureServer(dir);
  const browser = await launchChromium();
  const cold: number[] = [];
  const warm: number[] = [];
  const coldExtract: number[] = [];
  let mentions = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const run = [
        ...(await runPage(browser, `${server.origin}/page.html`, [undefined], bundle)).values(),
      ][0]!;
      cold.push(run.ms);
      coldExtract.push(run.extractMs);
      warm.push(run.warmMs);
      mentions = run.mentions.length;
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  const f = (xs: number[]): string => xs.map((x) => x.toFixed(1)).join(' ');
  console.log(`chromium, 5,000-word page, ${mentions} mentions (extract + analyse):`);
  console.log(`  cold median ${median(cold).toFixed(1)} ms (${f(cold)})`);
  console.log(`  of which extraction: median ${median(coldExtract).toFixed(1)} ms (${f(coldExtract)})`);
  console.log(`  warm median ${median(warm).toFixed(1)} ms (${f(warm)})`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--chromium') {
    await chromiumTimes(Number(args[1] ?? 9));
    return;
  }
  if (args[0] === '--corpus' && args[1]) {
    await writeFile(args[1], JSON.stringify(await buildCorpus()));
    return;
  }
  if (args[0] === '--snapshot' && args[1] && args[2]) {
    const corpus = JSON.parse(await readFile(args[1], 'utf8')) as Corpus[];
    const lines = corpus.flatMap(({ name, sections }) => [
      `## ${name}`,
      ...sections.flatMap((s) => analyseSection(s).map((m) => JSON.stringify(m))),
    ]);
    await writeFile(args[2], `${lines.join('\n')}\n`);
    return;
  }
  // Analysis only: the page's sections are extracted first, outside the timing.
  const page = htmlSections(syntheticDischargeHtml({ words: 5000, seed: 1 }));
  time('discharge page', page);
  time('narrative', [narrativeSection()]);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
