/**
 * A value kept in extension storage (local or session), read once and followed as it changes in any
 * context. Values are parsed on the way in: storage is shared with other contexts, so it is checked
 * like a message.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export type StorageAreaName = 'local' | 'session';

export function useStorageValue<T>(area: StorageAreaName, key: string, parse: (value: unknown) => T): T {
  const [value, setValue] = useState<T>(() => parse(undefined));
  useEffect(() => {
    let live = true;
    const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
      if (areaName === area && key in changes) setValue(parse(changes[key]!.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    browser.storage[area].get(key).then(
      (got) => live && setValue(parse((got as Record<string, unknown>)[key])),
      () => undefined, // unreadable storage: keep the default
    );
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
    // `parse` is left out on purpose: callers pass module-level functions.
  }, [area, key]);
  return value;
}
