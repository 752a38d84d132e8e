/**
 * The content script's life on one page: reads the site settings, runs the page reader only while the
 * site is enabled, shows trainee badges while trainee mode is on, and answers highlight and selection
 * requests. Turning the site (or trainee mode) off removes every trace: observers, listeners, timers,
 * badges and highlights. The page's site profile (lib/sites/profiles.ts, chosen by URL at each read)
 * steers extraction and answers the episode-details and Fill messages. Contexts: content script; unit tests with happy-dom (everything injected).
 */
import { profileFor, type SiteProfile } from '@/lib/extract/profile';
import type {
  ContentRequestOf,
  EpisodeDetailsAnswer,
  FillEpisodeAnswer,
} from '@/lib/messaging/content-protocol';
import type { PageMentionsData, Response } from '@/lib/messaging/protocol';
import { readSiteProfiles, type InvalidStoredProfile } from '@/lib/sites/profiles';
import { parseSiteSettings, SETTINGS_KEYS, siteEnabled } from '@/lib/sites/settings';
import { createBadgeLayer, type BadgeLayer, type PlacedBadge } from './badge-layer';
import type { Clock } from './clock';
import { episodeDetailsFor, fillEpisodeFor } from './episode-actions';
import { createHighlighter } from './highlight';
import { mentionRange } from './mention-range';
import { createPageReader, type PageReader, type PageReaderDeps, type ReaderState } from './page-reader';
import { readSelection } from './selection';

type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

/** The parts of browser.storage the session uses (storage.local and onChanged). */
export interface SettingsSource {
  get(keys: string[]): Promise<Record<string, unknown>>;
  onChanged: {
    addListener(cb: (changes: StorageChanges, area: string) => void): void;
    removeListener(cb: (changes: StorageChanges, area: string) => void): void;
  };
}

export interface PageSessionDeps {
  doc: Document;
  win: Window;
  clock: Clock;
  analyse: PageReaderDeps['analyse'];
  send(data: PageMentionsData): Promise<Response<'pageMentions'>>;
  storage: SettingsSource;
  schedule?: PageReaderDeps['schedule'];
  retryDelaysMs?: PageReaderDeps['retryDelaysMs'];
  /** Stored profiles that failed validation (their issues only, no page data), for the console. */
  onInvalidProfiles?(invalid: InvalidStoredProfile[]): void;
}

export interface PageSession {
  start(): Promise<void>;
  stop(): void;
  /** Scroll to and highlight mention `index` of `revision`; false when stale or gone. */
  highlightMention(revision: number, index: number): boolean;
  /** The page's selected text (empty while the site is not enabled). */
  selection(): string;
  /** The page's site profile while the site is enabled. */
  profile(): SiteProfile | undefined;
  episodeDetails(): EpisodeDetailsAnswer;
  /** Throws ContentMessageError when the page's profile has no coding fields. */
  fillEpisode(data: ContentRequestOf<'fillEpisode'>['data']): FillEpisodeAnswer;
  readonly active: boolean;
  readonly reader: PageReader | null;
  readonly badges: BadgeLayer | null;
}

const BADGE_STATUSES = new Set(['affirmed', 'uncertain', 'history']);

/** The page's origin for the site check; file pages report "null", so their URL is used. */
const originOf = (loc: Location): string => (loc.origin && loc.origin !== 'null' ? loc.origin : loc.href);

