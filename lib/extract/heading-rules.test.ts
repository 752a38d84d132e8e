import { describe, expect, it } from 'vitest';
import {
  ADMIN_WORDINGS,
  findRule,
  foldedWords,
  isAdminWording,
  RULES,
  withoutQualifiers,
} from './heading-rules';
import {
  classifyBareLine,
  classifyHeading,
  foldHeading,
  headingItemLabel,
  isAdminLabel,
  isTypeLabel,
} from './headings';

import { isTypeWording } from './type-label';

// The regexes replaced by word tables, as they were.
const PHASE =
  '(antenatal|intrapartum|postnatal|postpartum|peripartum|perinatal|pre ?operative|post ?operative|intra ?operative|peri ?operative|pre ?op|post ?op|on admission|during admission|this admission|inpatient|outpatient)';
const TYPE_LABEL = new RegExp(
  `^((primary|secondary|principal|main|other|additional|subsidiary|active|inactive|current|past|chronic|acute|significant|minor|major|resolved|confirmed|provisional|working|final|\\d{1,2}|[ivx]{1,4}|[a-z])|${PHASE}( (and|or)? ?${PHASE})*)$`,
);
// Labels of administrative fields: who, where, when, measurements. Their values are never coded.
export const ADMIN_LABEL =
  /^(admitted( on| by| under)?|admission( date| time)?|date( and time)? of (admission|discharge|birth|operation|procedure)|discharged( on)?|discharge (date|time|destination)|consultant|responsible (clinician|consultant)|clinicians?|doctor|named nurse|nurse|gp|registered gp|ward|bed|location|room|cubicle|bay|specialty|speciality|team|mrn|hospital (no|number)|nhs (no|number)|dob|age|sex|gender|sex weight|weight|height|bmi|arrival( time| date| mode)?|mode of arrival|triage( category| time)?|time|date|dates|midwife|obstetrician|surgeon|surgeons|assistant|anaesthetist|anaesthesia|anaesthetic|scrub nurse|gestation|apgar( score)?|observations|obs|fluid balance|handover|nursing handover|estimated blood loss|ebl|blood loss|feeding|entered by|recorded by|author|signed( by)?|reviewed by|seen by|referred by|referrer|duration|disposal|mha status|legal status|care coordinator|key worker|next of kin|nok|ed no|slot|patient|patient name|name|address|phone|telephone|episode|encounter|visit|side|laterality|(operation|operative|procedure|surgical) side|(surgical )?approach|incision|(wound )?closure|((operative|surgical) )?technique|(procedure|operative|operation) details|details of (procedure|operation)|prophylaxis|antibiotic prophylaxis|antibiotics|(vte|dvt) prophylaxis|thromboprophylaxis|drains?|dressings?|tourniquet( time)?|position(ing)?|skin prep(aration)?|asa( grade)?|implants|specimens?|est blood loss|urgency)$/;
const QUALIFIERS =
  /\b(primary|secondary|principal|working|final|discharge|provisional|differential|main|other|additional|active|current|relevant|significant|known|list|of|on|and|the|performed|carried|out|undertaken|today|this|admission|episode|maternal|postnatal|antenatal|pre|post|op|operative|preoperative|postoperative)\b/g;
const ITEM_QUALIFIERS: [RegExp, string][] = [
  [/\b(differentials?|ddx|to be assessed|provisional|suspected)\b/, 'Differential'],
  [/\b(excluded|ruled out)\b/, 'Excluded'],
];

/**
 * Spells out wordings of a regex source in the subset the rules use: literals, groups with `|`,
 * `?`, `*`, `+`, `{m,n}`, classes, `\d`, `.`, and zero-width `\b`, `^`, `$` and lookarounds. Every
 * branch of every alternation and both sides of every optional part are taken; a repeat is taken
 * zero (where allowed), once and twice (the same wording); a class gives each listed character and each range's ends.
 */
