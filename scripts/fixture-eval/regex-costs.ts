/**
 * Node-only speed aid: which regular expressions a cold read of the generated 5,000-word page spends
 * its time in. V8 compiles a regex on first use (and again, to machine code, on a later use), so a
 * content script, cold on every page load, pays for each regex it touches. Times every RegExp call
 * (exec, test, replace, split, match, matchAll) by source: the first two calls (compilation) and the
 * rest. Measures only; changes nothing.
 *
 *   npx tsx scripts/fixture-eval/regex-costs.ts [extract|analyse] [TOP]
 */
const stats = new Map<string, { n: number; first: number; rest: number }>();
type Method = (this: RegExp, ...args: unknown[]) => unknown;
const proto = RegExp.prototype as unknown as Record<string | symbol, Method>;
// Patched before lib/ is imported: lib/extract/safe-dom captures the built-ins when it loads.
for (const key of ['exec', 'test', Symbol.replace, Symbol.split, Symbol.matchAll, Symbol.match]) {
  const original = proto[key]!;
  proto[key] = function (this: RegExp, ...args: unknown[]) {
    const k = `/${this.source.slice(0, 90)}/${this.flags}`;
    let s = stats.get(k);
    if (!s) stats.set(k, (s = { n: 0, first: 0, rest: 0 }));
    const t0 = performance.now();
    const out = original.apply(this, args);
    const dt = performance.now() - t0;
    if (s.n++ < 2) s.first += dt;
    else s.rest += dt;
    return out;
  };
}

async function main(): Promise<void> {
  const [phase = 'analyse', top = '30'] = process.argv.slice(2);
  const { Window } = await import('happy-dom');
  const { syntheticDischargeHtml } = await import('@/lib/page/testing/synthetic-discharge');
  const win = new Window({ url: 'http://localhost/', settings: { enableJavaScriptEvaluation: false } });
  win.document.write(syntheticDischargeHtml({ words: 5000, seed: 1 }));
  const { extractSections } = await import('@/lib/extract/extract');
  const { analyseSection } = await import('@/lib/text/analyse');
  stats.clear();
  const { sections } = extractSections(win.document as unknown as Document);
  if (phase === 'analyse') {
    stats.clear();
    for (const s of sections) analyseSection(s);
  }
  const rows = [...stats].sort((a, b) => b[1].first - a[1].first);
  const sum = (f: (s: { first: number; rest: number }) => number) =>
    rows.reduce((a, [, s]) => a + f(s), 0).toFixed(1);
  console.log(
    `${phase}: ${rows.length} regexes; first two calls ${sum((s) => s.first)} ms, the rest ${sum((s) => s.rest)} ms`,
  );
  console.log('  first   rest  calls  regex');
  for (const [k, s] of rows.slice(0, Number(top))) {
    console.log(
      `${s.first.toFixed(2).padStart(7)} ${s.rest.toFixed(2).padStart(6)} ${String(s.n).padStart(6)}  ${k}`,
    );
  }
  await win.happyDOM.close();
}

void main();
