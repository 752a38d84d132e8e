import { describe, expect, it } from 'vitest';
import { builtinHost, isBuiltinOrigin, normaliseOrigin, parseSiteSettings, siteEnabled } from './settings';

describe('site settings', () => {
  it('normalises origins and refuses other schemes', () => {
    expect(normaliseOrigin('https://epr.trust.nhs.uk/path?q=1')).toBe('https://epr.trust.nhs.uk');
    expect(normaliseOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(normaliseOrigin('file:///tmp/a.html')).toBe('file://');
    expect(normaliseOrigin('javascript:alert(1)')).toBeNull();
    expect(normaliseOrigin('not a url')).toBeNull();
  });

  it('runs on built-in origins unless switched off, elsewhere only when enabled', () => {
    const none = parseSiteSettings(undefined);
    expect(isBuiltinOrigin('http://127.0.0.1:4000')).toBe(true);
    expect(siteEnabled('http://127.0.0.1:4000', none)).toBe(true);
    expect(siteEnabled('https://epr.trust.nhs.uk', none)).toBe(false);
    const s = parseSiteSettings({
      enabled: ['https://epr.trust.nhs.uk'],
      disabled: ['http://127.0.0.1:4000'],
    });
    expect(siteEnabled('https://epr.trust.nhs.uk', s)).toBe(true);
    expect(siteEnabled('http://127.0.0.1:4000', s)).toBe(false);
    expect(siteEnabled('http://127.0.0.1:4001', s)).toBe(true);
  });

  it('switches off every port of a built-in host with a host entry', () => {
    const s = parseSiteSettings({ disabled: ['http://127.0.0.1', 'file://'] });
    expect(siteEnabled('http://127.0.0.1:4000', s)).toBe(false);
    expect(siteEnabled('http://127.0.0.1', s)).toBe(false);
    expect(siteEnabled('file:///tmp/a.html', s)).toBe(false);
    expect(siteEnabled('http://localhost:4000', s)).toBe(true);
    expect(builtinHost('http://localhost:5173')).toBe('http://localhost');
  });

  it('reads malformed stored settings as the defaults', () => {
    expect(parseSiteSettings({ enabled: ['<script>'] })).toEqual({ enabled: [], disabled: [] });
    expect(parseSiteSettings('junk')).toEqual({ enabled: [], disabled: [] });
  });
});
