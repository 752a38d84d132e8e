import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeBuiltinMatches, dynamicMatches, grantedEnabledOrigins } from './allowed-patterns';
import {
  DYNAMIC_SCRIPT_ID,
  planRegistration,
  staticScriptShape,
  syncRegistration,
  type ScriptShape,
} from './script-registration';
import { BUILTIN_MATCHES, BUILTIN_ORIGINS, originPattern, parseSiteSettings } from './settings';

const shape: ScriptShape = { js: ['content-scripts/epr.js'], runAt: 'document_idle', allFrames: false };
const EPR = 'https://epr.trust.nhs.uk/*';

describe('planRegistration', () => {
  it('registers when there is none and origins are wanted', () => {
    const plan = planRegistration(undefined, [EPR], shape);
    expect(plan).toEqual({
      action: 'register',
      script: { id: DYNAMIC_SCRIPT_ID, matches: [EPR], ...shape, persistAcrossSessions: true },
    });
  });

  it('leaves an identical registration alone, whatever the order of matches', () => {
    const current = { js: shape.js, matches: ['https://b.nhs.uk/*', EPR], runAt: 'document_idle' as const };
    expect(planRegistration(current, [EPR, 'https://b.nhs.uk/*'], shape)).toEqual({ action: 'none' });
  });

  it('updates when the origins, the file or the frames differ', () => {
    const current = { js: shape.js, matches: [EPR], runAt: 'document_idle' as const, allFrames: false };
    expect(planRegistration(current, [EPR, 'https://b.nhs.uk/*'], shape).action).toBe('update');
    expect(planRegistration(current, [EPR], { ...shape, allFrames: true }).action).toBe('update');
    expect(planRegistration(current, [EPR], { ...shape, js: ['content-scripts/epr2.js'] }).action).toBe(
      'update',
    );
  });

  it('unregisters when no origin is wanted, and does nothing if none is registered', () => {
    expect(planRegistration({ js: shape.js, matches: [EPR] }, [], shape)).toEqual({ action: 'unregister' });
    expect(planRegistration(undefined, [], shape)).toEqual({ action: 'none' });
  });
});

describe('staticScriptShape', () => {
  it("copies the manifest's EPR script file, timing and frames", () => {
    const manifest: Browser.runtime.Manifest = {
      manifest_version: 3,
      name: 'x',
      version: '1',
      content_scripts: [
        {
          matches: ['http://localhost/*'],
          js: ['content-scripts/epr.js'],
          run_at: 'document_end',
          all_frames: true,
        },
      ],
    };
    expect(staticScriptShape(manifest)).toEqual({
      js: ['content-scripts/epr.js'],
      runAt: 'document_end',
      allFrames: true,
    });
    expect(
      staticScriptShape({ manifest_version: 3, name: 'x', version: '1' } as Browser.runtime.Manifest),
    ).toEqual(shape);
  });
});

describe('allowed patterns', () => {
  it('keeps BUILTIN_ORIGINS and BUILTIN_MATCHES in step', () => {
    expect(BUILTIN_ORIGINS.map(originPattern).sort()).toEqual([...BUILTIN_MATCHES].sort());
  });

  it('drops built-in patterns whose host is switched off', () => {
    const s = parseSiteSettings({ disabled: ['http://127.0.0.1', 'http://localhost:4000'] });
    expect(activeBuiltinMatches(s)).toEqual(['http://localhost/*', 'file:///*']);
  });

  it('keeps enabled origins that are granted, never built-in ones', async () => {
    const contains = vi.fn(
      async ({ origins }: { origins: string[] }) => origins[0] !== 'https://gone.nhs.uk/*',
    );
    Object.assign(fakeBrowser.permissions, { contains });
    const s = parseSiteSettings({
      enabled: ['https://epr.trust.nhs.uk', 'https://gone.nhs.uk', 'http://localhost:3000'],
    });
    const granted = await grantedEnabledOrigins(s, fakeBrowser as never);
    expect(granted).toEqual(['https://epr.trust.nhs.uk']);
    expect(dynamicMatches([...granted, 'https://a.nhs.uk'])).toEqual(['https://a.nhs.uk/*', EPR]);
  });
});

describe('syncRegistration', () => {
  function fakeScripting() {
    let registered: Browser.scripting.RegisteredContentScript[] = [];
    const scripting = {
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
        registered.filter((s) => ids.includes(s.id)),
      ),
      registerContentScripts: vi.fn(async (scripts: Browser.scripting.RegisteredContentScript[]) => {
        if (scripts.some((s) => registered.some((r) => r.id === s.id)))
          throw new Error('Duplicate script ID');
        registered = [...registered, ...scripts];
      }),
      updateContentScripts: vi.fn(async (scripts: Browser.scripting.RegisteredContentScript[]) => {
        registered = registered.map((r) => scripts.find((s) => s.id === r.id) ?? r);
      }),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        registered = registered.filter((r) => !ids.includes(r.id));
      }),
    };
    return { api: { scripting } as never, scripting, registered: () => registered };
  }

  it('registers, updates, leaves alone and unregisters as the origins change', async () => {
    const { api, registered } = fakeScripting();
    expect(await syncRegistration([EPR], shape, api)).toBe('register');
    expect(registered()[0]?.matches).toEqual([EPR]);
    expect(await syncRegistration([EPR], shape, api)).toBe('none');
    expect(await syncRegistration([EPR, 'https://b.nhs.uk/*'], shape, api)).toBe('update');
    expect(registered()[0]?.matches).toEqual([EPR, 'https://b.nhs.uk/*']);
    expect(await syncRegistration([], shape, api)).toBe('unregister');
    expect(registered()).toEqual([]);
  });
});
