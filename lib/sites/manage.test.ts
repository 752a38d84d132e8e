import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disableSite, enableBuiltin, parseSiteInput, requestSiteAccess, SITE_ERRORS } from './manage';
import { readSiteSettings } from './site-store';

const EPR = 'https://epr.trust.nhs.uk';
let request: ReturnType<typeof vi.fn>;
let remove: ReturnType<typeof vi.fn>;

beforeEach(() => {
  request = vi.fn(async () => true);
  remove = vi.fn(async () => true);
  // The fake browser has no permissions API; the calls are what we check.
  Object.assign(fakeBrowser.permissions, { request, remove });
});

describe('parseSiteInput', () => {
  it('reads origins from addresses and bare host names', () => {
    expect(parseSiteInput(' https://epr.trust.nhs.uk/ward/3?x=1 ')).toEqual({ origin: EPR });
    expect(parseSiteInput('epr.trust.nhs.uk')).toEqual({ origin: EPR });
    expect(parseSiteInput('http://epr.local:8080')).toEqual({ origin: 'http://epr.local:8080' });
  });

  it('refuses empty input and other schemes', () => {
    expect(parseSiteInput('')).toEqual({ error: SITE_ERRORS.invalid });
    expect(parseSiteInput('ftp://epr.trust.nhs.uk')).toEqual({ error: SITE_ERRORS.scheme });
    expect(parseSiteInput('file:///tmp/a.html')).toEqual({ error: SITE_ERRORS.scheme });
    expect(parseSiteInput('javascript:alert(1)')).toEqual({ error: SITE_ERRORS.scheme });
    expect(parseSiteInput('https://')).toEqual({ error: SITE_ERRORS.invalid });
  });
});

describe('requestSiteAccess', () => {
  it('asks for the origin pattern and adds the origin once granted', async () => {
    expect(await requestSiteAccess('https://epr.trust.nhs.uk/a/b')).toEqual({ ok: true });
    expect(request).toHaveBeenCalledWith({ origins: [`${EPR}/*`] });
    expect((await readSiteSettings()).enabled).toEqual([EPR]);
    await requestSiteAccess(EPR);
    expect((await readSiteSettings()).enabled).toEqual([EPR]);
  });

  it('asks before any other await, so the click gesture still counts', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const pending = requestSiteAccess(EPR);
    // Synchronously after the call, the request has been made and storage not yet touched.
    expect(request).toHaveBeenCalledTimes(1);
    expect(get).not.toHaveBeenCalled();
    await pending;
  });

  it('says so when the user declines, and stores nothing', async () => {
    request.mockResolvedValueOnce(false);
    expect(await requestSiteAccess(EPR)).toEqual({ ok: false, error: SITE_ERRORS.declined });
    expect((await readSiteSettings()).enabled).toEqual([]);
  });

  it('reports a refused request as an error', async () => {
    request.mockRejectedValueOnce(new Error('not a user gesture'));
    expect(await requestSiteAccess(EPR)).toEqual({ ok: false, error: SITE_ERRORS.failed });
  });

  it('refuses non-http(s) input without asking', async () => {
    expect((await requestSiteAccess('chrome://settings')).ok).toBe(false);
    expect(request).not.toHaveBeenCalled();
  });

  it('switches a built-in origin back on without a permission request', async () => {
    await disableSite('http://127.0.0.1:4000');
    expect(await requestSiteAccess('http://127.0.0.1:4000')).toEqual({ ok: true });
    expect(request).not.toHaveBeenCalled();
    expect((await readSiteSettings()).disabled).toEqual([]);
  });
});

describe('disableSite and enableBuiltin', () => {
  it('switches built-in origins off and on without touching permissions', async () => {
    await disableSite('http://localhost:5173/page');
    expect(await readSiteSettings()).toEqual({ enabled: [], disabled: ['http://localhost:5173'] });
    await enableBuiltin('http://localhost:5173');
    expect((await readSiteSettings()).disabled).toEqual([]);
    expect(remove).not.toHaveBeenCalled();
  });

  it('removes other origins from the list and gives up their host permission', async () => {
    await requestSiteAccess(EPR);
    await requestSiteAccess('https://other.nhs.uk');
    expect(await disableSite(EPR)).toEqual({ ok: true });
    expect((await readSiteSettings()).enabled).toEqual(['https://other.nhs.uk']);
    expect(remove).toHaveBeenCalledWith({ origins: [`${EPR}/*`] });
  });

  it('still removes the origin when the permission removal fails', async () => {
    await requestSiteAccess(EPR);
    remove.mockRejectedValueOnce(new Error('required permission'));
    expect(await disableSite(EPR)).toEqual({ ok: true });
    expect((await readSiteSettings()).enabled).toEqual([]);
  });

  it('refuses enableBuiltin for other origins', async () => {
    expect((await enableBuiltin(EPR)).ok).toBe(false);
  });
});
