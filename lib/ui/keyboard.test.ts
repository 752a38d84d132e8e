import { describe, expect, it } from 'vitest';
import { searchCommandFor } from './keyboard';

const none = { hasTextSelection: false };

describe('searchCommandFor', () => {
  it('maps arrows, Enter, Shift+Enter and Esc', () => {
    expect(searchCommandFor({ key: 'ArrowDown' }, none)).toBe('next');
    expect(searchCommandFor({ key: 'ArrowUp' }, none)).toBe('previous');
    expect(searchCommandFor({ key: 'Enter' }, none)).toBe('copy');
    expect(searchCommandFor({ key: 'Enter', shiftKey: true }, none)).toBe('open');
    expect(searchCommandFor({ key: 'Escape' }, none)).toBe('clear');
    expect(searchCommandFor({ key: 'PageDown' }, none)).toBe('last');
    expect(searchCommandFor({ key: 'PageUp' }, none)).toBe('first');
  });

  it('copies on Ctrl+C and Cmd+C only when no text is selected in the box', () => {
    expect(searchCommandFor({ key: 'c', ctrlKey: true }, none)).toBe('copy');
    expect(searchCommandFor({ key: 'c', metaKey: true }, none)).toBe('copy');
    expect(searchCommandFor({ key: 'c', ctrlKey: true }, { hasTextSelection: true })).toBeNull();
    expect(searchCommandFor({ key: 'c' }, none)).toBeNull();
  });

  it('leaves other keys, modified arrows and IME composition to the browser', () => {
    expect(searchCommandFor({ key: 'a' }, none)).toBeNull();
    expect(searchCommandFor({ key: 'ArrowDown', altKey: true }, none)).toBeNull();
    expect(searchCommandFor({ key: 'Enter', ctrlKey: true }, none)).toBeNull();
    expect(searchCommandFor({ key: 'Enter', isComposing: true }, none)).toBeNull();
  });
});
