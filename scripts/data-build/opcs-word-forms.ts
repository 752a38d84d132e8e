/**
 * Node-only (data build): clinical word forms of OPCS-4 titles, derived by rule. OPCS-4 titles say
 * "Total excision of gall bladder" where coders type "cholecystectomy"; this parses a title into
 * qualifiers + operation head + site + tail and, only when every part is recognised, composes the
 * word form from the site's combining form and the operation's suffix. Unrecognised parts mean no
 * term: a wrong word form makes search worse, a missing one only leaves the title to match.
 */
import type { CodeEntry, TermEntry } from '@/lib/classification/model';
import { SITES, type Op } from './opcs-word-forms-sites';

export { SITES };

/** Operation heads, longest first; the site follows directly. */
const HEADS: [RegExp, Op][] = [
  [/^(?:(diagnostic|therapeutic) )?(?:fibreoptic )?endoscopic (?:examination of|operations on) /, 'oscopy'],
  [/^(?:(total|hybrid|reverse polarity total) )?prosthetic replacement of /, 'replacement'],
  [/^(?:creation of artificial opening into|exteriorisation of) /, 'ostomy'],
  [/^(?:excision|resection) of /, 'ectomy'],
  [/^(?:incision|opening) of /, 'otomy'],
  [/^plastic repair of /, 'oplasty'],
  [/^fixation of /, 'opexy'],
];

/** Leading qualifiers; `true` when the bare word form is still right without them. */
const QUALIFIERS: Record<string, boolean> = {
  total: true,
  emergency: true,
  abdominal: true,
  vaginal: true,
  bilateral: true,
  primary: true,
  diagnostic: true,
  hybrid: true,
  'reverse polarity total': false,
  partial: false,
  subtotal: false,
  extended: false,
  therapeutic: false,
  'revision of': false,
};
const QUAL = new RegExp(`^(${Object.keys(QUALIFIERS).join('|')}) `);

// Words that may follow "and" in a title tail: a second procedure, not a second site.
const TAIL_PROC = /^(biopsy|lavage|brush|exploration|drainage|excision of surrounding|staining|sampling)\b/;
const SITE_KEYS = Object.keys(SITES).sort((a, b) => b.length - a.length);

/** Word forms for one OPCS-4 title (lower-case, deduplicated); empty when any part is unknown. */
export function wordFormsForTitle(title: string): string[] {
  let rest = title.toLowerCase().replace(/^unspecified /, '');
  const quals: string[] = [];
  for (let m = QUAL.exec(rest); m; m = QUAL.exec(rest)) {
    quals.push(m[1]!.replace(/ of$/, ''));
    rest = rest.slice(m[0].length);
  }
  const head = HEADS.find(([re]) => re.test(rest));
  if (!head) return [];
  const hm = head[0].exec(rest)!;
  if (hm[1]) quals.push(hm[1]);
  rest = rest.slice(hm[0].length).replace(/^(?:abnormal|normal) /, '');
  const key = SITE_KEYS.find((k) => rest === k || rest.startsWith(`${k} `));
  if (!key) return [];
  const tail = rest.slice(key.length).replace(/ nec$/, '').trim();
  const parts =
    /^(?:(?:and|with) (.*?))?(?: ?(not using cement|using cement|using (rigid|fibreoptic) (\w+)scope|for prolapse))?$/.exec(
      tail,
    );
  if (!parts || (parts[1] !== undefined && !TAIL_PROC.test(parts[1]))) return [];
  const site = SITES[key]!;
  const op = head[1];
  const words = [...(site.words?.[op] ?? [])];
  if (site.ops?.includes(op)) words.push(...site.forms!.map((f) => f + op));
  let mod = '';
  if (parts[3] && site.forms?.some((f) => `${f}o` === parts[4])) {
    mod = parts[3] === 'rigid' ? 'rigid' : 'flexible';
  } else if (parts[2]?.endsWith('using cement')) {
    mod = parts[2] === 'using cement' ? 'cemented' : 'uncemented';
  }
  // Qualifiers that change the meaning stay on every form; the others also appear one at a time.
  const must = quals.filter((q) => !(QUALIFIERS[q] ?? QUALIFIERS[`${q} of`]));
  const optional = quals.filter((q) => !must.includes(q));
  const short = [must, ...optional.map((o) => quals.filter((q) => q === o || must.includes(q)))];
  const out = new Set<string>();
  for (const w of words) {
    out.add([...quals, w].join(' '));
    for (const qs of short) {
      out.add([...qs, w].join(' '));
      if (mod) out.add([mod, ...qs, w].join(' '));
    }
  }
  return [...out];
}

/**
 * Word-form terms for every OPCS-4 code whose title the rules fully recognise. A term is left out
 * when a sibling or child already uses it in its own title ("Vaginal hysterectomy NEC"): there the
 * classification names the word form itself, and giving it to the "Unspecified" code too would
 * pull searches away from the code the title names.
 */
export function buildOpcsWordFormTerms(codes: CodeEntry[]): TermEntry[] {
  const family = new Map<string, string[]>();
  for (const c of codes) {
    if (!c.parent) continue;
    const titles = family.get(c.parent) ?? [];
    titles.push(` ${c.title.toLowerCase()} `);
    family.set(c.parent, titles);
  }
  return codes.flatMap((c) => {
    const own = ` ${c.title.toLowerCase()} `;
    const near = [...(family.get(c.parent ?? '') ?? []), ...(family.get(c.code) ?? [])];
    return wordFormsForTitle(c.title)
      .filter((text) => !near.some((t) => t !== own && t.includes(` ${text} `)))
      .map((text) => ({ system: 'opcs4' as const, code: c.code, text, source: 'opcs-word-form' as const }));
  });
}
