/**
 * Reads the sections a site profile names. Contexts: content script; Node tools with happy-dom.
 */
import type { ProfileSection, SiteProfile } from './profile';
import { add, collapse, sSlice, selectAll } from './safe-dom';
import type { ExtractedSection, SectionItem } from './types';
import { plainText, walkRoot, type WalkState } from './walk';

const DEFAULT_HEADINGS: Record<string, string> = {
  diagnoses: 'Diagnoses',
  comorbidities: 'Comorbidities',
  history: 'Past medical history',
  'family-history': 'Family history',
  procedures: 'Procedures',
  findings: 'Findings',
  'free-text': 'Notes',
};

/** One section per element each profile section selector matches; empty sections are dropped. */
export function extractWithProfile(
  root: ParentNode & Node,
  profile: SiteProfile,
  state: WalkState,
  registerNode?: (el: Element) => number,
): ExtractedSection[] {
  const out: ExtractedSection[] = [];
  for (const spec of profile.sections) {
    const matches = selectAll(root, spec.selector);
    for (let i = 0; i < matches.length && !state.truncated; i++) {
      const el = matches[i]!;
      if (state.skip.has(el)) continue;
      const items = spec.itemSelector
        ? readItems(el, spec, state, registerNode)
        : readLines(el, state, registerNode);
      if (items.length === 0) continue;
      add(out, { kind: spec.kind, heading: headingOf(el, spec, state), items, via: 'profile' });
    }
  }
  return out;
}

function headingOf(el: Element, spec: ProfileSection, state: WalkState): string {
  if (spec.heading) return spec.heading;
  const h = spec.headingSelector ? selectAll(el, spec.headingSelector)[0] : undefined;
  const text = h ? plainText(h, state) : '';
  return text || DEFAULT_HEADINGS[spec.kind] || spec.kind;
}

function readItems(
  el: Element,
  spec: ProfileSection,
  state: WalkState,
  registerNode?: (el: Element) => number,
): SectionItem[] {
  const items: SectionItem[] = [];
  const found = selectAll(el, spec.itemSelector!);
  for (let i = 0; i < found.length; i++) {
    const itemEl = found[i]!;
    if (state.skip.has(itemEl)) continue;
    const labelEl = spec.labelSelector ? selectAll(itemEl, spec.labelSelector)[0] : undefined;
    const label = labelEl ? plainText(labelEl, state) : '';
    const valueEl = spec.valueSelector ? selectAll(itemEl, spec.valueSelector)[0] : itemEl;
    let text = valueEl ? plainText(valueEl, state) : '';
    // Without a value selector the label is part of the item's text: drop it from the front.
    if (!spec.valueSelector && label && sSlice(text, 0, label.length) === label) {
      text = collapse(sSlice(text, label.length).replace(/^[:\-–]\s*/, ''));
    }
    if (!text) continue;
    const item: SectionItem = { text };
    if (label) item.label = label;
    if (registerNode) item.nodeId = registerNode(valueEl ?? itemEl);
    add(items, item);
  }
  return items;
}

// No item selector: the section's own lines are its items, labels kept as item labels.
function readLines(el: Element, state: WalkState, registerNode?: (el: Element) => number): SectionItem[] {
  const start = state.lines.length;
  walkRoot(el, state);
  const items: SectionItem[] = [];
  let label = '';
  for (let i = start; i < state.lines.length; i++) {
    const line = state.lines[i]!;
    if (line.role === 'label') label = line.text;
    if (line.role !== 'text') continue;
    const item: SectionItem = { text: line.text };
    const l = line.label ?? label;
    if (l) item.label = l;
    if (registerNode) item.nodeId = registerNode(line.el);
    add(items, item);
  }
  state.lines.length = start;
  return items;
}
