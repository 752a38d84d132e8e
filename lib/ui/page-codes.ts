/**
 * Shows a suggested code in the panel's chosen format. Suggestions carry only code, system and title,
 * so the entry (kind, valid-for-coding, dagger/asterisk) comes from the loaded code source, as the
 * search results' codes do. Pure; extension pages.
 */
import { formatCode, type CodeFormat } from '@/lib/classification/code-format';
import type { System } from '@/lib/classification/model';
import type { CodeSource } from './code-source';
import { displayCode, toDisplayable } from './format';

export interface CodeRef {
  code: string;
  system: System;
}

/** The code as the coder copies it: the same path as search results (`displayCode`). */
export function displaySuggested(
  source: Pick<CodeSource, 'getEntry'> | null,
  ref: CodeRef,
  format: CodeFormat,
): string {
  const entry = source?.getEntry(ref.system, ref.code);
  if (entry) return displayCode(toDisplayable(entry), format);
  // Not in the loaded release (a newer one is seeding): format what we have.
  return formatCode(ref.code, format, { system: ref.system });
}