function spell(source: string): string[] {
  let i = 0;
  const alternation = (): string[] => {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (source[i] !== '|') return out;
      i++;
    }
  };
  const sequence = (): string[] => {
    let acc = [''];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const options = atom();
      const q = quantifier();
      const repeated = new Set<string>();
      for (const n of q) for (const o of n === 0 ? [''] : options) repeated.add(n === 2 ? o + o : o);
      acc = acc.flatMap((a) => [...repeated].map((r) => a + r));
    }
    return acc;
  };
  const quantifier = (): number[] => {
    const c = source[i];
    if (c === '?') return (i++, [0, 1]);
    if (c === '*') return (i++, [0, 1, 2]);
    if (c === '+') return (i++, [1, 2]);
    if (c === '{') {
      const end = source.indexOf('}', i);
      const min = Number(source.slice(i + 1, end).split(',')[0]);
      i = end + 1;
      return min === 0 ? [0, 1, 2] : [1, 2];
    }
    return [1];
  };
  const atom = (): string[] => {
    const c = source[i]!;
    if (c === '(') {
      i++;
      let zeroWidth = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(source.slice(i))) {
        i += source[i + 1] === '<' ? 3 : 2;
        zeroWidth = true;
      }
      const inner = alternation();
      i++; // ')'
      return zeroWidth ? [''] : inner;
    }
    if (c === '[') {
      const end = source.indexOf(']', i + 1);
      const body = source.slice(i + 1, end);
      i = end + 1;
      const chars: string[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          chars.push(body[k]!, body[k + 2]!);
          k += 2;
        } else chars.push(body[k]!);
      }
      return chars;
    }
    if (c === '\\') {
      const e = source[i + 1]!;
      i += 2;
      if (e === 'b') return [''];
      if (e === 'd') return ['7'];
      return [e];
    }
    i++;
    if (c === '^' || c === '$') return [''];
    if (c === '.') return ['z'];
    return [c];
  };
  return alternation();
}

