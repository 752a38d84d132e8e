/**
 * Typed sending for extension pages (content scripts use port-client.ts). Contexts: extension pages.
 */
import { browser } from 'wxt/browser';
import type { RequestOf, RequestType, Response } from './protocol';

/** Send one message to the background and get its typed answer. */
export function sendRequest<T extends RequestType>(
  type: T,
  data: RequestOf<T>['data'],
): Promise<Response<T>> {
  return browser.runtime.sendMessage({ type, data }) as Promise<Response<T>>;
}
