/**
 * Building fixes with readable labels, and applying them. Pure; any context.
 */
import { codeKey } from '@/lib/classification/code-format';
import type { System } from '@/lib/classification/model';
import type { Fix, RuleEpisode } from './types';

const LIST: Record<System, 'diagnoses' | 'procedures'> = { icd10: 'diagnoses', opcs4: 'procedures' };

/** Move `code` so that it ends up at `toIndex`; the label names the code it will stand before or after. */
export function moveFix(system: System, list: readonly string[], from: number, toIndex: number): Fix {
  const code = list[from]!;
  const rest = list.filter((_, i) => i !== from);
  const label =
    toIndex < rest.length
      ? `Move ${code} before ${rest[toIndex]}`
      : `Move ${code} after ${rest[rest.length - 1]}`;
  return { kind: 'move', system, code, toIndex, label };
}

export function insertFix(system: System, code: string, atIndex: number, label: string): Fix {
  return { kind: 'insert', system, code, atIndex, label };
}

export function removeFix(system: System, list: readonly string[], index: number): Fix {
  return { kind: 'remove', system, index, label: `Remove ${list[index]}` };
}

export function replaceFix(system: System, list: readonly string[], index: number, code: string): Fix {
  return { kind: 'replace', system, index, code, label: `Replace ${list[index]} with ${code}` };
}

/**
 * Apply a fix to an episode and return the new episode (the input is not changed). A fix that no
 * longer fits the episode (its code was already moved or removed) returns the episode unchanged.
 */
export function applyFix(episode: RuleEpisode, fix: Fix): RuleEpisode {
  const key = LIST[fix.system];
  const list = [...episode[key]];
  switch (fix.kind) {
    case 'move': {
      const from = list.findIndex((c) => sameCode(c, fix.code));
      if (from < 0) return episode;
      const [code] = list.splice(from, 1);
      list.splice(Math.min(fix.toIndex, list.length), 0, code!);
      break;
    }
    case 'insert':
      list.splice(Math.min(fix.atIndex, list.length), 0, fix.code);
      break;
    case 'remove':
      if (fix.index >= list.length) return episode;
      list.splice(fix.index, 1);
      break;
    case 'replace':
      if (fix.index >= list.length) return episode;
      list[fix.index] = fix.code;
      break;
  }
  return { ...episode, [key]: list };
}

// Episodes may hold codes as typed (`g309`); a fix names the canonical code.
function sameCode(a: string, b: string): boolean {
  return codeKey(a) === codeKey(b);
}
