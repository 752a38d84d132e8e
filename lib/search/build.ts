/**
 * Builds the search index from classification releases. Pure; any context (the background
 * builds it while seeding; Node scripts build it for eval).
 */
import type { Release, TermSource } from '@/lib/classification/model';
import { DOC_SOURCES, entryKey, type SearchIndex } from './index-model';
import { deriveHierarchy } from './hierarchy';
import { CLAUSE_BREAK, NEUTRAL_WORDS, STOP_WORDS, foldToken, rawTokens, scanWords } from './normalise';

/** Folded tokens of one title or term, and which of them are significant. */
export interface DocTokens {
  tokens: string[];
  significant: boolean[];
  /** Only mentioned after "without": a query word matching it means the opposite. */
  negated: boolean[];
}

/**
 * Tokens of a title or term, marking the ones that do not describe the condition itself:
 * neutral words ("unspecified", "site") and what follows "without" in the same clause
 * ("…, without obstruction or gangrene" describes the default case).
 */
export function docTokens(words: string[]): DocTokens {
  const tokens: string[] = [];
  const significant: boolean[] = [];
  const negatedAt: boolean[] = [];
  let negated = false;
  for (const raw of words) {
    if (raw === CLAUSE_BREAK) {
      negated = false;
      continue;
    }
    if (raw === 'without') negated = true;
    if (STOP_WORDS.has(raw)) continue;
    const token = foldToken(raw);
    const sig = !negated && !NEUTRAL_WORDS.has(token);
    const at = tokens.indexOf(token);
    if (at >= 0) {
      significant[at] ||= sig;
      negatedAt[at] &&= negated;
    } else {
      tokens.push(token);
      significant.push(sig);
      negatedAt.push(negated);
    }
  }
  return { tokens, significant, negated: negatedAt };
}

/** Initials of a phrase, digits kept whole ("type 2 diabetes mellitus" -> "t2dm"). */
function initials(raws: string[]): string {
  return raws.map((r) => (/^\d+$/.test(r) ? r : r[0])).join('');
}

/** Builds the index over every code title and term of the given releases. */
export function buildSearchIndex(releases: Release[]): SearchIndex {
  const codes = releases.flatMap((r) => r.codes);
  const hierarchy = deriveHierarchy(codes);
  const tokenIds = new Map<string, number>();
  const lists: number[][] = [];
  const docCode: number[] = [];
  const docSource: number[] = [];
  const docSig: number[] = [];
  const texts: string[] = [];
  const seen = new Set<string>();
  const rawByCode = new Map<number, string[][]>();
  // Only codes reached by an abbreviation need their raw words (to find its expansion).
  for (const r of releases) {
    for (const t of r.terms) {
      const i = t.source === 'abbreviation' ? hierarchy.byKey.get(entryKey(t.system, t.code)) : undefined;
      if (i !== undefined) rawByCode.set(i, []);
    }
  }

  const addDoc = (codeIdx: number, text: string, source: TermSource): void => {
    const words = scanWords(text);
    const { tokens, significant, negated } = docTokens(words);
    if (!tokens.length) return;
    const key = `${codeIdx} ${tokens.join(' ')}`;
    if (seen.has(key)) return; // the same words already lead to this code with a better field
    seen.add(key);
    const doc = docCode.length;
    docCode.push(codeIdx);
    docSource.push(DOC_SOURCES.indexOf(source));
    texts.push(source === 'title' ? '' : text);
    let nSig = 0;
    tokens.forEach((token, k) => {
      let id = tokenIds.get(token);
      if (id === undefined) {
        id = lists.length;
        tokenIds.set(token, id);
        lists.push([]);
      }
      lists[id]!.push((doc << 2) | (significant[k] ? 0 : 1) | (negated[k] ? 2 : 0));
      if (significant[k]) nSig++;
    });
    docSig.push(Math.min(255, Math.max(1, nSig)));
    rawByCode.get(codeIdx)?.push(words.filter((w) => w !== CLAUSE_BREAK));
  };

  codes.forEach((c, i) => addDoc(i, c.title, 'title'));
  const order = new Map(DOC_SOURCES.map((s, i) => [s, i]));
  const abbrevTerms: { codeIdx: number; text: string }[] = [];
  for (const r of releases) {
    const terms = [...r.terms].sort((a, b) => order.get(a.source)! - order.get(b.source)!);
    for (const t of terms) {
      const i = hierarchy.byKey.get(entryKey(t.system, t.code));
      if (i === undefined || !order.has(t.source)) continue;
      addDoc(i, t.text, t.source);
      if (t.source === 'abbreviation') abbrevTerms.push({ codeIdx: i, text: t.text });
    }
  }
  const abbrev = buildAbbreviations(abbrevTerms, rawByCode);

  // Sort the vocabulary so prefix lookups are a binary search, and flatten the postings.
  const vocab = [...tokenIds.keys()].sort();
  const postStart = new Uint32Array(vocab.length + 1);
  let total = 0;
  for (const l of lists) total += l.length;
  const postings = new Uint32Array(total);
  let at = 0;
  vocab.forEach((tok, v) => {
    postStart[v] = at;
    const l = lists[tokenIds.get(tok)!]!;
    postings.set(l, at);
    at += l.length;
  });
  postStart[vocab.length] = at;

  const docTextStart = new Uint32Array(texts.length + 1);
  let off = 0;
  texts.forEach((t, i) => {
    docTextStart[i] = off;
    off += t.length;
  });
  docTextStart[texts.length] = off;

  return {
    codes,
    vocab,
    postStart,
    postings,
    docCode: Uint32Array.from(docCode),
    docSource: Uint8Array.from(docSource),
    docSig: Uint8Array.from(docSig),
    docText: texts.join(''),
    docTextStart,
    abbrev,
    ...hierarchy,
  };
}

/**
 * Expansions of one-word abbreviations ("af" -> "atrial fibrillation"), found among the other
 * titles and terms of the code the abbreviation leads to by matching initials. They let an
 * abbreviation inside a longer query ("paroxysmal AF") reach the specific code.
 */
function buildAbbreviations(
  terms: { codeIdx: number; text: string }[],
  rawByCode: Map<number, string[][]>,
): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const { codeIdx, text } of terms) {
    const words = rawTokens(text);
    const abbr = words[0];
    if (words.length !== 1 || !abbr || abbr.length < 2 || !/[a-z]/.test(abbr)) continue;
    for (const raws of rawByCode.get(codeIdx) ?? []) {
      if (raws.length < 2) continue;
      const content = raws.filter((r) => !STOP_WORDS.has(r));
      if (initials(raws) !== abbr && initials(content) !== abbr) continue;
      const expansion = content.map(foldToken);
      const key = foldToken(abbr);
      const list = out.get(key) ?? [];
      if (!list.some((e) => e.join(' ') === expansion.join(' '))) list.push(expansion);
      out.set(key, list);
    }
  }
  return out;
}
