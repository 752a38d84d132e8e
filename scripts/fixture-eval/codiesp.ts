/**
 * Node-only figure for issue 3's closing note: recall of the gold diagnosis categories (first three
 * characters of each CodiEsp dev ICD-10 code) among the ICD-10 suggestions `npm run extract` makes
 * when each English dev text is read as one free-text section. Reads ../shared/eval/codiesp (not
 * bundled; this is a measurement, not a test).
 *
 *   npx tsx scripts/fixture-eval/codiesp.ts [DIR]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchIndex } from '@/lib/search';
import { codeSections } from '@/scripts/extract/run';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';

async function main(): Promise<void> {
  const dir = process.argv[2] ?? '../shared/eval/codiesp/dev';
  const gold = new Map<string, Set<string>>();
  for (const line of readFileSync(join(dir, 'devD.tsv'), 'utf8').split('\n')) {
    const [id, code] = line.split('\t');
    if (!id || !code) continue;
    const set = gold.get(id) ?? new Set<string>();
    set.add(code.slice(0, 3).toUpperCase());
    gold.set(id, set);
  }
  const index = buildSearchIndex(await loadBundledReleases());
  let found = 0;
  let total = 0;
  let documents = 0;
  for (const file of readdirSync(join(dir, 'text_files_en'))) {
    const want = gold.get(file.replace(/\.txt$/, ''));
    if (!want) continue;
    documents++;
    const text = readFileSync(join(dir, 'text_files_en', file), 'utf8');
    const { mentions } = codeSections(index, [
      { kind: 'free-text', heading: '', items: [{ text }], via: 'heuristic' },
    ]);
    const suggested = new Set(
      mentions.flatMap((m) =>
        m.suggestions.filter((s) => s.system === 'icd10').map((s) => s.code.slice(0, 3)),
      ),
    );
    for (const c of want) {
      total++;
      if (suggested.has(c)) found++;
    }
  }
  console.log(
    `CodiEsp dev, ${documents} documents: ${found}/${total} gold categories suggested = ${(found / total).toFixed(3)}`,
  );
}

void main();
