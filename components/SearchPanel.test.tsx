// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEpisodeInbox, type IncomingCode } from '@/lib/episode/inbox';
import { createSyntheticSource } from '@/lib/ui/synthetic-source';
import { SEARCH_DEBOUNCE_MS, SearchPanel } from './SearchPanel';

let root: HTMLElement;
let copied: string[];
const copy = vi.fn(async (text: string) => {
  copied.push(text);
  return true;
});

const $ = <T extends Element = HTMLElement>(testId: string) =>
  root.querySelector<T & HTMLElement>(`[data-testid="${testId}"]`);
const $$ = (testId: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
const input = () => $<HTMLInputElement>('search-input')!;
const codes = () => $$('result-code').map((e) => e.textContent);
const settle = () => act(() => new Promise((r) => setTimeout(r, SEARCH_DEBOUNCE_MS + 20)));

async function type(text: string) {
  await act(() => {
    input().value = text;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

async function press(key: string, init: KeyboardEventInit = {}) {
  await act(() => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
  await settle();
}

async function click(el: HTMLElement | null) {
  if (!el) throw new Error('nothing to click');
  await act(() => el.click());
  await settle();
}

beforeEach(async () => {
  copied = [];
  copy.mockClear();
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<SearchPanel source={createSyntheticSource()} copy={copy} />, root));
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('SearchPanel', () => {
  it('focuses the search box on open and shows results as you type', async () => {
    expect(document.activeElement).toBe(input());
    await type('lap chole');
    expect(codes()).toEqual(['J18.3']);
    expect($('why')!.textContent).toContain('lap chole');
    expect($('why')!.textContent).toContain('UK clinical abbreviation');
    expect($('system-badge')!.textContent).toBe('OPCS-4');
  });

  it('moves the active row with ↓/↑ and points the combobox at it', async () => {
    await type('j18');
    const rows = () => $$('result-row');
    expect(rows().length).toBeGreaterThan(2);
    expect(rows()[0]!.getAttribute('aria-selected')).toBe('true');
    await press('ArrowDown');
    expect(rows()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(input().getAttribute('aria-activedescendant')).toBe(rows()[1]!.id);
    await press('ArrowUp');
    await press('ArrowUp');
    expect(rows()[0]!.dataset.active).toBe('true');
  });

  it('copies the active code on Enter and Ctrl+C in the chosen format, and says so', async () => {
    await type('hypertension');
    await press('Enter');
    expect(copied).toEqual(['I10']);
    expect($('copy-status')!.textContent).toBe('Copied I10 (ICD-10)');
    expect($('copy-status')!.getAttribute('aria-live')).toBe('polite');
    await click($('format-toggle-nhs'));
    expect(codes()).toEqual(['I10X']);
    await press('c', { ctrlKey: true });
    expect(copied).toEqual(['I10', 'I10X']);
  });

  it('clears on Esc', async () => {
    await type('pneumonia');
    expect(codes().length).toBeGreaterThan(0);
    await press('Escape');
    expect(input().value).toBe('');
    expect(codes()).toEqual([]);
  });

  it('filters by system', async () => {
    await type('j18');
    expect(new Set($$('result-row').map((r) => r.dataset.system))).toEqual(new Set(['icd10', 'opcs4']));
    await click($('system-filter-opcs4'));
    expect($$('result-row').map((r) => r.dataset.system)).toEqual(['opcs4', 'opcs4']);
  });

  it('shows spelling corrections and an empty state', async () => {
    await type('pnuemonia');
    expect($('why-corrections')!.textContent).toContain('pnuemonia → pneumonia');
    await type('zzzz');
    expect($('no-results')!.textContent).toContain('zzzz');
  });

  it('opens a detail view with breadcrumb, why, partners, synonyms and usage, and goes back', async () => {
    await type('tuberculous');
    await press('Enter', { shiftKey: true });
    expect($('detail-view')).not.toBeNull();
    expect($('detail-title')!.textContent).toBe('Tuberculous meningitis');
    expect($$('crumb').map((c) => c.dataset.code)).toEqual(['I', 'A15-A19', 'A17']);
    expect($('detail-why')!.textContent).toContain('Tuberculous meningitis');
    expect($('partner-link')!.textContent).toContain('G01');
    await click($('partner-link'));
    expect($('detail-title')!.textContent).toContain('Meningitis in bacterial diseases');
    expect($('flag-asterisk')).not.toBeNull();
    await click($('back'));
    expect($('detail-title')!.textContent).toBe('Tuberculous meningitis');
    await click($('back'));
    expect($('detail-view')).toBeNull();
    expect(input().value).toBe('tuberculous');
  });

  it('groups synonyms by source in the detail view', async () => {
    await type('pneumonia, unspecified');
    await click($$('result-row').find((r) => r.dataset.code === 'J18.9')!);
    expect($$('synonym-group').map((g) => g.dataset.source)).toEqual([
      'icd10cm-index',
      'icd10cm-inclusion',
      'abbreviation',
    ]);
    expect($('usage')!.textContent).toBe('250,123 national episodes a year');
    await click($('detail-copy'));
    expect(copied).toEqual(['J18.9']);
    // Without an episode inbox there is nowhere to send the code.
    expect($('detail-add-to-episode')).toBeNull();
  });

  it('sends a code from the detail view to the episode, in the format shown', async () => {
    const inbox = createEpisodeInbox();
    const received: IncomingCode[] = [];
    inbox.listen((codes) => received.push(...codes));
    render(null, root);
    await act(() =>
      render(
        <SearchPanel source={createSyntheticSource()} copy={copy} inbox={inbox} initialFormat="nhs" />,
        root,
      ),
    );
    await type('pneumonia, unspecified');
    await click($$('result-row').find((r) => r.dataset.code === 'J18.9')!);
    await click($('detail-add-to-episode'));
    expect(received).toEqual([
      { system: 'icd10', code: 'J18.9', title: 'Pneumonia, unspecified', source: 'search' },
    ]);
    expect($('copy-status')!.textContent).toBe('Added J189 to the episode');
    expect(copied).toEqual([]);
  });

  it('browses chapter → block → category → code with a breadcrumb', async () => {
    await click($('browse-button'));
    expect($('browse-view')).not.toBeNull();
    const item = (code: string) => $$('browse-item').find((b) => b.dataset.code === code) ?? null;
    await click(item('X'));
    await click(item('J09-J18'));
    await click(item('J18'));
    expect($$('crumb').map((c) => c.dataset.code)).toEqual(['X', 'J09-J18']);
    expect($('crumb-current')!.textContent).toContain('J18');
    await click(item('J18.9'));
    expect($('detail-title')!.textContent).toBe('Pneumonia, unspecified');
    await click($('back'));
    await click($('crumb-root'));
    expect($$('browse-item').map((b) => b.dataset.kind)).toEqual([
      'chapter',
      'chapter',
      'chapter',
      'chapter',
      'chapter',
    ]);
    await click($('browse-system-opcs4'));
    expect($$('browse-item').map((b) => b.dataset.code)).toEqual(['J', 'Y']);
  });
});
