/**
 * What extraction never reads: hidden or inert markup, page chrome, patient banners, medication and
 * allergy lists, and Sidecoder's own UI. Contexts: content script; Node tools with happy-dom.
 *
 * Only attributes are inspected (no getComputedStyle: far too slow per node on a large record).
 */
import {
  attr,
  ELEMENT_NODE,
  lower,
  nodeType,
  parentNode,
  reTest,
  sIndexOf,
  sReplace,
  sSlice,
  sSplit,
  tagOf,
} from './safe-dom';

const SKIP_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'nav',
  'footer',
  'aside',
  'button',
  'svg',
  'canvas',
  'video',
  'audio',
  'object',
  'embed',
  'img',
  'picture',
  'map',
  'menu',
]);
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'menu',
  'menubar',
  'toolbar',
  'complementary',
  'contentinfo',
  'search',
  'tablist',
  'alert',
  'alertdialog',
  'tooltip',
  'button',
]);
// Words in a class or id that mark chrome or content coders must not code from.
const SKIP_WORDS = new Set([
  'banner',
  'demographics',
  'demographic',
  'medication',
  'medications',
  'meds',
  'med',
  'drug',
  'drugs',
  'prescription',
  'prescriptions',
  'prescribing',
  'allergy',
  'allergies',
  'alert',
  'alerts',
  'nav',
  'navbar',
  'topnav',
  'sidenav',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'toolbar',
  'footer',
  'cookie',
  'sidecoder',
]);
const HIDDEN_CLASSES = new Set(['hidden', 'd-none', 'is-hidden', 'visually-hidden', 'sr-only', 'hide']);
const SKIP_INPUT_TYPES = new Set([
  'hidden',
  'password',
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'image',
  'range',
  'color',
]);

/** Splits class/id text into lower-case words: "patientBanner med-list" → patient banner med list. */
function words(s: string): string[] {
  return sSplit(lower(sReplace(s, /([a-z])([A-Z])/g, '$1 $2')), /[^a-z0-9]+/);
}

/**
 * True when an element and everything under it must be skipped. `profileSkip` holds the elements a
 * site profile's `ignore` selectors matched.
 */
export function isIgnored(el: Element, tag: string, profileSkip?: Set<Element>): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  if (sSlice(tag, 0, 10) === 'sidecoder-') return true;
  // A custom element named for chrome ("<gx-banner>", "<app-med-list>") is skipped like its class.
  if (sIndexOf(tag, '-') >= 0 && hasSkipWord(tag, false)) return true;
  if (attr(el, 'data-sidecoder-ui') !== null) return true;
  if (attr(el, 'hidden') !== null || attr(el, 'inert') !== null) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  if (tag === 'input' && SKIP_INPUT_TYPES.has(lower(attr(el, 'type') ?? ''))) return true;
  const role = attr(el, 'role');
  if (role && SKIP_ROLES.has(lower(role))) return true;
  const style = attr(el, 'style');
  if (style && reTest(/(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i, style)) return true;
  const cls = attr(el, 'class');
  if (cls && hasSkipWord(cls, true)) return true;
  const id = attr(el, 'id');
  if (id && hasSkipWord(id, false)) return true;
  if (tag === 'header' && isPageHeader(el)) return true;
  return profileSkip !== undefined && profileSkip.has(el);
}

function hasSkipWord(value: string, isClass: boolean): boolean {
  if (isClass) {
    const classes = sSplit(value, /\s+/);
    for (let i = 0; i < classes.length; i++) if (HIDDEN_CLASSES.has(classes[i]!)) return true;
  }
  const w = words(value);
  for (let i = 0; i < w.length; i++) if (SKIP_WORDS.has(w[i]!)) return true;
  return false;
}

// A page-level <header> holds the site's chrome; a <header> inside a section holds its heading.
function isPageHeader(el: Element): boolean {
  const parent = parentNode(el);
  const ptag = parent && nodeType(parent) === ELEMENT_NODE ? tagOf(parent as Element) : '';
  return ptag === 'body' || ptag === 'html' || attr(el, 'role') === 'banner';
}
