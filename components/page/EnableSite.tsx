/**
 * Shown when no mentions are stored for the tab: says so plainly and offers to enable Sidecoder on
 * the tab's site (the origin field is prefilled when the browser shows the tab's URL).
 */
import { useEffect, useState } from 'preact/hooks';
import type { SiteAccessResult } from '@/lib/sites/manage';

interface Props {
  origin: string;
  requestSiteAccess(origin: string): Promise<SiteAccessResult>;
}

export function EnableSite({ origin, requestSiteAccess }: Props) {
  const [value, setValue] = useState(origin);
  const [result, setResult] = useState<{ message: string; error?: boolean } | null>(null);
  useEffect(() => setValue(origin), [origin]);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const asked = value.trim();
    // Called at once, in the submit handler: the permission prompt needs the click's user gesture.
    requestSiteAccess(asked).then(
      (r) =>
        setResult(
          r.ok
            ? { message: 'Enabled. Reload the page so Sidecoder can read it.' }
            : { message: r.error ?? 'Sidecoder was not enabled on this site.', error: true },
        ),
      () => setResult({ message: 'Sidecoder was not enabled on this site.', error: true }),
    );
  };

  return (
    <section class="enable" data-testid="page-empty">
      <p class="enable__lead">No diagnoses or procedures have been read from this page.</p>
      <p class="muted">
        Sidecoder reads only the sites you enable. If this page is in your EPR, enable its site, then reload
        the page. If it is enabled already, the page may still be loading.
      </p>
      <form class="enable__form" onSubmit={onSubmit}>
        <label class="enable__label" for="enable-origin">
          Site
        </label>
        <input
          id="enable-origin"
          class="enable__input"
          type="text"
          inputMode="url"
          placeholder="https://epr.trust.nhs.uk"
          autoComplete="off"
          spellcheck={false}
          value={value}
          onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
          data-testid="enable-origin"
        />
        <button type="submit" class="button" data-testid="enable-site">
          Enable Sidecoder on this site
        </button>
      </form>
      {result ? (
        <p
          class={result.error ? 'enable__result enable__result--error' : 'enable__result'}
          role="status"
          data-testid="enable-result"
        >
          {result.message}
        </p>
      ) : null}
    </section>
  );
}