export function createPageSession(deps: PageSessionDeps): PageSession {
  const { doc, win, clock } = deps;
  const highlighter = createHighlighter(doc, win, clock);
  let revision = 0;
  let enabled = false;
  let trainee = false;
  let reader: PageReader | null = null;
  let badges: BadgeLayer | null = null;
  let stopped = false;
  let profiles: SiteProfile[] = [];

  const currentProfile = () => (enabled ? profileFor(win.location.href, profiles) : undefined);

  function setProfiles(stored: unknown) {
    const loaded = readSiteProfiles(stored);
    profiles = loaded.profiles;
    if (loaded.invalid.length) deps.onInvalidProfiles?.(loaded.invalid);
  }

  const elementOf = (s: ReaderState, index: number) => {
    const anchor = s.anchors[index];
    const item = anchor ? s.sections[anchor.section]?.items[anchor.item] : undefined;
    const el = item?.nodeId !== undefined ? s.registry.get(item.nodeId) : undefined;
    return el && el.isConnected && item ? { el, item } : null;
  };

  function placedBadges(s: ReaderState): PlacedBadge[] {
    const out: PlacedBadge[] = [];
    s.data.mentions.forEach((m, i) => {
      const suggestions = s.suggestions?.[i] ?? [];
      if (!BADGE_STATUSES.has(m.status) || !suggestions.length) return;
      const at = elementOf(s, i);
      // Badges are placed in this document's viewport: not for mentions inside frames.
      if (!at || at.el.ownerDocument !== doc) return;
      const range = mentionRange(doc, at.el, at.item.text, m.start, m.end);
      out.push({ range, mentionText: m.original || m.text, status: m.status, suggestions });
    });
    return out;
  }

  function showBadges(s: ReaderState | null) {
    if (!trainee || !s) return;
    if (!s.suggestions) return;
    badges ??= createBadgeLayer(doc, win);
    badges.render(placedBadges(s));
  }

  function hideBadges() {
    badges?.destroy();
    badges = null;
  }

  function apply() {
    if (stopped) return;
    if (enabled && !reader) {
      reader = createPageReader({
        doc,
        win,
        clock,
        analyse: deps.analyse,
        send: deps.send,
        nextRevision: () => ++revision,
        profile: currentProfile,
        onUpdate: showBadges,
        onMutation: () => badges?.schedule(),
        schedule: deps.schedule,
        retryDelaysMs: deps.retryDelaysMs,
      });
      reader.start();
    } else if (!enabled && reader) {
      reader.stop();
      reader = null;
      highlighter.clear();
    }
    if (!enabled || !trainee) hideBadges();
    else showBadges(reader?.state ?? null);
  }

  function onChanged(changes: StorageChanges, area: string) {
    if (area !== 'local') return;
    if (SETTINGS_KEYS.sites in changes)
      enabled = siteEnabled(
        originOf(win.location),
        parseSiteSettings(changes[SETTINGS_KEYS.sites]!.newValue),
      );
    const wasTrainee = trainee;
    if (SETTINGS_KEYS.trainee in changes) trainee = changes[SETTINGS_KEYS.trainee]!.newValue === true;
    if (SETTINGS_KEYS.profiles in changes) {
      setProfiles(changes[SETTINGS_KEYS.profiles]!.newValue);
      reader?.refresh();
    }
    apply();
    // Badges wanted now but the last answer had no suggestions (retries over): ask once more.
    if (trainee && !wasTrainee && reader?.state && !reader.state.suggestions) reader.resend();
  }

  return {
    async start() {
      deps.storage.onChanged.addListener(onChanged);
      let stored: Record<string, unknown>;
      try {
        stored = await deps.storage.get([SETTINGS_KEYS.sites, SETTINGS_KEYS.trainee, SETTINGS_KEYS.profiles]);
      } catch {
        return; // the extension is gone or reloading: stay inert
      }
      enabled = siteEnabled(originOf(win.location), parseSiteSettings(stored[SETTINGS_KEYS.sites]));
      trainee = stored[SETTINGS_KEYS.trainee] === true;
      setProfiles(stored[SETTINGS_KEYS.profiles]);
      apply();
    },
    stop() {
      stopped = true;
      deps.storage.onChanged.removeListener(onChanged);
      reader?.stop();
      reader = null;
      hideBadges();
      highlighter.clear();
    },
    highlightMention(rev, index) {
      const s = reader?.state;
      if (!s || s.revision !== rev) return false;
      const m = s.data.mentions[index];
      const at = m ? elementOf(s, index) : null;
      if (!m || !at) return false;
      highlighter.show(at.el, mentionRange(doc, at.el, at.item.text, m.start, m.end));
      return true;
    },
    selection: () => (reader ? readSelection(doc, win) : ''),
    profile: currentProfile,
    episodeDetails: () => episodeDetailsFor(doc, currentProfile()),
    fillEpisode: (data) => fillEpisodeFor(doc, currentProfile(), data),
    get active() {
      return reader !== null;
    },
    get reader() {
      return reader;
    },
    get badges() {
      return badges;
    },
  };
}
