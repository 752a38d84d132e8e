/**
 * Extraction entry point: a page (or part of one) in, sections of the record out. Contexts: content
 * script; Node tools that build a DOM with happy-dom (`npm run extract`). No side effects at import.
 *
 * A site profile's selectors are tried first; generic heuristics (headings and labels in many
 * wordings, across tables, lists, forms, letters, frames and shadow roots) cover the rest.
 */
import type { SiteProfile } from './profile';
import { extractWithProfile } from './profile-extract';
import { DOCUMENT_NODE, nodeType } from './safe-dom';
import { segment } from './segment';
import type { ExtractedSection, ExtractionResult } from './types';
import { collectIgnored, createWalkState, walkRoot } from './walk';

export interface ExtractOptions {
  /** A validated site profile for this page (see `profileFor`). */
  profile?: SiteProfile;
  /** Characters of page text to read before stopping (default 2,000,000 ≈ 2 MB). */
  maxChars?: number;
  /** Gives each item's element an id the UI can scroll to; omitted in Node tools. */
  registerNode?: (el: Element) => number;
}

export const DEFAULT_MAX_CHARS = 2_000_000;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Reads the record's sections from `root`. Never throws: a page that breaks the DOM mid-read yields
 * the sections found so far.
 */
export function extractSections(
  root: Document | Element | ShadowRoot,
  opts: ExtractOptions = {},
): ExtractionResult {
  const t0 = now();
  const profile = opts.profile;
  const state = createWalkState(opts.maxChars ?? DEFAULT_MAX_CHARS, profile?.ignore ?? []);
  let sections: ExtractedSection[] = [];
  try {
    const start: Node =
      nodeType(root) === DOCUMENT_NODE
        ? ((root as Document).body ?? (root as Document).documentElement)
        : root;
    if (profile) {
      collectIgnored(root, state);
      sections = extractWithProfile(root, profile, state, opts.registerNode);
    }
    const useHeuristics =
      !profile ||
      profile.heuristics === 'always' ||
      (profile.heuristics === 'fallback' && sections.length === 0);
    if (useHeuristics && start) {
      state.lines = [];
      walkRoot(start, state);
      sections = sections.concat(segment(state.lines, opts.registerNode));
    }
  } catch {
    // Fail safe: a hostile or broken page must not take the content script down with it.
  }
  return { sections, chars: state.chars, truncated: state.truncated, ms: now() - t0 };
}
