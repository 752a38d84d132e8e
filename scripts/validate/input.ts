/**
 * Reading `npm run validate` input: one JSON episode per line. Node-free and pure (takes the text),
 * so tests feed it strings. A bad line becomes a problem with its line number; the rest still run.
 */
import { z } from 'zod';
import type { RuleEpisode } from '@/lib/rules';

const mention = z.object({
  text: z.string().max(500),
  status: z.enum(['affirmed', 'negated', 'uncertain', 'history', 'family']),
  kind: z.enum(['diagnosis', 'procedure']),
});

/** The contract of issue 4 §3; unknown fields are ignored (zod strips them). */
export const inputEpisodeSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  sex: z.enum(['male', 'female']).nullable(),
  age: z.number().int().min(0).max(130).nullable(),
  endDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'endDate must be YYYY-MM-DD')
    .optional(),
  diagnoses: z.array(z.string().max(20)).max(200),
  procedures: z.array(z.string().max(20)).max(200),
  // Not in the contract's list but accepted: page mentions for the mandatory-comorbidity check.
  mentions: z.array(mention).max(500).optional(),
});

export interface InputLine {
  line: number;
  episode: RuleEpisode & { id: string };
  /** The parsed JSON object as written (evaluation sets keep their annotations here). */
  raw: Record<string, unknown>;
}

export interface InputProblem {
  line: number;
  message: string;
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'line'}: ${i.message}`)
    .join('; ');
}

/** Parse JSONL text; blank lines are skipped. */
export function parseInput(text: string): { episodes: InputLine[]; problems: InputProblem[] } {
  const episodes: InputLine[] = [];
  const problems: InputProblem[] = [];
  text.split(/\r?\n/).forEach((source, i) => {
    const line = i + 1;
    if (!source.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch (e) {
      problems.push({ line, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      problems.push({ line, message: 'expected a JSON object' });
      return;
    }
    const parsed = inputEpisodeSchema.safeParse(json);
    if (!parsed.success) {
      problems.push({ line, message: describe(parsed.error) });
      return;
    }
    episodes.push({ line, episode: parsed.data, raw: json as Record<string, unknown> });
  });
  return { episodes, problems };
}
