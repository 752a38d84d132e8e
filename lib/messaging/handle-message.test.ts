import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { handleMessage } from './handle-message';
import { defaultServices, type MessageServices } from './services';

const origin = () => fakeBrowser.runtime.getURL('/');
const fromPage = (): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: `${origin()}sidepanel.html`,
});
const fromPageInTab = (): Browser.runtime.MessageSender => ({
  ...fromPage(),
  tab: { id: 7 } as Browser.tabs.Tab,
});
const fromContent = (): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: 'http://127.0.0.1:8080/epr.html',
  tab: { id: 3 } as Browser.tabs.Tab,
});

function services(): MessageServices {
  return {
    search: vi.fn(async () => ({ ready: true, results: [] })),
    seedStatus: vi.fn(async () => ({
      progress: { phase: 'ready' as const, done: 1, total: 1 },
      releases: [],
      active: [],
    })),
    reseed: vi.fn(async () => ({
      outcome: 'seeded' as const,
      seeded: [],
      active: [],
      codes: 0,
      terms: 0,
      ms: { wipe: 0, load: 0, write: 0, index: 0, store: 0, total: 0 },
    })),
    pageMentions: vi.fn(async (_tabId: number, data: { mentions: unknown[] }) => ({
      stored: true,
      mentions: data.mentions.length,
      suggested: true,
      suggestions: [],
    })),
    getPageMentions: vi.fn(async () => ({ page: null })),
    // The real analysis: pure, no store.
    analyseSections: vi.fn(defaultServices.analyseSections),
  };
}

const pneumonia = {
  text: 'community acquired pneumonia',
  original: 'Community acquired pneumonia',
  kind: 'diagnosis',
  status: 'affirmed',
  section: 'diagnoses',
  cues: [],
  qualifiers: [],
  expansions: [],
  item: 0,
  start: 0,
  end: 28,
};
const pageMentions = (data: object = {}) => ({
  type: 'pageMentions',
  data: { url: 'http://127.0.0.1:8080/epr.html', mentions: [pneumonia], revision: 0, ...data },
});

