/**
 * ConText/NegEx-style trigger lists: the phrases that set a mention's status, and the words that end a
 * trigger's scope. Pure data; any context (content script, background, extension pages, Node).
 *
 * Order matters: triggers are matched in list order and a matched range is not matched again, so the
 * longer, more specific phrases come first ("not ruled out" before "ruled out" before "not").
 */

/** What a trigger does to the mentions in its scope. */
export type CueType = 'negated' | 'uncertain' | 'history' | 'family' | 'resolved' | 'known' | 'terminate';

/**
 * Where a trigger looks: `pre` covers the mentions after it, `post` the mention before it, `both`
 * reads as `pre` when a mention follows it in the clause and as `post` otherwise ("?PE", "PE?");
 * `around` covers the mentions on both sides ("cellulitis vs DVT").
 */
export type CueDirection = 'pre' | 'post' | 'both' | 'around';

/** `clause` reaches every mention up to a terminator; `next` only the mention directly after. */
export type CueScope = 'clause' | 'next';

export interface Trigger {
  type: CueType;
  dir: CueDirection;
  scope: CueScope;
  /** Case-insensitive; matched on word boundaries unless it starts or ends with punctuation. */
  phrases: string[];
  /**
   * Every match holds one of these (lower case): a clause with none of them is not searched, and a
   * cold content script compiles only the groups its page can match.
   */
  anchors: string[];
  /**
   * Anchors count only at the start of a word ("son" in "my son", not in "reason"): true only where
   * every match holds one of the anchors at a word start.
   */
  wordAnchors?: boolean;
}

const RELATIVE_WORDS = [
  'mother',
  'father',
  'mum',
  'dad',
  'brother',
  'sister',
  'son',
  'daughter',
  'aunt',
  'uncle',
  'grand',
  'granny',
  'cousin',
  'sibling',
  'parent',
  'twin',
];
const RELATIVES =
  "(?:(?:his|her|their|the patient's|pt's|maternal|paternal)\\s+)?(?:mother|father|mum|dad|brother|sister|son|daughter|aunt|uncle|grandmother|grandfather|grandparents?|granny|cousin|siblings?|parents?|twin)";

