/**
 * `npm run extract -- --input FILE [--json] [--no-scripts]`: reads an EPR page (.html, through the
 * extension's own extractor over a happy-dom DOM) or plain text (.txt, one free-text section), then
 * prints each mention with its status, kind, laterality and suggested codes. With `--json` the last
 * stdout line is `{"mentions":[…]}`. Errors print `error: …` and exit 1.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { extractSections } from '@/lib/extract/extract';
import type { ExtractedSection } from '@/lib/extract/types';
import { buildSearchIndex } from '@/lib/search';
import { CliError, parseArgs } from './extract/args';
import { loadPage } from './extract/load-page';
import { codeSections, toJson, toText } from './extract/run';
import { loadBundledReleases } from './lib/load-bundled';

async function readSections(file: string, scripts: boolean, notes: string[]): Promise<ExtractedSection[]> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.html' && ext !== '.htm' && ext !== '.txt') {
    throw new CliError(`unsupported file type ${JSON.stringify(ext || file)}: use .html or .txt`);
  }
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? 'error'})`,
    );
  }
  if (ext === '.txt')
    return [{ kind: 'free-text', heading: '', items: [{ text: content }], via: 'heuristic' }];
  const page = await loadPage(file, content, scripts);
  try {
    const result = extractSections(page.document);
    notes.push(
      `extraction: ${result.sections.length} sections, ${result.chars} characters in ${result.ms.toFixed(1)} ms`,
    );
    if (result.truncated) notes.push('note: the page was longer than the reading cap; the rest was not read');
    return result.sections;
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const notes: string[] = [];
  const sections = await readSections(args.input, args.scripts, notes);
  const index = buildSearchIndex(await loadBundledReleases());
  const { mentions, ms } = codeSections(index, sections);
  if (args.json) {
    process.stdout.write(`${toJson(mentions)}\n`);
    return;
  }
  notes.push(`suggestions: ${mentions.length} mentions in ${ms.toFixed(1)} ms`);
  process.stdout.write(`${toText(mentions, notes)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(
    `error: ${e instanceof CliError ? e.message : e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(1);
});
