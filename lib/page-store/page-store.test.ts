import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildSearchIndex, type SearchIndex } from '@/lib/search';
import { analyseText } from '@/lib/text/analyse';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';
import {
  forgetPageMentions,
  forgetPagesWhere,
  MAX_TABS,
  readPageMentions,
  storePageMentions,
} from './page-store';

let index: SearchIndex;
beforeAll(async () => {
  index = buildSearchIndex(await loadBundledReleases());
}, 60_000);

const data = () => ({
  url: 'http://127.0.0.1/discharge.html',
  mentions: analyseText('Community acquired pneumonia', 'diagnoses'),
  revision: 1,
});

describe('page store', () => {
  it("keeps a tab's mentions with suggestions in storage.session", async () => {
    await storePageMentions(4, data(), index);
    const page = await readPageMentions(4, async () => index);
    expect(page?.url).toBe('http://127.0.0.1/discharge.html');
    expect(page?.suggested).toBe(true);
    expect(page?.mentions[0]?.suggestions.map((s) => s.code)).toContain('J18.9');
    expect(await fakeBrowser.storage.session.get('pageMentions:4')).toHaveProperty('pageMentions:4');
    expect(await readPageMentions(5, async () => index)).toBeNull();
  });

  it('suggests on read for mentions that arrived before the store was seeded', async () => {
    await storePageMentions(4, data(), null);
    expect((await readPageMentions(4, async () => null))?.mentions[0]?.suggestions).toEqual([]);
    const page = await readPageMentions(4, async () => index);
    expect(page?.suggested).toBe(true);
    expect(page?.mentions[0]?.suggestions.map((s) => s.code)).toContain('J18.9');
  });

  it('keeps at most MAX_TABS tabs, dropping the oldest, and forgets closed tabs', async () => {
    for (let tab = 0; tab < MAX_TABS + 2; tab++) await storePageMentions(tab, data(), null, undefined, tab);
    const keys = Object.keys(await fakeBrowser.storage.session.get(null));
    expect(keys).toHaveLength(MAX_TABS);
    expect(keys).not.toContain('pageMentions:0');
    expect(keys).not.toContain('pageMentions:1');
    await forgetPageMentions(MAX_TABS);
    expect(await readPageMentions(MAX_TABS, async () => null)).toBeNull();
  });

  it('forgets the pages of sites that are no longer allowed', async () => {
    await storePageMentions(1, { ...data(), url: 'http://127.0.0.1:4000/a.html' }, index);
    await storePageMentions(2, { ...data(), url: 'https://epr.trust.example.nhs.uk/b' }, index);
    expect(await forgetPagesWhere((url) => url.startsWith('https://epr.'))).toBe(1);
    expect(await readPageMentions(2, async () => index)).toBeNull();
    expect((await readPageMentions(1, async () => index))?.url).toBe('http://127.0.0.1:4000/a.html');
  });
});
