/**
 * The background's message receiver as a pure async function (tests call it directly; the
 * runtime.onMessage adapter in entrypoints/background only forwards). Contexts: background worker.
 * Order of checks: known sender → envelope → known type → sender's tier → full schema → handler.
 */
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { REQUIRED_TIER, requestSchema, type Request, type Response, type ResponseData } from './protocol';
import { defaultServices, type MessageServices } from './services';
import { allows, senderTier } from './trust';

const envelope = z.object({ type: z.string() });

const fail = (error: string): Response => ({ ok: false, error });

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'message'}: ${i.message}`).join('; ');
}

async function dispatch(
  req: Request,
  sender: Browser.runtime.MessageSender,
  services: MessageServices,
): Promise<ResponseData[Request['type']]> {
  switch (req.type) {
    case 'search':
      return services.search(req.data.query, req.data.system, req.data.limit);
    case 'getSeedStatus':
      return services.seedStatus();
    case 'reseed':
      return services.reseed(req.data.wipe ?? false);
    case 'analyseSections':
      return services.analyseSections(req.data.sections);
    case 'pageMentions': {
      // Keyed by the sender's tab; a sender outside a tab has nowhere to keep them.
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0)
        return { stored: false, mentions: 0, suggested: false, suggestions: [] };
      return services.pageMentions(tabId, req.data);
    }
    case 'getPageMentions':
      return services.getPageMentions(req.data.tabId);
  }
}

/** Validate and answer one message; never throws, always `{ ok, data }` or `{ ok: false, error }`. */
export async function handleMessage(
  msg: unknown,
  sender: Browser.runtime.MessageSender,
  services: MessageServices = defaultServices,
): Promise<Response> {
  const tier = senderTier(sender, browser.runtime.id, browser.runtime.getURL('/'));
  if (tier === 'foreign') return fail('messages are accepted only from this extension');
  const env = envelope.safeParse(msg);
  if (!env.success) return fail('invalid message: expected { type: string, data: object }');
  const type = env.data.type;
  if (!Object.hasOwn(REQUIRED_TIER, type)) return fail(`unknown message type "${type}"`);
  if (!allows(tier, REQUIRED_TIER[type as Request['type']])) {
    return fail(`"${type}" is accepted only from the extension's own pages`);
  }
  const req = requestSchema.safeParse(msg);
  if (!req.success) return fail(`invalid "${type}" message: ${describe(req.error)}`);
  try {
    return { ok: true, data: await dispatch(req.data, sender, services) };
  } catch (err) {
    return fail(`"${type}" failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
