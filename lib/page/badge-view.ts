/**
 * One trainee badge's elements: a keyboard-focusable button showing the top code (with a "?" flag on
 * uncertain mentions) and a tooltip listing up to three suggestions with their reasons. All text is
 * set with textContent: page text stays text. Contexts: content script; unit tests with happy-dom.
 */
import type { BadgeSuggestion } from '@/lib/messaging/protocol';
import type { MentionStatus } from '@/lib/text/types';

export interface BadgeData {
  /** The mention as written on the page (page text: shown, never logged). */
  mentionText: string;
  status: MentionStatus;
  /** Best first; the badge shows the first. */
  suggestions: BadgeSuggestion[];
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string) {
  const e = doc.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The accessible name: the code, its title and the mention it is for. */
export function badgeLabel(d: BadgeData): string {
  const top = d.suggestions[0]!;
  const doubt = d.status === 'uncertain' ? ', uncertain mention' : d.status === 'history' ? ', history' : '';
  return `Suggested code ${top.code} ${top.title}, for “${d.mentionText}”${doubt}`;
}

/** Builds the badge; `id` makes the tooltip id unique within the shadow root. */
export function buildBadge(doc: Document, d: BadgeData, id: number): HTMLElement {
  const wrap = el(doc, 'div', 'wrap');
  const top = d.suggestions[0]!;
  const statusClass = d.status === 'uncertain' || d.status === 'history' ? ` ${d.status}` : '';
  const button = el(doc, 'button', `badge${statusClass}`);
  button.type = 'button';
  button.setAttribute('aria-label', badgeLabel(d));
  button.setAttribute('aria-describedby', `sc-tip-${id}`);
  button.append(el(doc, 'span', 'top', top.code));
  if (d.status === 'uncertain') {
    const flag = el(doc, 'span', 'flag', '?');
    flag.setAttribute('aria-hidden', 'true');
    button.append(flag);
  }
  const tip = el(doc, 'div', 'tip');
  tip.id = `sc-tip-${id}`;
  tip.setAttribute('role', 'tooltip');
  tip.append(el(doc, 'div', 'for', `For: ${d.mentionText}`));
  for (const s of d.suggestions.slice(0, 3)) {
    const row = el(doc, 'div', 'row');
    row.append(el(doc, 'span', 'code', s.code), el(doc, 'span', 'title', s.title));
    if (s.reason) row.append(el(doc, 'div', 'reason', s.reason));
    tip.append(row);
  }
  wrap.append(button, tip);
  return wrap;
}
