/**
 * An accessible tab strip (WAI-ARIA tabs pattern, automatic activation): one tab stop, arrow keys
 * move and select, Home/End jump. Panels are rendered by the caller with `TabPanel`, all kept
 * mounted so each keeps its state (search query, scroll position) while hidden.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { tabIndexForKey } from '@/lib/ui/page-tabs';

export interface TabItem<T extends string> {
  id: T;
  label: string;
  /** A count or state shown after the label ("This page 12"), for the eye only. */
  badge?: string;
}

const tabId = (id: string) => `tab-${id}`;
const panelId = (id: string) => `tabpanel-${id}`;

interface TabsProps<T extends string> {
  label: string;
  tabs: TabItem<T>[];
  active: T;
  onSelect(id: T): void;
}

export function Tabs<T extends string>({ label, tabs, active, onSelect }: TabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const current = tabs.findIndex((t) => t.id === active);
    const next = tabIndexForKey(e.key, current, tabs.length);
    if (next === null) return;
    e.preventDefault();
    const target = tabs[next]!;
    onSelect(target.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(target.id)}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((t) => {
        const selected = t.id === active;
        return (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={tabId(t.id)}
            class="tabs__tab"
            aria-selected={selected}
            aria-controls={panelId(t.id)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(t.id)}
            data-testid={`tab-${t.id}`}
          >
            {t.label}
            {t.badge ? <span class="tabs__badge">{t.badge}</span> : null}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel({
  id,
  active,
  children,
}: {
  id: string;
  active: boolean;
  children: ComponentChildren;
}) {
  return (
    <div
      role="tabpanel"
      id={panelId(id)}
      aria-labelledby={tabId(id)}
      hidden={!active}
      class="tabpanel"
      data-testid={`tabpanel-${id}`}
    >
      {children}
    </div>
  );
}
