// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mentionRange } from './mention-range';

describe('mention range', () => {
  it('covers exactly the mention across nested elements and collapsed whitespace', () => {
    document.body.innerHTML =
      '<li id="x">\n   Primary:   <b>Acute</b>  kidney\n injury <span>stage 1</span> - resolved</li>';
    const el = document.getElementById('x')!;
    const item = 'Acute kidney injury stage 1 - resolved';
    const r = mentionRange(document, el, item, 0, 27);
    expect(r.toString().replace(/\s+/g, ' ')).toBe('Acute kidney injury stage 1');
    expect(r.startContainer.textContent).toBe('Acute');
  });

  it('falls back to the whole element when the item text is not there', () => {
    document.body.innerHTML = '<p id="x">Something else</p>';
    const r = mentionRange(document, document.getElementById('x')!, 'Gout', 0, 4);
    expect(r.toString()).toBe('Something else');
  });

  it('selects a form field itself (its value is not in the DOM tree)', () => {
    document.body.innerHTML = '<div><textarea id="t"></textarea></div>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = 'Gout';
    const r = mentionRange(document, ta, 'Gout', 0, 4);
    expect(r.startContainer).toBe(ta.parentNode);
    expect(r.endOffset - r.startOffset).toBe(1);
  });
});
