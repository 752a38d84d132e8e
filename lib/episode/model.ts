/**
 * The coded episode: what the coder builds, the worklist stores and the rules check. Zod schemas are
 * the single source of the types, because episodes cross a trust boundary when files are imported.
 * Pure; any context.
 *
 * Y/Z attachment and dagger/asterisk pairing are recorded by position, as PAS screens record them:
 * an OPCS-4 chapter Y/Z code qualifies the procedure directly before it, and an asterisk code follows
 * its dagger directly (sequence.ts keeps groups together when they move).
 */
import { z } from 'zod';
import { canonicalCode } from '@/lib/classification/code-format';
import { checkEpisodeRef } from './episode-ref';
import type { RuleEpisode } from './findings';

export const EPISODE_STATUSES = ['in-progress', 'queried', 'coded'] as const;
export type EpisodeStatus = (typeof EPISODE_STATUSES)[number];
export const STATUS_LABELS: Record<EpisodeStatus, string> = {
  'in-progress': 'In progress',
  queried: 'Queried',
  coded: 'Coded',
};

/** Where a code came from: search, "This page" suggestions, typed by the coder, or a finding's fix. */
export const CODE_SOURCES = ['search', 'page', 'typed', 'fix'] as const;
export type CodeOrigin = (typeof CODE_SOURCES)[number];

const canonical = z
  .string()
  .refine((c) => canonicalCode(c) === c, { message: 'Not a canonical dotted code (e.g. J18.9, I10)' });

export const episodeCodeSchema = z.object({
  code: canonical,
  title: z.string().max(500).optional(),
  source: z.enum(CODE_SOURCES),
});
export type EpisodeCode = z.infer<typeof episodeCodeSchema>;

const isoDate = z.iso.date();

export const episodeRefSchema = z.string().superRefine((ref, ctx) => {
  const r = checkEpisodeRef(ref);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
});

export const episodeSchema = z
  .object({
    id: z.uuid(),
    ref: episodeRefSchema,
    sex: z.enum(['male', 'female']).nullable(),
    age: z.number().int().min(0).max(130).nullable(),
    admitted: isoDate.optional(),
    discharged: isoDate.optional(),
    status: z.enum(EPISODE_STATUSES),
    diagnoses: z.array(episodeCodeSchema).max(100),
    procedures: z.array(episodeCodeSchema).max(100),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .refine((e) => !e.admitted || !e.discharged || e.admitted <= e.discharged, {
    message: 'The discharge date is before the admission date',
    path: ['discharged'],
  });
export type Episode = z.infer<typeof episodeSchema>;

export type CodeListKey = 'diagnoses' | 'procedures';
export const LIST_SYSTEM = { diagnoses: 'icd10', procedures: 'opcs4' } as const;

/** A new, empty episode. */
export function createEpisode(now: Date = new Date(), id: string = crypto.randomUUID()): Episode {
  const at = now.toISOString();
  return {
    id,
    ref: '',
    sex: null,
    age: null,
    status: 'in-progress',
    diagnoses: [],
    procedures: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** The episode as the rule engine reads it; the discharge date picks the release in force. */
export function toRuleEpisode(e: Episode): RuleEpisode {
  return {
    id: e.id,
    sex: e.sex,
    age: e.age,
    ...(e.discharged ? { endDate: e.discharged } : {}),
    diagnoses: e.diagnoses.map((c) => c.code),
    procedures: e.procedures.map((c) => c.code),
  };
}

/**
 * Takes the code lists of a rule episode (after a fix) back into the episode: codes already there keep
 * their title and source, new ones are marked as coming from a fix. Demographics stay the episode's.
 */
export function withRuleCodes(e: Episode, r: RuleEpisode): Episode {
  const merge = (before: EpisodeCode[], after: string[]): EpisodeCode[] => {
    const pool = [...before];
    return after.map((raw) => {
      const code = canonicalCode(raw) ?? raw;
      const i = pool.findIndex((c) => c.code === code);
      if (i >= 0) return pool.splice(i, 1)[0]!;
      return { code, source: 'fix' };
    });
  };
  return { ...e, diagnoses: merge(e.diagnoses, r.diagnoses), procedures: merge(e.procedures, r.procedures) };
}
