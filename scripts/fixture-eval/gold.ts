/**
 * Gold annotation files of the synthetic EPR fixtures (format: docs/fixtures.md), validated with zod
 * so a malformed gold file fails loudly instead of skewing the figures.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const goldMentionSchema = z.object({
  text: z.string().min(1),
  kind: z.enum(['diagnosis', 'procedure']),
  status: z.enum(['affirmed', 'negated', 'uncertain', 'history', 'family']),
  laterality: z.enum(['left', 'right', 'bilateral']).nullable(),
  section: z.string(),
  codes: z.array(z.string()),
  route: z.string().optional(),
  frame: z.string().optional(),
  supplementary: z.array(z.string()).optional(),
});

const goldPageSchema = z.object({
  page: z.string(),
  layout: z.string().optional(),
  mentions: z.array(goldMentionSchema),
  optional: z.array(z.string()).optional(),
  ignored: z.array(z.string()).optional(),
});

export type GoldMention = z.infer<typeof goldMentionSchema>;
export type GoldPage = z.infer<typeof goldPageSchema>;

/** Every `*.gold.json` in `dir`, sorted by page name. */
export async function loadGoldPages(dir: string): Promise<GoldPage[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).sort();
  const pages: GoldPage[] = [];
  for (const f of files) {
    const parsed = goldPageSchema.safeParse(JSON.parse(await readFile(join(dir, f), 'utf8')));
    if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues[0]?.message}`);
    pages.push(parsed.data);
  }
  return pages;
}

/** The routes a page's gold names, in order of first appearance; `[undefined]` for single views. */
export function goldRoutes(page: GoldPage): (string | undefined)[] {
  const routes = [...new Set(page.mentions.map((m) => m.route))];
  return routes.length ? routes : [undefined];
}
