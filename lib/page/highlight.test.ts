// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter, HIGHLIGHT_MS, HIGHLIGHT_NAME } from './highlight';
import { createManualClock } from './testing/manual-clock';

// happy-dom has no CSS Custom Highlight API: a minimal stand-in records what the highlighter does.
class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}
const registry = new Map<string, unknown>();
const w = window as unknown as { CSS?: unknown; Highlight?: unknown };
const saved = { CSS: w.CSS, Highlight: w.Highlight };

afterEach(() => {
  registry.clear();
  w.CSS = saved.CSS;
  w.Highlight = saved.Highlight;
});

describe('highlight', () => {
  it('scrolls to the mention, highlights its range, and clears itself after a few seconds', () => {
    w.CSS = { highlights: registry };
    w.Highlight = FakeHighlight;
    document.body.innerHTML = '<p id="p">Gout</p>';
    const p = document.getElementById('p')!;
    p.scrollIntoView = vi.fn();
    const clock = createManualClock();
    const range = document.createRange();
    range.selectNodeContents(p);
    const h = createHighlighter(document, window, clock);
    h.show(p, range);
    expect(p.scrollIntoView).toHaveBeenCalledWith({ behavior: 'smooth', block: 'center' });
    expect((registry.get(HIGHLIGHT_NAME) as FakeHighlight).ranges).toEqual([range]);
    expect(document.body.innerHTML).toBe('<p id="p">Gout</p>');
    clock.advance(HIGHLIGHT_MS);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it("leaves a page's own highlight of another name alone, and still scrolls without the API", () => {
    w.CSS = { highlights: registry };
    w.Highlight = FakeHighlight;
    registry.set('page-own', 'theirs');
    document.body.innerHTML = '<p id="p">Gout</p>';
    const p = document.getElementById('p')!;
    p.scrollIntoView = vi.fn();
    const h = createHighlighter(document, window, createManualClock());
    h.show(p, document.createRange());
    h.clear();
    expect([...registry.keys()]).toEqual(['page-own']);
    w.CSS = undefined;
    const bare = createHighlighter(document, window, createManualClock());
    bare.show(p, document.createRange());
    expect(p.scrollIntoView).toHaveBeenCalledTimes(2);
  });
});
