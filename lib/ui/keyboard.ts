/**
 * Keyboard commands of the search box. Pure; any context.
 *
 * ↑/↓ move the active result, Enter or Ctrl/Cmd+C copies its code, Shift+Enter opens its detail,
 * Esc clears the search. Ctrl/Cmd+C copies the code only when no text is selected in the box, so the
 * ordinary copy of typed text still works.
 */
export type SearchCommand = 'next' | 'previous' | 'first' | 'last' | 'copy' | 'open' | 'clear';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  /** Set while an input method is composing text; keys then belong to the IME. */
  isComposing?: boolean;
}

export function searchCommandFor(e: KeyLike, ctx: { hasTextSelection: boolean }): SearchCommand | null {
  if (e.isComposing) return null;
  const mod = Boolean(e.ctrlKey || e.metaKey);
  switch (e.key) {
    case 'ArrowDown':
      return mod || e.altKey ? null : 'next';
    case 'ArrowUp':
      return mod || e.altKey ? null : 'previous';
    case 'PageDown':
      return 'last';
    case 'PageUp':
      return 'first';
    case 'Enter':
      if (mod || e.altKey) return null;
      return e.shiftKey ? 'open' : 'copy';
    case 'Escape':
      return 'clear';
    case 'c':
    case 'C':
      return mod && !e.altKey && !e.shiftKey && !ctx.hasTextSelection ? 'copy' : null;
    default:
      return null;
  }
}
