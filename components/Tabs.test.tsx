// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TabPanel, Tabs } from './Tabs';

type Id = 'a' | 'b' | 'c';
let root: HTMLElement;

function Shell() {
  const [active, setActive] = useState<Id>('a');
  const ids: Id[] = ['a', 'b', 'c'];
  return (
    <div>
      <Tabs<Id>
        label="Test"
        tabs={ids.map((id) => ({ id, label: id.toUpperCase() }))}
        active={active}
        onSelect={setActive}
      />
      {ids.map((id) => (
        <TabPanel key={id} id={id} active={active === id}>
          <input data-testid={`input-${id}`} />
        </TabPanel>
      ))}
    </div>
  );
}

const tab = (id: Id) => root.querySelector<HTMLElement>(`[data-testid="tab-${id}"]`)!;
const panel = (id: Id) => root.querySelector<HTMLElement>(`[data-testid="tabpanel-${id}"]`)!;
const key = (k: string) =>
  act(() => {
    (document.activeElement ?? tab('a')).dispatchEvent(
      new KeyboardEvent('keydown', { key: k, bubbles: true }),
    );
  });

beforeEach(async () => {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Shell />, root));
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Tabs', () => {
  it('follows the ARIA tabs pattern: one tab stop, labelled panels, only the active one shown', () => {
    expect(root.querySelector('[role="tablist"]')!.getAttribute('aria-label')).toBe('Test');
    expect(tab('a').getAttribute('aria-selected')).toBe('true');
    expect(tab('b').getAttribute('aria-selected')).toBe('false');
    expect([tab('a').tabIndex, tab('b').tabIndex]).toEqual([0, -1]);
    expect(tab('b').getAttribute('aria-controls')).toBe(panel('b').id);
    expect(panel('b').getAttribute('aria-labelledby')).toBe(tab('b').id);
    expect([panel('a').hidden, panel('b').hidden]).toEqual([false, true]);
  });

  it('moves with arrows (wrapping), Home and End, focusing the tab, and keeps hidden panels’ state', async () => {
    const input = root.querySelector<HTMLInputElement>('[data-testid="input-a"]')!;
    input.value = 'kept';
    tab('a').focus();
    await key('ArrowRight');
    expect(tab('b').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('b'));
    expect(panel('a').hidden).toBe(true);
    await key('End');
    expect(tab('c').getAttribute('aria-selected')).toBe('true');
    await key('ArrowRight');
    expect(tab('a').getAttribute('aria-selected')).toBe('true');
    await key('ArrowLeft');
    expect(tab('c').getAttribute('aria-selected')).toBe('true');
    await key('Home');
    expect(tab('a').getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector<HTMLInputElement>('[data-testid="input-a"]')!.value).toBe('kept');
    await act(() => tab('c').click());
    expect(panel('c').hidden).toBe(false);
  });
});
