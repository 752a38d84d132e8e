import { describe, expect, it } from 'vitest';
import { builtinSiteRows, enabledSiteRows } from './site-rows';
import { parseSiteSettings } from './settings';

describe('site rows', () => {
  it('lists every built-in host with its switch, then single ports switched off', () => {
    const rows = builtinSiteRows(
      parseSiteSettings({ disabled: ['http://127.0.0.1', 'http://localhost:4000'] }),
    );
    expect(rows.map((r) => [r.origin, r.on, r.everyPort])).toEqual([
      ['http://localhost', true, true],
      ['http://127.0.0.1', false, true],
      ['file://', true, true],
      ['http://localhost:4000', false, false],
    ]);
    expect(rows[0]?.label).toMatch(/localhost/);
  });

  it('marks enabled origins whose access was withdrawn', () => {
    const s = parseSiteSettings({ enabled: ['https://a.nhs.uk', 'https://b.nhs.uk'] });
    expect(enabledSiteRows(s, new Set(['https://b.nhs.uk']))).toEqual([
      { origin: 'https://a.nhs.uk', granted: false },
      { origin: 'https://b.nhs.uk', granted: true },
    ]);
  });
});
