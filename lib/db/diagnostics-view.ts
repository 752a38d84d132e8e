/**
 * The diagnostics page's view: store status for a trust's IT team (releases, progress, the index in
 * use) and a reseed button. Contexts: extension pages only (reads Dexie, sends privileged messages).
 */
import { sendRequest } from '@/lib/messaging/client';
import { readSeedStatus } from '@/lib/messaging/services';
import type { SeedStatus } from '@/lib/messaging/protocol';
import { getDb, seedProgress } from './repository';

function cell(row: HTMLTableRowElement, text: string | number): void {
  row.insertCell().textContent = String(text);
}

function renderReleases(table: HTMLTableElement, status: SeedStatus): void {
  table.tBodies[0]?.remove();
  const body = table.createTBody();
  for (const r of status.releases) {
    const row = body.insertRow();
    row.dataset.testid = `release-${r.system}`;
    row.dataset.status = r.status;
    for (const v of [r.id, r.version, r.effectiveFrom, r.status, r.counts.codes, r.counts.terms])
      cell(row, v);
    cell(row, status.active.includes(r.id) ? 'in use' : '');
  }
}

const TEMPLATE = `
  <h1>Sidecoder store</h1>
  <p><progress data-testid="seed-progress" max="1" value="0"></progress>
     <span data-testid="seed-phase">…</span></p>
  <table data-testid="releases">
    <thead><tr><th>Release</th><th>Version</th><th>From</th><th>Status</th><th>Codes</th><th>Terms</th><th>Search index</th></tr></thead>
  </table>
  <p><button type="button" data-testid="reseed">Reseed from the bundled release</button>
     <span data-testid="reseed-result" role="status"></span></p>`;

/** Render the store status into `root` and keep it live while seeding runs. */
export function mountDiagnostics(root: HTMLElement): void {
  root.innerHTML = TEMPLATE;
  const q = <T extends Element>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;
  const bar = q<HTMLProgressElement>('seed-progress');
  const phase = q<HTMLElement>('seed-phase');
  const refresh = async () => renderReleases(q<HTMLTableElement>('releases'), await readSeedStatus(getDb()));
  seedProgress().subscribe({
    next: (p) => {
      bar.max = Math.max(p.total, 1);
      bar.value = p.phase === 'ready' ? bar.max : p.done;
      phase.textContent = p.phase + (p.message ? `: ${p.message}` : '');
      root.dataset.phase = p.phase;
      void refresh();
    },
  });
  q<HTMLButtonElement>('reseed').addEventListener('click', async () => {
    const out = q<HTMLElement>('reseed-result');
    out.textContent = 'seeding…';
    const res = await sendRequest('reseed', {});
    out.textContent = res.ok ? `done in ${Math.round(res.data.ms.total)} ms` : res.error;
  });
}