describe('heading rule word lists cover every wording of their regex', () => {
  it('spells out the rules (each spelling matches its regex)', () => {
    const all = [...RULES.map((r) => r.regex), ADMIN_LABEL, TYPE_LABEL, ...ITEM_QUALIFIERS.map((q) => q[0])];
    for (const rule of all) {
      const spellings = spell(rule.source);
      expect(spellings.length).toBeGreaterThan(1);
      for (const s of spellings) expect([rule.source.slice(0, 30), s, rule.test(s)]).toContain(true);
    }
  });

  it('RULES: phrase tables find what their regexes find', () => {
    const spelled = RULES.flatMap((r) => spell(r.regex.source));
    const before = [
      'x',
      'renal',
      '2',
      'a1',
      'past',
      'discharge',
      'clinical',
      'problems',
      'jobs',
      'the',
      'co',
    ];
    const after = ['x', '3', 'list', 'history', 'notes', 'for', 'summary', 'medicine', 'a b c d e f g h'];
    const samples = [
      ...spelled,
      ...spelled.flatMap((s) => [...before.map((b) => `${b} ${s}`), ...after.map((a) => `${s} ${a}`)]),
      'jobs for',
      'jobs for the week',
      'baby 12a',
      'family m2 history',
      'past history history',
      'ct a b c d e f g h',
      'ct a b c d e f g h i',
      'x ray chest',
      'renal medicine',
      '2 medicine',
      'medicine',
    ];
    // Folded text only (what the tables are given): no spaces at the ends or doubled.
    for (const t of samples.filter((s) => foldHeading(s) === s)) {
      const words = foldedWords(t);
      RULES.forEach((rule, i) => {
        const m = rule.regex.exec(t);
        const expected = m === null ? 0 : m[0] === t ? 1 : 2;
        if (findRule(i, words) !== expected) expect([t, i, findRule(i, words)]).toEqual([t, i, expected]);
      });
    }
  });

  it('phrase specs start with a plain word', () => {
    for (const rule of RULES) for (const p of rule.phrases) expect(p).toMatch(/^[\^!]?[a-z(]/);
  });

  it('ADMIN_LABEL: the listed wordings are exactly the ones it spells', () => {
    const spelled = spell(ADMIN_LABEL.source);
    for (const s of spelled) expect([s, isAdminWording(s)]).toEqual([s, true]);
    // And no other wording.
    expect(ADMIN_WORDINGS.split('|').sort()).toEqual([...new Set(spelled)].sort());
    for (const s of ['admitted at', 'date of', 'sex  weight', 'Ward', ' ward', 'ward ', 'wards', ''])
      expect([s, isAdminWording(s)]).toEqual([s, ADMIN_LABEL.test(s)]);
  });

  it('TYPE_LABEL: isTypeWording is its test on folded text', () => {
    const spelled = spell(TYPE_LABEL.source);
    const phases = spell(PHASE);
    const samples = [
      ...spelled,
      ...phases.flatMap((a) =>
        [' ', ' and ', ' or ', ' and', ' or', '', ' but ', ' andor '].map((j) => `${a}${j}${phases[7]}`),
      ),
      ...phases.flatMap((a) => [`${a} and ${a} or ${a}`, `${a}s`, `x${a}`, `${a} and`]),
      ...[
        '0',
        '00',
        '100',
        '7',
        'iv',
        'xviii',
        'ivxi',
        'ivxiv',
        'vvvv',
        'a',
        'z',
        'ab',
        'i v',
        'primary secondary',
      ],
      ...['pre op and post operative', 'on admission during admission', 'antenatalpostnatal', 'postnatal or'],
    ].filter((s) => foldHeading(s) === s);
    expect(samples.length).toBeGreaterThan(1000);
    for (const s of samples) expect([s, isTypeWording(s)]).toEqual([s, TYPE_LABEL.test(s)]);
  });

  it('splits folded text into words', () => {
    expect(foldedWords('')).toEqual([]);
    expect(foldedWords('dx')).toEqual(['dx']);
    expect(foldedWords('past medical history')).toEqual(['past', 'medical', 'history']);
  });
});

// The classifiers as they were, every regex run.
function oldClassifyHeading(text: string): string | null {
  const t = foldHeading(text);
  if (!t || t.length > 80 || t.split(' ').length > 8 || ADMIN_LABEL.test(t)) return null;
  const kind = RULES.find((r) => r.regex.test(t))?.kind ?? null;
  // "Previous ocular surgery": procedures in the patient's past are history.
  return kind === 'procedures' && /^(previous|past|prior) /.test(t) ? 'history' : kind;
}
function oldClassifyBareLine(text: string): string | null {
  const t = foldHeading(text).replace(/ \d{1,2}$/, ''); // "Procedure 1" names its kind
  if (!t || t.length > 60 || /\d/.test(t)) return null;
  const core = t.replace(QUALIFIERS, ' ').replace(/\s+/g, ' ').replace(/^ | $/g, '');
  if (!core) return null;
  for (const rule of RULES) {
    const m = rule.regex.exec(core);
    if (m) return m[0] === core ? rule.kind : null;
  }
  return null;
}

describe('classifiers give what they gave with every regex run', () => {
  const spelled = [
    ...RULES.map((r) => r.regex),
    ADMIN_LABEL,
    QUALIFIERS,
    ...ITEM_QUALIFIERS.map((q) => q[0]),
  ].flatMap((re) => spell(re.source));
  const samples = [
    ...spelled,
    ...spelled.flatMap((s) => [`Secondary ${s}`, `${s} performed`, `the ${s} of x`, `Renal ${s}`, `${s}:`]),
    'Problems and issues',
    'Previous ocular surgery',
    'Past operations',
    'Prior procedures performed',
    'Differential / to be assessed',
    'Excluded diagnoses',
    'Ruled  out',
    'To be assessed later',
    'The other list of this episode',
    'Co-morbidities',
    'Procedure(s) performed',
    'Date of operation',
    'Operation side',
    'Condition number 4',
    'Type 2 diabetes mellitus',
    'CXR (portable)',
    'Renal Medicine',
    'Jobs for FY1',
    'Baby 2',
    'Summary notes',
    '',
    '—',
  ];
  it('classifyHeading, classifyBareLine, isAdminLabel, isTypeLabel', () => {
    for (const s of samples) {
      const t = foldHeading(s);
      expect([s, classifyHeading(s)]).toEqual([s, oldClassifyHeading(s)]);
      expect([s, classifyBareLine(s)]).toEqual([s, oldClassifyBareLine(s)]);
      expect([s, isAdminLabel(s)]).toEqual([s, ADMIN_LABEL.test(t)]);
      expect([s, isTypeLabel(s)]).toEqual([s, TYPE_LABEL.test(t)]);
      const label = ITEM_QUALIFIERS.find((q) => q[0].test(t))?.[1] ?? null;
      expect([s, headingItemLabel(s)]).toEqual([s, label]);
      const core = t.replace(QUALIFIERS, ' ').replace(/\s+/g, ' ').replace(/^ | $/g, '');
      expect([s, withoutQualifiers(foldedWords(t))]).toEqual([s, core]);
    }
  });
});
