/**
 * The content script's answers to `getEpisodeDetails` and `fillEpisode`: episode details read through
 * the page's site profile, and "Fill", which writes the coder's codes into the EPR's own coding fields
 * in the profile's format. Fill happens only here, on that explicit message. Contexts: content script;
 * unit tests with happy-dom.
 */
import { formatCode } from '@/lib/classification/code-format';
import { fillCodingFields, readEpisodeDetails } from '@/lib/extract/episode-fields';
import type { SiteProfile } from '@/lib/extract/profile';
import {
  NO_FILL_ERROR,
  type ContentRequestOf,
  type EpisodeDetailsAnswer,
  type FillEpisodeAnswer,
} from '@/lib/messaging/content-protocol';
import { ContentMessageError } from './content-messages';

/** The profile's episode details; `details` is null when the profile (or its `episode` part) is missing. */
export function episodeDetailsFor(doc: Document, profile: SiteProfile | undefined): EpisodeDetailsAnswer {
  if (!profile) return { profile: null, details: null, fillable: false };
  const episode = profile.episode;
  return {
    profile: profile.id,
    details: episode ? readEpisodeDetails(doc, episode) : null,
    fillable: Boolean(episode?.fill),
  };
}

/**
 * Writes the codes into the profile's coding fields. Throws ContentMessageError(NO_FILL_ERROR) when
 * the page has no profile with `episode.fill`, so nothing is written.
 */
export function fillEpisodeFor(
  doc: Document,
  profile: SiteProfile | undefined,
  data: ContentRequestOf<'fillEpisode'>['data'],
): FillEpisodeAnswer {
  const fill = profile?.episode?.fill;
  if (!fill) throw new ContentMessageError(NO_FILL_ERROR);
  const diagnoses = data.diagnoses.map((d) =>
    formatCode(d.code, fill.format, { system: 'icd10', dagger: d.dagger, asterisk: d.asterisk }),
  );
  const procedures = data.procedures.map((p) => formatCode(p.code, fill.format, { system: 'opcs4' }));
  return fillCodingFields(doc, fill, { diagnoses, procedures });
}
