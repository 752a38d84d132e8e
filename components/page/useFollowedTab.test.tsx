// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFollowedTab, type FollowedTab } from './useFollowedTab';

let root: HTMLElement;
let seen: FollowedTab;
function Probe({ pinned }: { pinned: number | null }) {
  seen = useFollowedTab(pinned);
  return null;
}
const fire = (trigger: () => Promise<unknown>) =>
  act(async () => {
    await trigger();
  });
const flush = () => act(() => new Promise((r) => setTimeout(r, 5)));
const tab = (id: number, windowId: number, url?: string) =>
  ({
    id,
    windowId,
    url,
    index: 0,
    highlighted: false,
    active: true,
    pinned: false,
    incognito: false,
  }) as const;

beforeEach(() => {
  root = document.createElement('div');
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab(5, 1, 'http://127.0.0.1/a.html')]);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) =>
    tab(id, 1, `http://127.0.0.1/${id}.html`),
  );
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

describe('useFollowedTab', () => {
  it('follows the active tab of the panel’s window as the coder switches and navigates', async () => {
    await act(() => render(<Probe pinned={null} />, root));
    await flush();
    expect(seen).toEqual({ tabId: 5, url: 'http://127.0.0.1/a.html' });
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, windowId: 1 });

    await fire(() => fakeBrowser.tabs.onActivated.trigger({ tabId: 9, windowId: 1 }));
    await flush();
    expect(seen).toEqual({ tabId: 9, url: 'http://127.0.0.1/9.html' });

    // Another window's tabs are not this panel's business.
    await fire(() => fakeBrowser.tabs.onActivated.trigger({ tabId: 12, windowId: 2 }));
    await flush();
    expect(seen.tabId).toBe(9);

    await fire(() =>
      fakeBrowser.tabs.onUpdated.trigger(9, { url: 'http://127.0.0.1/b.html' }, tab(9, 1) as never),
    );
    await flush();
    expect(seen).toEqual({ tabId: 9, url: 'http://127.0.0.1/b.html' });
    await fire(() =>
      fakeBrowser.tabs.onUpdated.trigger(5, { url: 'http://127.0.0.1/c.html' }, tab(5, 1) as never),
    );
    await flush();
    expect(seen.url).toBe('http://127.0.0.1/b.html');
  });

  it('stays on a pinned tab (?tabId=N) whatever becomes active', async () => {
    await act(() => render(<Probe pinned={42} />, root));
    await flush();
    expect(seen).toEqual({ tabId: 42, url: 'http://127.0.0.1/42.html' });
    await fire(() => fakeBrowser.tabs.onActivated.trigger({ tabId: 9, windowId: 1 }));
    await flush();
    expect(seen.tabId).toBe(42);
    expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
  });
});
