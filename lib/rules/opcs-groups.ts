/**
 * OPCS-4 procedure groups: a main code (chapters A–X) and the chapter Y and Z codes that follow
 * and qualify it (the P-Y-Z sequence). Pure; any context.
 */
import { isSubsidiary, lateralityOf } from './context';
import type { CodedItem } from './types';

export interface ProcedureGroup {
  /** Undefined for Y/Z codes before any main code. */
  main?: CodedItem;
  /** Y and Z codes after the main code, in order. */
  qualifiers: CodedItem[];
  /** Index of the group's last code. */
  end: number;
}

export function procedureGroups(items: readonly CodedItem[]): ProcedureGroup[] {
  const groups: ProcedureGroup[] = [];
  for (const item of items) {
    const current = groups[groups.length - 1];
    if (!isSubsidiary(item) || !current) {
      groups.push(
        isSubsidiary(item)
          ? { qualifiers: [item], end: item.index }
          : { main: item, qualifiers: [], end: item.index },
      );
    } else {
      current.qualifiers.push(item);
      current.end = item.index;
    }
  }
  return groups;
}

/** The Z94 laterality codes of a group. */
export function lateralityCodes(group: ProcedureGroup): CodedItem[] {
  return group.qualifiers.filter((q) => lateralityOf(q) !== undefined);
}

export function isBilateral(item: CodedItem): boolean {
  return lateralityOf(item) === 'bilateral' || item.code === 'Z94.1';
}
