// Shared helpers of the Episode tab's component tests (happy-dom): render, query by data-testid, and
// events wrapped in act so Preact has rendered before the test looks.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Harness {
  root: HTMLElement;
  $<T extends HTMLElement = HTMLElement>(testId: string, within?: ParentNode): T | null;
  $$(testId: string, within?: ParentNode): HTMLElement[];
  click(el: Element | null | undefined): Promise<void>;
  type(el: Element | null | undefined, text: string): Promise<void>;
  change(el: Element | null | undefined, value: string): Promise<void>;
  key(el: Element | null | undefined, key: string, init?: KeyboardEventInit): Promise<void>;
  wait(ms: number): Promise<void>;
  unmount(): void;
}

function need(el: Element | null | undefined): HTMLElement {
  if (!el) throw new Error('element not found');
  return el as HTMLElement;
}

export async function mount(ui: ComponentChild): Promise<Harness> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(ui, root));
  const wait = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));
  return {
    root,
    $: (id, within = root) => within.querySelector(`[data-testid="${id}"]`),
    $$: (id, within = root) => [...within.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
    click: async (el) => {
      await act(() => need(el).click());
      await wait(0);
    },
    type: async (el, text) => {
      const input = need(el) as HTMLInputElement;
      await act(() => {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    change: async (el, value) => {
      const input = need(el) as HTMLInputElement;
      await act(() => {
        input.value = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    key: async (el, key, init = {}) => {
      await act(() => {
        need(el).dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
        );
      });
      await wait(0);
    },
    wait,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}
