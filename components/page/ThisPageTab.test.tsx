// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReleaseMeta } from '@/lib/classification/model';
import type { StoredPageMentions, SuggestedMention } from '@/lib/messaging/protocol';
import { buildSearchIndex } from '@/lib/search';
import type { Suggestion } from '@/lib/suggest/types';
import type { HighlightOutcome, PageApi } from '@/lib/ui/page-api';
import { createSyntheticSource } from '@/lib/ui/synthetic-source';
import type { CodeFormat } from '@/lib/classification/code-format';
import { createEpisodeInbox, type EpisodeInbox, type IncomingCode } from '@/lib/episode/inbox';
import { SECTION_FIRST } from './PageSections';
import { ThisPageTab } from './ThisPageTab';

const source = createSyntheticSource();
let root: HTMLElement;
let copied: string[];
let inbox: EpisodeInbox;
const copy = vi.fn(async (t: string) => {
  copied.push(t);
  return true;
});

const sug = (code: string, over: Partial<Suggestion> = {}): Suggestion => ({
  code,
  system: 'icd10',
  title: `Title of ${code}`,
  score: 0.9,
  reason: `matched '${code}' (title)`,
  role: 'main',
  ...over,
});

function mention(text: string, over: Partial<SuggestedMention> = {}): SuggestedMention {
  return {
    text,
    original: text,
    kind: 'diagnosis',
    status: 'affirmed',
    section: 'diagnoses',
    cues: [],
    qualifiers: [],
    expansions: [],
    item: 0,
    start: 0,
    end: text.length,
    suggestions: [],
    ...over,
  };
}

const PAGE: StoredPageMentions = {
  url: 'http://127.0.0.1/epr/discharge.html',
  revision: 3,
  at: 1,
  suggested: true,
  stats: { ms: 6.2, chars: 12_000, truncated: false },
  mentions: [
    mention('Community acquired pneumonia', {
      laterality: 'right',
      suggestions: [sug('J18.9'), sug('J18.0'), sug('J18.1'), sug('J18.8')],
    }),
    mention('Pulmonary embolism', { status: 'negated', cues: ['excluded'] }),
    mention('Laparoscopic cholecystectomy', {
      kind: 'procedure',
      section: 'procedures',
      suggestions: [
        sug('J18.3', { system: 'opcs4' }),
        sug('Y75.2', { system: 'opcs4', role: 'approach', flags: { secondaryOnly: true } }),
      ],
    }),
    mention('Delirium', {
      status: 'uncertain',
      cues: ['?'],
      suggestions: [sug('F05.9', { flags: { uncertain: true } })],
    }),
    mention('Previous MI', {
      status: 'history',
      section: 'history',
      suggestions: [sug('I21.9'), sug('I25.2', { role: 'history' })],
    }),
    mention('Hypertension', { section: 'diagnoses', suggestions: [sug('I10')] }),
  ],
};

function fakeApi(initial: StoredPageMentions | null) {
  let page = initial;
  let notify: ((p: StoredPageMentions | null | 'reread') => void) | null = null;
  const api = {
    getPage: vi.fn(async () => page),
    watchPage: vi.fn((_id: number, cb: (p: StoredPageMentions | null | 'reread') => void) => {
      notify = cb;
      return () => (notify = null);
    }),
    highlight: vi.fn(async (): Promise<HighlightOutcome> => 'found'),
    requestSiteAccess: vi.fn(async () => ({ ok: true })),
  } satisfies PageApi;
  return {
    api,
    /** The background stored a new revision: the change carries it, or the panel must ask again. */
    update: async (next: StoredPageMentions | null, carried = false) => {
      page = next;
      await act(async () => notify?.(carried ? next : 'reread'));
      await flush();
    },
  };
}

