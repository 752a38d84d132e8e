/**
 * The text the user has selected on the page, for "Code with Sidecoder": the document selection, or
 * the selected part of a focused text field (a document selection does not include those).
 * Contexts: content script; unit tests with happy-dom. Page text: returned to the extension only,
 * never logged.
 */
import { SELECTION_MAX_CHARS } from '@/lib/messaging/protocol';
import { tagOf } from '@/lib/extract/safe-dom';

const TEXT_INPUTS = new Set(['text', 'search', '']);

function fieldSelection(el: Element | null): string {
  if (!el) return '';
  const tag = tagOf(el);
  if (tag !== 'textarea' && tag !== 'input') return '';
  const field = el as HTMLInputElement | HTMLTextAreaElement;
  if (tag === 'input' && !TEXT_INPUTS.has((field as HTMLInputElement).type)) return '';
  try {
    const { selectionStart: a, selectionEnd: b } = field;
    return a !== null && b !== null && b > a ? field.value.slice(a, b) : '';
  } catch {
    return '';
  }
}

/** The selected text, whitespace-trimmed and at most SELECTION_MAX_CHARS long ('' when none). */
export function readSelection(doc: Document, win: Window): string {
  let text = fieldSelection(doc.activeElement);
  if (!text) {
    try {
      text = win.getSelection()?.toString() ?? '';
    } catch {
      text = '';
    }
  }
  return text.trim().slice(0, SELECTION_MAX_CHARS).trim();
}
