/**
 * Site profiles: per-EPR JSON naming the CSS selectors of its sections and of what to ignore. Format
 * documented in docs/site-profiles.md. Pure (zod); any context.
 */
import { z } from 'zod';
import { SECTION_KINDS } from './types';

const selector = z.string().trim().min(1, 'must be a non-empty CSS selector').max(500);

const sectionSchema = z.strictObject({
  kind: z.enum(SECTION_KINDS),
  /** Each element it matches is one section. */
  selector,
  /** Items inside the section (rows, list items, fields); default: the section's lines. */
  itemSelector: selector.optional(),
  /** Inside an item: the text to read (default: the whole item, minus its label). */
  valueSelector: selector.optional(),
  /** Inside an item: its label, e.g. a table's type cell ("Primary"). */
  labelSelector: selector.optional(),
  /** Inside the section: its heading; or give `heading` as fixed text. */
  headingSelector: selector.optional(),
  heading: z.string().trim().min(1).max(200).optional(),
});

/** Where the EPR shows an episode's details, and optionally its coding fields for "Fill". */
const episodeFieldsSchema = z.strictObject({
  /** The local episode reference (never a patient identifier: refused if it looks like one). */
  ref: selector.optional(),
  /** Text such as "Male", "F", "Female". */
  sex: selector.optional(),
  /** Age in years ("67", "67y", "67 years"); dates of birth are not read. */
  age: selector.optional(),
  /** Dates as the EPR shows them (dd/mm/yyyy, yyyy-mm-dd, "12 Mar 2026"). */
  admitted: selector.optional(),
  discharged: selector.optional(),
  /** The EPR's coding fields, filled only when the coder presses "Fill". */
  fill: z
    .strictObject({
      /** One selector per position (primary first), or one field for the whole list. */
      diagnoses: z.array(selector).min(1).max(30),
      procedures: z.array(selector).max(30).default([]),
      format: z.enum(['dotted', 'undotted', 'nhs']).default('dotted'),
      /** Joins codes when one field takes a whole list. */
      separator: z.string().max(5).default(', '),
    })
    .optional(),
});

const profileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and hyphens'),
  name: z.string().trim().min(1).max(200),
  match: z.strictObject({
    origins: z
      .array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'must be an origin like https://epr.example.nhs.uk'))
      .min(1, 'needs at least one origin'),
    pathPrefix: z.string().startsWith('/', 'must start with /').optional(),
  }),
  sections: z.array(sectionSchema).min(1, 'needs at least one section'),
  ignore: z.array(selector).default([]),
  /** 'fallback' (default): generic heuristics only when the profile's selectors find nothing. */
  heuristics: z.enum(['fallback', 'always', 'never']).default('fallback'),
  episode: episodeFieldsSchema.optional(),
});

/** A validated site profile. */
export type SiteProfile = z.infer<typeof profileSchema>;
export type ProfileSection = z.infer<typeof sectionSchema>;
export type ProfileEpisodeFields = z.infer<typeof episodeFieldsSchema>;

/** Thrown when a profile is invalid; `issues` lists each problem as "path: message". */
export class SiteProfileError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid site profile: ${issues.join('; ')}`);
    this.name = 'SiteProfileError';
  }
}

/**
 * Validates profile JSON (a string or a parsed value). Selectors are also checked for syntax when a
 * DOM is available, so a typo fails here rather than silently matching nothing.
 */
export function parseSiteProfile(json: unknown): SiteProfile {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new SiteProfileError([`not JSON (${(e as Error).message})`]);
    }
  }
  const result = profileSchema.safeParse(value);
  if (!result.success) {
    throw new SiteProfileError(
      result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`),
    );
  }
  const bad = badSelectors(result.data);
  if (bad.length > 0) throw new SiteProfileError(bad);
  return result.data;
}

function badSelectors(p: SiteProfile): string[] {
  if (typeof document === 'undefined') return [];
  const probe = document.createDocumentFragment();
  const out: string[] = [];
  const check = (path: string, sel: string | undefined): void => {
    if (sel === undefined) return;
    try {
      probe.querySelector(sel);
    } catch {
      out.push(`${path}: invalid CSS selector "${sel}"`);
    }
  };
  p.sections.forEach((s, i) => {
    check(`sections.${i}.selector`, s.selector);
    check(`sections.${i}.itemSelector`, s.itemSelector);
    check(`sections.${i}.valueSelector`, s.valueSelector);
    check(`sections.${i}.labelSelector`, s.labelSelector);
    check(`sections.${i}.headingSelector`, s.headingSelector);
  });
  p.ignore.forEach((sel, i) => check(`ignore.${i}`, sel));
  const ep = p.episode;
  if (ep) {
    for (const key of ['ref', 'sex', 'age', 'admitted', 'discharged'] as const)
      check(`episode.${key}`, ep[key]);
    ep.fill?.diagnoses.forEach((sel, i) => check(`episode.fill.diagnoses.${i}`, sel));
    ep.fill?.procedures.forEach((sel, i) => check(`episode.fill.procedures.${i}`, sel));
  }
  return out;
}

/** The first profile whose origins (and path prefix, if any) match `url`; undefined if none. */
export function profileFor(url: string, profiles: readonly SiteProfile[]): SiteProfile | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  return profiles.find(
    (p) =>
      p.match.origins.includes(u.origin) &&
      (!p.match.pathPrefix || u.pathname.startsWith(p.match.pathPrefix)),
  );
}