const flush = () => act(() => new Promise((r) => setTimeout(r, 10)));
const $ = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const $$ = (id: string, scope: ParentNode = root) => [
  ...scope.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`),
];
const mentionEl = (text: string) =>
  $$('mention').find((m) => m.querySelector('[data-testid="mention-text"]')!.textContent === text)!;
const codesOf = (el: HTMLElement) => $$('suggestion', el).map((s) => s.dataset.code);
async function click(el: HTMLElement | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(() => el.click());
  await flush();
}

async function mount(
  api: PageApi,
  opts: {
    url?: string;
    format?: CodeFormat;
    onSelection?: () => void;
    index?: Parameters<typeof ThisPageTab>[0]['index'];
  } = {},
) {
  await act(() =>
    render(
      <ThisPageTab
        api={api}
        tab={{ tabId: 7, url: opts.url }}
        index={opts.index ?? null}
        source={source}
        format={opts.format ?? 'dotted'}
        copy={copy}
        inbox={inbox}
        onSelection={opts.onSelection}
      />,
      root,
    ),
  );
  await flush();
}

beforeEach(() => {
  copied = [];
  inbox = createEpisodeInbox();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('This page tab', () => {
  it('shows sections in page order, chips in words, roles, flags and the read stats', async () => {
    await mount(fakeApi(PAGE).api);
    expect($$('page-section').map((s) => s.dataset.kind)).toEqual(['diagnoses', 'procedures', 'history']);
    expect($('page-stats')!.textContent).toBe('6 mentions read in 6 ms');

    const cap = mentionEl('Community acquired pneumonia');
    expect(cap.querySelector('[data-testid="status-chip"]')!.textContent).toBe('Affirmed');
    expect(cap.querySelector('[data-testid="laterality-chip"]')!.textContent).toBe('Right');
    expect(codesOf(cap)).toEqual(['J18.9', 'J18.0', 'J18.1']); // top three only

    const pe = mentionEl('Pulmonary embolism');
    expect(pe.dataset.collapsed).toBe('true');
    expect(pe.querySelector('[data-testid="status-chip"]')!.textContent).toBe('Negated');
    expect(codesOf(pe)).toEqual([]);
    expect(pe.querySelector('[data-testid="not-coded"]')!.textContent).toBe('Not coded: “excluded”');

    const lap = mentionEl('Laparoscopic cholecystectomy');
    expect(codesOf(lap)).toEqual(['J18.3', 'Y75.2']);
    expect($$('role-label', lap).map((r) => r.textContent)).toEqual(['Supplementary: approach']);
    expect(mentionEl('Previous MI').querySelector('[data-testid="role-label"]')!.textContent).toBe(
      'Personal history code',
    );
    const delirium = mentionEl('Delirium');
    expect(delirium.querySelector('[data-testid="status-chip"]')!.textContent).toBe('Uncertain');
    expect(delirium.querySelector('[data-testid="uncertain-flag"]')).not.toBeNull();
    expect(delirium.querySelector('[data-testid="mention-context"]')!.textContent).toBe('cues “?”');
  });

  it('asks the page to show a clicked mention and says what happened', async () => {
    const { api } = fakeApi(PAGE);
    await mount(api);
    await click(mentionEl('Delirium').querySelector<HTMLElement>('[data-testid="mention-text"]'));
    expect(api.highlight).toHaveBeenCalledWith(7, 3, 3);
    expect($('page-status')!.textContent).toBe('Shown in the page');
    expect(mentionEl('Delirium').className).toContain('mention--current');

    api.highlight.mockResolvedValueOnce('unreachable');
    await click(mentionEl('Hypertension').querySelector<HTMLElement>('[data-testid="mention-text"]'));
    expect($('page-status')!.textContent).toMatch(/cannot be reached: reload/);
    expect($('page-status')!.className).toContain('copy-status--error');
  });

  it('copies a code in the chosen format and sends codes to the episode inbox', async () => {
    const received: IncomingCode[] = [];
    inbox.listen((codes) => received.push(...codes));
    await mount(fakeApi(PAGE).api, { format: 'nhs' });
    const htn = mentionEl('Hypertension');
    expect(htn.querySelector('[data-testid="suggestion-code"]')!.textContent).toBe('I10X');
    await click(htn.querySelector<HTMLElement>('[data-testid="copy-code"]'));
    expect(copied).toEqual(['I10X']);
    expect($('page-status')!.textContent).toBe('Copied I10X (ICD-10)');

    await click(htn.querySelector<HTMLElement>('[data-testid="add-to-episode"]'));
    expect($('page-status')!.textContent).toBe('Added I10X to the episode');
    await click(
      mentionEl('Community acquired pneumonia').querySelector<HTMLElement>('[data-testid="add-to-episode"]'),
    );
    expect(received).toEqual([
      { system: 'icd10', code: 'I10', title: 'Title of I10', source: 'page' },
      { system: 'icd10', code: 'J18.9', title: 'Title of J18.9', source: 'page' },
    ]);
    const added = mentionEl('Hypertension').querySelector<HTMLButtonElement>(
      '[data-testid="add-to-episode"]',
    )!;
    expect(added.disabled).toBe(true);
    expect(added.textContent).toBe('Added');
    expect(added.getAttribute('aria-label')).toBe('I10X was added to the episode');
    // A code not sent keeps its button.
    const other = mentionEl('Laparoscopic cholecystectomy').querySelector<HTMLButtonElement>(
      '[data-testid="add-to-episode"]',
    )!;
    expect(other.textContent).toBe('Add to episode');
    // The stand-in storage.local list is gone.
    expect(await fakeBrowser.storage.local.get('episodeDraft')).toEqual({});
    expect($('episode-draft')).toBeNull();
  });

  it('updates live when a new revision is stored, keeping the list in place', async () => {
    const { api, update } = fakeApi(PAGE);
    await mount(api);
    const list = $('page-read');
    await update({
      ...PAGE,
      revision: 4,
      mentions: [...PAGE.mentions, mention('Asthma', { suggestions: [sug('J45.9')] })],
    });
    expect($('page-read')).toBe(list); // same element: the scroll position stays
    expect($('page-read')!.dataset.revision).toBe('4');
    expect(codesOf(mentionEl('Asthma'))).toEqual(['J45.9']);
    expect(api.getPage).toHaveBeenCalledTimes(2);

    // A complete page in the storage change is shown without asking the background.
    await update(
      { ...PAGE, revision: 5, mentions: [mention('Gout', { suggestions: [sug('M10.9')] })] },
      true,
    );
    expect(api.getPage).toHaveBeenCalledTimes(2);
    expect($('page-read')).toBe(list);
    expect($$('mention').map((m) => m.dataset.index)).toEqual(['0']);
    expect(codesOf(mentionEl('Gout'))).toEqual(['M10.9']);

    await update(null, true);
    expect($('page-empty')).not.toBeNull();
  });

  it('offers to enable the site when nothing is stored for the tab', async () => {
    const { api } = fakeApi(null);
    await mount(api, { url: 'https://epr.trust.nhs.uk/patient/1?id=2' });
    expect($('page-empty')!.textContent).toMatch(/No diagnoses or procedures have been read/);
    expect(($('enable-origin') as HTMLInputElement).value).toBe('https://epr.trust.nhs.uk');
    await click($('enable-site'));
    expect(api.requestSiteAccess).toHaveBeenCalledWith('https://epr.trust.nhs.uk');
    expect($('enable-result')!.textContent).toMatch(/Enabled\. Reload the page/);

    api.requestSiteAccess.mockResolvedValueOnce({ ok: false, error: 'Access was not granted' } as never);
    await click($('enable-site'));
    expect($('enable-result')!.textContent).toBe('Access was not granted');
  });

  it('switches trainee mode in storage.local', async () => {
    await fakeBrowser.storage.local.set({ traineeMode: true });
    await mount(fakeApi(PAGE).api);
    const toggle = $('trainee-toggle') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await click(toggle);
    expect(await fakeBrowser.storage.local.get('traineeMode')).toEqual({ traineeMode: false });
    expect(($('trainee-toggle') as HTMLInputElement).checked).toBe(false);
  });

  it('shows coded selections analysed, newest first, and dismisses them', async () => {
    const index = buildSearchIndex([
      { meta: { id: 'syn', system: 'icd10' } as ReleaseMeta, codes: source.codes, terms: [] },
    ]);
    const onSelection = vi.fn();
    await mount(fakeApi(PAGE).api, { onSelection, index });
    await act(() =>
      fakeBrowser.storage.session.set({
        codeSelection: { tabId: 7, text: 'no hypertension', at: Date.now() - 5 },
      }),
    );
    await flush();
    await act(() =>
      fakeBrowser.storage.session.set({ codeSelection: { tabId: 7, text: 'Pneumonia', at: Date.now() } }),
    );
    await flush();
    expect(onSelection).toHaveBeenCalledTimes(2);
    const sels = $$('selection');
    expect(sels.map((s) => s.querySelector('[data-testid="selection-text"]')!.textContent)).toEqual([
      'Pneumonia',
      'no hypertension',
    ]);
    expect(codesOf(sels[0]!)[0]).toBe('J18.9');
    expect(sels[1]!.querySelector('[data-testid="status-chip"]')!.textContent).toBe('Negated');
    // Text that is not on a page has nothing to highlight.
    expect(sels[0]!.querySelector('button[data-testid="mention-text"]')).toBeNull();

    await click(sels[0]!.querySelector<HTMLElement>('[data-testid="dismiss-selection"]'));
    expect($$('selection')).toHaveLength(1);
    expect(await fakeBrowser.storage.session.get('codeSelection')).toEqual({});
  });

  it('renders the first mentions of a long section and more on request', async () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      mention(`Condition ${i}`, { suggestions: [sug('I10')] }),
    );
    await mount(fakeApi({ ...PAGE, mentions: many }).api);
    expect($$('mention')).toHaveLength(SECTION_FIRST);
    await click($('show-more'));
    expect($$('mention')).toHaveLength(SECTION_FIRST + 100);
    expect($('show-more')!.textContent).toBe('Show 100 more of 375 in diagnoses');
  });
});
