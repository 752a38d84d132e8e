/**
 * Keeps the dynamic registration of the EPR content script in step with the granted, enabled
 * origins. The manifest's static script covers the built-in origins; this one covers trust EPRs.
 * Contexts: background only (scripting.*ContentScripts).
 */
import { browser, type Browser, type WxtBrowser } from 'wxt/browser';

export const DYNAMIC_SCRIPT_ID = 'sidecoder-epr-sites';

type RunAt = 'document_start' | 'document_end' | 'document_idle';

/** What the dynamic script shares with the manifest's static one. */
export interface ScriptShape {
  js: string[];
  runAt: RunAt;
  allFrames: boolean;
}

export type RegistrationPlan =
  | { action: 'none' }
  | { action: 'unregister' }
  | { action: 'register' | 'update'; script: Browser.scripting.RegisteredContentScript };

type Registered = Pick<Browser.scripting.RegisteredContentScript, 'js' | 'matches' | 'runAt' | 'allFrames'>;

const sameList = (a: string[] = [], b: string[] = []) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** The one call (if any) that turns the current registration into the wanted one. Pure. */
export function planRegistration(
  current: Registered | undefined,
  matches: string[],
  shape: ScriptShape,
): RegistrationPlan {
  if (matches.length === 0) return current ? { action: 'unregister' } : { action: 'none' };
  const script = { id: DYNAMIC_SCRIPT_ID, matches, ...shape, persistAcrossSessions: true };
  if (!current) return { action: 'register', script };
  const same =
    sameList(current.matches, matches) &&
    sameList(current.js, shape.js) &&
    (current.runAt ?? 'document_idle') === shape.runAt &&
    (current.allFrames ?? false) === shape.allFrames;
  return same ? { action: 'none' } : { action: 'update', script };
}

/**
 * The static EPR script's file, timing and frames as the built manifest declares them, so the
 * dynamic one behaves the same (WXT emits content-scripts/epr.js).
 */
export function staticScriptShape(manifest: Browser.runtime.Manifest): ScriptShape {
  const declared = manifest.content_scripts?.find((s) => s.js?.some((f) => f.includes('epr')));
  return {
    js: declared?.js ?? ['content-scripts/epr.js'],
    runAt: (declared?.run_at as RunAt | undefined) ?? 'document_idle',
    allFrames: declared?.all_frames ?? false,
  };
}

type ScriptingApi = Pick<WxtBrowser, 'scripting'>;

/** Apply the plan for `matches`; returns the action taken. */
export async function syncRegistration(
  matches: string[],
  shape: ScriptShape,
  api: ScriptingApi = browser,
): Promise<RegistrationPlan['action']> {
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
  const plan = planRegistration(current, matches, shape);
  if (plan.action === 'register') await api.scripting.registerContentScripts([plan.script]);
  if (plan.action === 'update') await api.scripting.updateContentScripts([plan.script]);
  if (plan.action === 'unregister')
    await api.scripting.unregisterContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
  return plan.action;
}
