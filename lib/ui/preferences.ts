/**
 * The coder's display preferences, kept in the extension page's localStorage (not synced, no
 * patient data). Any context with a `Storage`; unknown stored values fall back to the default.
 */
import type { CodeFormat } from '@/lib/classification/code-format';

const FORMAT_KEY = 'sidecoder.format';
const FORMATS: readonly CodeFormat[] = ['dotted', 'undotted', 'nhs'];

export function loadFormat(storage: Pick<Storage, 'getItem'> | undefined): CodeFormat {
  try {
    const v = storage?.getItem(FORMAT_KEY);
    return FORMATS.includes(v as CodeFormat) ? (v as CodeFormat) : 'dotted';
  } catch {
    return 'dotted';
  }
}

export function saveFormat(storage: Pick<Storage, 'setItem'> | undefined, format: CodeFormat): void {
  try {
    storage?.setItem(FORMAT_KEY, format);
  } catch {
    // Storage can be unavailable (quota, policy): the choice then lasts for this page only.
  }
}