describe('handleMessage', () => {
  it('answers a valid search from a content script', async () => {
    const s = services();
    const res = await handleMessage(
      { type: 'search', data: { query: 'lap chole', system: 'opcs4' } },
      fromContent(),
      s,
    );
    expect(res).toEqual({ ok: true, data: { ready: true, results: [] } });
    expect(s.search).toHaveBeenCalledWith('lap chole', 'opcs4', undefined);
  });

  it('lets content scripts read the seed status', async () => {
    const res = await handleMessage({ type: 'getSeedStatus', data: {} }, fromContent(), services());
    expect(res.ok).toBe(true);
  });

  it('refuses reseed from a content script but accepts it from extension pages, also in a tab', async () => {
    const s = services();
    const denied = await handleMessage({ type: 'reseed', data: {} }, fromContent(), s);
    expect(denied).toEqual({ ok: false, error: `"reseed" is accepted only from the extension's own pages` });
    expect(s.reseed).not.toHaveBeenCalled();
    expect((await handleMessage({ type: 'reseed', data: { wipe: true } }, fromPage(), s)).ok).toBe(true);
    expect((await handleMessage({ type: 'reseed', data: {} }, fromPageInTab(), s)).ok).toBe(true);
    expect(s.reseed).toHaveBeenCalledWith(true);
  });

  it('refuses messages from other extensions', async () => {
    const res = await handleMessage(
      { type: 'search', data: { query: 'x' } },
      { id: 'someone-else', url: 'chrome-extension://someone-else/' },
      services(),
    );
    expect(res).toEqual({ ok: false, error: 'messages are accepted only from this extension' });
  });

  it('refuses a content script pretending to be a page by path alone', async () => {
    const sender = { ...fromContent(), url: `http://evil.example/${origin()}` };
    expect((await handleMessage({ type: 'reseed', data: {} }, sender, services())).ok).toBe(false);
  });

  it.each([
    [null, 'invalid message: expected { type: string, data: object }'],
    ['search', 'invalid message: expected { type: string, data: object }'],
    [{ type: 'deleteEverything', data: {} }, 'unknown message type "deleteEverything"'],
    [{ type: 'search', data: { query: 42 } }, 'invalid "search" message: data.query:'],
    [{ type: 'search', data: { query: 'x', system: 'snomed' } }, 'invalid "search" message: data.system:'],
    [{ type: 'search', data: { query: 'x', extra: 1 } }, 'invalid "search" message: data:'],
    [{ type: 'getSeedStatus' }, 'invalid "getSeedStatus" message: data:'],
  ])('answers a clear error for %j', async (msg, error) => {
    const res = await handleMessage(msg, fromPage(), services());
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toContain(error);
  });

  it('turns a failing service into an error answer instead of throwing', async () => {
    const s = { ...services(), seedStatus: async () => Promise.reject(new Error('database closed')) };
    expect(await handleMessage({ type: 'getSeedStatus', data: {} }, fromPage(), s)).toEqual({
      ok: false,
      error: '"getSeedStatus" failed: database closed',
    });
  });

  it("keeps a content script's page mentions under its tab", async () => {
    const s = services();
    const res = await handleMessage(pageMentions(), fromContent(), s);
    expect(res).toEqual({ ok: true, data: { stored: true, mentions: 1, suggested: true, suggestions: [] } });
    expect(s.pageMentions).toHaveBeenCalledWith(3, pageMentions().data);
  });

  it('ignores page mentions from a sender outside a tab', async () => {
    const s = services();
    const sender = { ...fromContent(), tab: undefined };
    expect(await handleMessage(pageMentions(), sender, s)).toEqual({
      ok: true,
      data: { stored: false, mentions: 0, suggested: false, suggestions: [] },
    });
    expect(s.pageMentions).not.toHaveBeenCalled();
  });

  it("lets only extension pages read a tab's mentions", async () => {
    const s = services();
    expect(await handleMessage({ type: 'getPageMentions', data: { tabId: 3 } }, fromContent(), s)).toEqual({
      ok: false,
      error: `"getPageMentions" is accepted only from the extension's own pages`,
    });
    expect(s.getPageMentions).not.toHaveBeenCalled();
    const res = await handleMessage({ type: 'getPageMentions', data: { tabId: 3 } }, fromPage(), s);
    expect(res).toEqual({ ok: true, data: { page: null } });
    expect(s.getPageMentions).toHaveBeenCalledWith(3);
  });

  it.each([
    [{ url: 'http://127.0.0.1/epr.html?nhs=9434765919' }, 'data.url: must be origin and path only'],
    [{ url: 'http://127.0.0.1/epr.html#top' }, 'data.url: must be origin and path only'],
    [{ title: 'Discharge summary' }, 'data:'],
    [{ mentions: [{ ...pneumonia, kind: 'medication' }] }, 'data.mentions.0.kind:'],
    [{ mentions: [{ ...pneumonia, text: 'x'.repeat(501) }] }, 'data.mentions.0.text:'],
    [{ mentions: [{ ...pneumonia, start: -1 }] }, 'data.mentions.0.start:'],
    [{ mentions: [{ ...pneumonia, page: '<html>' }] }, 'data.mentions.0:'],
    [{ mentions: Array.from({ length: 501 }, () => pneumonia) }, 'data.mentions:'],
  ])('refuses malformed page mentions %#', async (data, error) => {
    const s = services();
    const res = await handleMessage(pageMentions(data), fromContent(), s);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toContain(`invalid "pageMentions" message: ${error}`);
    expect(s.pageMentions).not.toHaveBeenCalled();
  });

  const analyse = (sections: unknown) => ({ type: 'analyseSections', data: { sections } });
  const dxList = (items: object[]) => [{ kind: 'diagnoses', heading: 'Diagnoses', items }];

  it("analyses a content script's sections into mentions anchored to their section and item", async () => {
    const sections = [
      { kind: 'procedures', heading: 'Operation', items: [{ text: 'Laparoscopic cholecystectomy' }] },
      ...dxList([{ text: 'No pneumonia' }, { text: 'Left knee OA; ?gout', label: 'Secondary' }]),
    ];
    const res = await handleMessage(analyse(sections), fromContent(), services());
    if (!res.ok) throw new Error(res.error);
    const data = res.data as {
      mentions: { text: string; status: string; kind: string; laterality?: string }[];
      anchors: unknown[];
    };
    expect(data.mentions.map((m) => [m.text, m.kind, m.status, m.laterality])).toEqual([
      ['Laparoscopic cholecystectomy', 'procedure', 'affirmed', undefined],
      ['pneumonia', 'diagnosis', 'negated', undefined],
      ['knee OA', 'diagnosis', 'affirmed', 'left'],
      ['gout', 'diagnosis', 'uncertain', undefined],
    ]);
    expect(data.anchors).toEqual([
      { section: 0, item: 0 },
      { section: 1, item: 0 },
      { section: 1, item: 1 },
      { section: 1, item: 1 },
    ]);
  });

  it('keeps markup in section text as text', async () => {
    const res = await handleMessage(
      analyse(dxList([{ text: '<img src=x onerror=alert(1)> pneumonia' }])),
      fromContent(),
      services(),
    );
    if (!res.ok) throw new Error(res.error);
    const { mentions } = res.data as { mentions: { original: string }[] };
    expect(mentions.map((m) => m.original).join(' ')).toContain('<img src=x onerror=alert(1)>');
  });

  it.each([
    [dxList([{ text: 'x'.repeat(2_000_001) }]), 'data.sections.0.items.0.text:'],
    [dxList(Array.from({ length: 20_001 }, () => ({ text: 'gout' }))), 'data.sections: at most 20000 items'],
    [[{ kind: 'medications', heading: '', items: [] }], 'data.sections.0.kind:'],
    [dxList([{ text: 'gout', nodeId: 3 }]), 'data.sections.0.items.0:'],
    [Array.from({ length: 2001 }, () => dxList([])[0]), 'data.sections:'],
  ])('refuses malformed sections %#', async (sections, error) => {
    const s = services();
    const res = await handleMessage(analyse(sections), fromContent(), s);
    expect(!res.ok && res.error).toContain(`invalid "analyseSections" message: ${error}`);
    expect(s.analyseSections).not.toHaveBeenCalled();
  });

  it('refuses getPageMentions without a tab id', async () => {
    const res = await handleMessage({ type: 'getPageMentions', data: {} }, fromPage(), services());
    expect(!res.ok && res.error).toContain('invalid "getPageMentions" message: data.tabId:');
  });
});
