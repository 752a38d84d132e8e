import type { ReleaseRow } from '@/lib/ui/releases';

/** The stored (or bundled) classification releases, one row each. */
export function ReleaseTable({ rows }: { rows: ReleaseRow[] | null }) {
  if (rows === null) return <p class="muted">Reading the local store…</p>;
  if (!rows.length) return <p data-testid="no-releases">No releases found.</p>;
  return (
    <div class="table-wrap">
      <table class="releases" data-testid="releases">
        <caption class="visually-hidden">Classification releases</caption>
        <thead>
          <tr>
            <th scope="col">Classification</th>
            <th scope="col">Version</th>
            <th scope="col">In force</th>
            <th scope="col">Contents</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="release-row" data-id={r.id}>
              <td>{r.system}</td>
              <td>{r.version}</td>
              <td>{r.inForce}</td>
              <td>{r.counts}</td>
              <td>{r.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
