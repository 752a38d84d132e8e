import { useEffect, useState } from 'preact/hooks';
import { EprSites } from '@/components/options/EprSites';
import { ReleaseTable } from '@/components/options/ReleaseTable';
import { SiteProfiles } from '@/components/options/SiteProfiles';
import { getDb } from '@/lib/db/repository';
import { releaseRows, type BundledReleaseLike, type ReleaseRow } from '@/lib/ui/releases';

async function readRows(): Promise<ReleaseRow[]> {
  const [stored, bundled] = await Promise.all([
    getDb()
      .releases.toArray()
      .catch(() => []),
    fetch(browser.runtime.getURL('/release/manifest.json'))
      .then((r) => r.json() as Promise<{ releases?: BundledReleaseLike[] }>)
      .then((m) => m.releases ?? [])
      .catch(() => []),
  ]);
  return releaseRows(stored, bundled);
}

export function App() {
  const [rows, setRows] = useState<ReleaseRow[] | null>(null);
  useEffect(() => void readRows().then(setRows), []);
  return (
    <main class="options" data-testid="options">
      <h1>Sidecoder options</h1>
      <section aria-labelledby="releases-heading">
        <h2 id="releases-heading">Classification releases</h2>
        <p class="muted">
          The ICD-10 and OPCS-4 releases stored on this computer. Sidecoder picks the release in force for an
          episode's end date.
        </p>
        <ReleaseTable rows={rows} />
      </section>
      <section aria-labelledby="sites-heading" data-testid="epr-sites">
        <h2 id="sites-heading">EPR sites</h2>
        <p class="muted">
          Sidecoder reads case notes only on the sites listed here. Switching a site off removes Sidecoder
          from its open pages.
        </p>
        <EprSites />
      </section>
      <section aria-labelledby="profiles-heading" data-testid="site-profiles-section">
        <h2 id="profiles-heading">Site profiles</h2>
        <p class="muted">
          A site profile tells Sidecoder where an EPR keeps a record's sections, the episode's details and,
          for "Fill", its coding fields. Pages without a profile are read by general rules.
        </p>
        <SiteProfiles />
      </section>
      <section aria-labelledby="later-heading">
        <h2 id="later-heading">Trust settings</h2>
        <p data-testid="trust-note">
          The update source, query destinations and importing your trust's licensed NHS TRUD release files
          come in a later version. Settings your trust manages by policy will be shown here as locked.
        </p>
      </section>
    </main>
  );
}
