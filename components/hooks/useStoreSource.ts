import { useEffect, useState } from 'preact/hooks';
import type { System, TermEntry } from '@/lib/classification/model';
import type { SearchIndex } from '@/lib/search/index';
import type { CodeSource, PanelProgress } from '@/lib/ui/code-source';
import { createIndexSource } from '@/lib/ui/index-source';

/** The store operations the panel needs; injected so the hook does not import the database. */
export interface StoreApi {
  loadSearchIndex(): Promise<SearchIndex | null>;
  getTermsFor(system: System, code: string): Promise<TermEntry[]>;
  seedProgress(): {
    subscribe(o: { next(p: PanelProgress): void; error?(e: unknown): void }): { unsubscribe(): void };
  };
}

export interface StoreSourceState {
  progress: PanelProgress | null;
  source: CodeSource | null;
  /** The index could not be read although seeding said it was ready. */
  error?: string;
}

/**
 * Follows seeding progress and loads the stored search index once one is ready. A release already in
 * use stays usable while a newer one seeds; when seeding finishes the new index replaces it.
 */
export function useStoreSource(store: StoreApi): StoreSourceState {
  const [progress, setProgress] = useState<PanelProgress | null>(null);
  const [loaded, setLoaded] = useState<{ index: SearchIndex; source: CodeSource } | null>(null);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const sub = store.seedProgress().subscribe({
      next: setProgress,
      error: (e) => setError(`Could not read seeding progress: ${String(e)}`),
    });
    return () => sub.unsubscribe();
  }, [store]);

  const phase = progress?.phase;
  useEffect(() => {
    // Try on first render (a seeded store may still report an old phase) and whenever seeding ends.
    if (phase !== undefined && phase !== 'ready' && loaded) return;
    let live = true;
    store.loadSearchIndex().then(
      (index) => {
        if (!live || !index) return;
        setError(undefined);
        setLoaded((prev) =>
          prev?.index === index ? prev : { index, source: createIndexSource(index, store.getTermsFor) },
        );
      },
      (e) => live && setError(`Could not load the search index: ${String(e)}`),
    );
    return () => {
      live = false;
    };
  }, [store, phase, loaded]);

  return { progress, source: loaded?.source ?? null, error };
}
