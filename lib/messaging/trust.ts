/**
 * Trust tiers decided by the sender. Contexts: background worker (the receiver).
 * Our own pages (side panel, options, diagnostics — also when opened in a tab) are privileged;
 * anything running in a web page's context (content scripts) is not, since the page may be hostile.
 */
import type { Browser } from 'wxt/browser';

export type Tier = 'extension' | 'content' | 'foreign';

/** The sender's tier: 'foreign' for other extensions, 'extension' for our pages, else 'content'. */
export function senderTier(
  sender: Browser.runtime.MessageSender,
  runtimeId: string,
  extensionOrigin: string,
): Tier {
  if (sender.id !== runtimeId) return 'foreign';
  const url = sender.url ?? '';
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return url.startsWith(origin) ? 'extension' : 'content';
}

/** Whether `tier` may send a message that requires `required`. */
export function allows(tier: Tier, required: 'content' | 'extension'): boolean {
  return tier === 'extension' || (tier === 'content' && required === 'content');
}