/** The trigger table, most specific first. Phrases are regular-expression sources. */
export const TRIGGERS: Trigger[] = [
  // Pseudo-negations that still leave the condition open: uncertain, never negated.
  {
    type: 'uncertain',
    dir: 'both',
    scope: 'clause',
    anchors: ['rule', 'exclud', 'r/o', 'not ', 'uncertain', 'unclear'],
    phrases: [
      'not (?:yet |been |definitely |fully )*(?:ruled out|excluded)',
      "(?:cannot|can ?not|can't|could not|couldn't|unable to) (?:be )?(?:ruled out|excluded|rule out|exclude)",
      '(?:still |yet )?to be (?:ruled out|excluded)',
      '(?:to |\\?)?rule out',
      '\\?? ?r/o',
      'to exclude',
      'not (?:certain|sure|confirmed)',
      'uncertain(?: if| whether)?',
      'unclear (?:if|whether)',
    ],
  },
  // Pseudo-triggers with no effect: matched so that their "no"/"not" is not read as a negation.
  {
    type: 'known',
    dir: 'pre',
    scope: 'next',
    anchors: ['change', 'increase', 'further', 'not only', 'not necessarily', 'gram'],
    phrases: [
      'no (?:significant |interval )?change(?: in)?',
      'no increase(?: in)?',
      'no further',
      'not only',
      'not necessarily',
      'gram[- ]negative',
    ],
  },
  {
    type: 'family',
    dir: 'pre',
    scope: 'clause',
    anchors: ['famil', 'f/h', 'fh', 'fam hx', 'relative'],
    phrases: [
      'family (?:history|hx) (?:of|includes?)',
      'family (?:history|hx)',
      'f/h(?: of)?',
      'fhx?(?: of)?',
      'fam hx(?: of)?',
      'relatives? with',
    ],
  },
  // A group of its own, so that "the family were updated" does not compile the relatives' regex.
  {
    type: 'family',
    dir: 'pre',
    scope: 'clause',
    anchors: RELATIVE_WORDS,
    wordAnchors: true,
    phrases: [
      `${RELATIVES}(?: (?:has|had|have|with|died (?:of|from)|diagnosed with|suffered (?:from|with)))`,
    ],
  },
  // A procedure or treatment that did not happen: "thrombolysis not given", "OGD was declined". Before
  // the pre-negations, so that their "not" does not take it.
  {
    type: 'negated',
    dir: 'post',
    scope: 'clause',
    anchors: ['not ', 'declined'],
    phrases: [
      // "Parathyroidectomy offered but declined": the "but" inside the phrase does not end its scope.
      '(?:was )?offered (?:but|and) (?:was )?declined',
      // "Lynch syndrome not suspected": a conclusion, not the uncertainty its last word names.
      '(?:was |is )?not (?:suspected|thought likely)',
      '(?:was |were |is |has been |have been )?(?:not (?:given|done|performed|indicated|carried out|undertaken)|declined)',
    ],
  },
  // A relative who denies something reports on the patient: "Mum denies any head injury". A group of
  // its own, so that the common negations below do not compile the relatives' regex.
  {
    type: 'negated',
    dir: 'pre',
    scope: 'clause',
    anchors: RELATIVE_WORDS,
    wordAnchors: true,
    phrases: [`${RELATIVES} den(?:y|ies|ied|ying)`],
  },
  {
    type: 'negated',
    dir: 'pre',
    scope: 'clause',
    anchors: ['no', 'never', 'negative', 'den', 'free', 'absence', 'without', 'nil', 'neither'],
    phrases: [
      'no (?:history|hx|h/o) of',
      'no (?:evidence|signs?|symptoms|features|suggestion|indication|sign or symptoms?|signs or symptoms) (?:of|for|to suggest)',
      'no (?:known|new|further|other|obvious|definite|previous|prior|significant|focal|acute)',
      'not known to have',
      'not (?:had|have|has|have had)',
      'never (?:had|been diagnosed with)',
      'no(?:thing)? to suggest',
      'negative for',
      'den(?:y|ies|ied|ying)',
      'free (?:of|from)',
      'absence of',
      'without',
      'nil',
      'no',
      'not',
      'never',
      'neither',
      'nor',
    ],
  },
  {
    type: 'negated',
    dir: 'post',
    scope: 'clause',
    anchors: ['exclud', 'ruled out', 'negative', 'absent', 'not ', 'normal', 'free'],
    phrases: [
      '(?:has |have |was |were |is |been |now )*(?:excluded|ruled out)',
      '(?:was |is |were )?(?:negative|absent|not (?:seen|present|found|detected|demonstrated|identified))',
      '(?:was|is|were) normal',
      '-?free',
    ],
  },
  {
    type: 'family',
    dir: 'both',
    scope: 'clause',
    anchors: RELATIVE_WORDS,
    wordAnchors: true,
    phrases: [`(?:in (?:his |her |their )?)?${RELATIVES}`],
  },
  {
    type: 'uncertain',
    dir: 'both',
    scope: 'clause',
    anchors: [
      'likely',
      'probab',
      'possib',
      'differential',
      'dx',
      'susp',
      'presum',
      'provisional',
      'qu',
      'concern',
      'worr',
      'suggestive',
      'may',
      'might',
      'could',
      '?',
    ],
    phrases: [
      '(?:most |more |very )?(?:likely|probable|probably|possible|possibly)',
      'differential(?:s| diagnos[ie]s)?(?: of| include)?',
      'd/?dx',
      'suspicion (?:of|for)',
      'suspicious (?:of|for)',
      '(?:suspected|suspect|presumed|presumptive|provisional|query|querying|queried)',
      '(?:concern|concerned|concerning|worrying|worried) (?:for|of|about|re|regarding)',
      'suggestive of',
      'may (?:have|be)',
      'might (?:have|be)',
      'could (?:have|be)',
      'unlikely',
      'qu\\.?(?= )',
      '\\?+',
    ],
  },
  // A differential names both sides: "cellulitis vs DVT".
  {
    type: 'uncertain',
    dir: 'around',
    scope: 'clause',
    anchors: ['vs', 'versus'],
    phrases: ['vs\\.?', 'versus'],
  },
  {
    type: 'history',
    dir: 'pre',
    scope: 'clause',
    anchors: ['history', 'hx', 'h/o', 'pmh', 'background of', 'previously', 's/p', 'status post'],
    phrases: [
      '(?:past |previous |prior )?(?:medical )?(?:history|hx|h/o) of',
      'h/o',
      'hx',
      'pmhx?',
      'background of',
      'previously (?:had|treated for|diagnosed with)',
      's/p',
      'status post',
    ],
  },
  {
    type: 'history',
    dir: 'post',
    scope: 'clause',
    anchors: ['in the past', ' ago', 'as a child', 'in childhood'],
    phrases: ['in the past', '(?:\\d+ )?(?:years?|yrs?|months?) ago', 'as a child', 'in childhood'],
  },
  {
    type: 'history',
    dir: 'pre',
    scope: 'next',
    anchors: ['prev', 'prior', 'past', 'old', 'remote', 'historical', 'childhood'],
    phrases: ['previous', 'prev\\.?', 'prior', 'past', 'old', 'remote', 'historical', 'childhood'],
  },
  {
    type: 'resolved',
    dir: 'both',
    scope: 'clause',
    anchors: ['resolved', 'settled', 'in remission'],
    phrases: ['(?:now |has |had |since )*(?:resolved|settled)', 'in remission'],
  },
  // Affirming words: matched after the negations so that "no known" still reads as a negation.
  {
    type: 'known',
    dir: 'pre',
    scope: 'next',
    anchors: ['known', 'k/o'],
    phrases: ['known(?: to have)?', 'k/o'],
  },
  // Terminators: scope ends here ("denies chest pain but has SOB"); affirming verbs start a new run.
  {
    type: 'terminate',
    dir: 'pre',
    scope: 'clause',
    anchors: [
      'but',
      'however',
      'though',
      'apart from',
      'aside from',
      'except',
      'other than',
      'which',
      'whereas',
      'present',
      'admitted with',
      'complain',
      'c/o',
      'has',
      'had',
      'report',
      'show',
      'reveal',
      'demonstrat',
      'in keeping with',
      'consistent with',
      'compatible with',
    ],
    phrases: [
      'but',
      'however',
      'although',
      'though',
      'apart from',
      'aside from',
      'except(?: for)?',
      'other than',
      'which',
      'whereas',
      'presenting with',
      'presented with',
      'presents with',
      'admitted with',
      'complain(?:s|ing|ed) of',
      'c/o',
      'now has',
      'has',
      'had',
      'reports',
      'reported',
      // A finding's source ends before what it found ("CT showed consolidation").
      'show(?:s|ed|ing)?',
      'reveal(?:s|ed|ing)?',
      'demonstrat(?:es|ed|ing)',
      'in keeping with',
      'consistent with',
      'compatible with',
    ],
  },
];
