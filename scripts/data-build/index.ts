/**
 * Node-only: `npm run data:build [-- --from DIR] [--out DIR]` builds the bundled default release
 * (public/release/) from the public data in ../shared/data (see its README for sources and licences).
 * Deterministic: the same inputs give byte-identical output.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Release } from '@/lib/classification/model';
import { BUNDLE_FORMAT_VERSION } from '@/lib/classification/bundle';
import { createCmMapper } from './cm-map';
import { buildCuratedTerms } from './curated';
import { buildIcd10Codes } from './icd10';
import { buildIcd10Terms } from './icd10-terms';
import { buildOpcs4Codes } from './opcs4';
import { buildOpcsWordFormTerms } from './opcs-word-forms';
import { createSourceFiles } from './sources';
import { countBySource, dedupeTerms } from './terms';
import { parseUsageTable } from './usage';
import { writeBundle } from './write-bundle';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, out: { type: 'string' } },
  });
  const dataDir = resolve(values.from ?? join(repo, '../shared/data'));
  const outDir = resolve(values.out ?? join(repo, 'public/release'));
  const src = createSourceFiles(dataDir, join(here, 'curated'));
  const t0 = performance.now();

  const icdUsage = parseUsageTable(
    src.read('usage/hes-icd10-usage-fy2021-2024.tsv'),
    'hes-icd10-usage',
    'icd10_code',
  );
  const opcsUsage = parseUsageTable(
    src.read('usage/hes-opcs4-usage-fy2021-2024.tsv'),
    'hes-opcs4-usage',
    'opcs4_code',
  );
  const fy = `${icdUsage.latestYear.start.slice(0, 4)}/${icdUsage.latestYear.end.slice(2, 4)}`;
  // A fixed build stamp taken from the inputs (the end of the latest usage year) keeps builds reproducible.
  const builtAt = `${icdUsage.latestYear.end}T00:00:00Z`;

  const icdFirst = buildIcd10Codes(src, icdUsage);
  const cm = createCmMapper(icdFirst.codes);
  const icdTerms = buildIcd10Terms(src, icdFirst.codes, cm);
  const icd = icdTerms.pairs.length ? buildIcd10Codes(src, icdUsage, icdTerms.pairs) : icdFirst;
  const opcs = buildOpcs4Codes(src, opcsUsage);

  const known = {
    icd10: new Set(icd.codes.map((c) => c.code)),
    opcs4: new Set(opcs.codes.map((c) => c.code)),
  };
  const curated = buildCuratedTerms(
    src.readOptional('curated/abbreviations.tsv'),
    src.readOptional('curated/uk-synonyms.tsv'),
    known,
  );
  const curatedFor = (s: string) => curated.terms.filter((t) => t.system === s);

  const releases: Release[] = [
    {
      meta: {
        id: 'icd10/5th-edition-public-2024.1',
        system: 'icd10',
        version: `ICD-10 5th Edition public baseline (UK Biobank coding 19, HES ${fy} titles)`,
        effectiveFrom: '2016-04-01',
        source: 'bundled',
        formatVersion: BUNDLE_FORMAT_VERSION,
        builtAt,
        counts: { codes: 0, terms: 0 },
      },
      codes: icd.codes,
      // Curated UK terms first: when a term repeats, the UK source is the one kept.
      terms: dedupeTerms(icd.codes, [...curatedFor('icd10'), ...icdTerms.terms]),
    },
    {
      meta: {
        id: 'opcs4/4.10-public-2024.1',
        system: 'opcs4',
        version: 'OPCS-4 public baseline (4.7 tree) with 4.10 titles and additions',
        effectiveFrom: '2023-04-01',
        source: 'bundled',
        formatVersion: BUNDLE_FORMAT_VERSION,
        builtAt,
        counts: { codes: 0, terms: 0 },
      },
      codes: opcs.codes,
      terms: dedupeTerms(opcs.codes, [...curatedFor('opcs4'), ...buildOpcsWordFormTerms(opcs.codes)]),
    },
  ];
  for (const r of releases) r.meta.counts = { codes: r.codes.length, terms: r.terms.length };
  const manifest = await writeBundle(outDir, releases);

  console.log(`data:build from ${dataDir} -> ${outDir} in ${Math.round(performance.now() - t0)} ms`);
  console.log(
    'icd10 codes:',
    icd.stats,
    'terms by source:',
    countBySource(releases[0]!.terms),
    icdTerms.stats,
  );
  console.log('opcs4 codes:', opcs.stats, 'terms by source:', countBySource(releases[1]!.terms));
  if (curated.unknownCodes.length) {
    console.log(`curated rows naming codes not in the release (${curated.unknownCodes.length}):`);
    for (const u of curated.unknownCodes.slice(0, 20)) console.log(`  ${u}`);
  }
  for (const m of manifest.releases) {
    console.log(`${m.file}: ${(m.bytes / 1024).toFixed(0)} KiB, ${m.codes} codes, ${m.terms} terms`);
  }
  const total = manifest.releases.reduce((a, m) => a + m.bytes, 0);
  console.log(`total ${(total / 1024 / 1024).toFixed(2)} MiB`);
}

main().catch((e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
