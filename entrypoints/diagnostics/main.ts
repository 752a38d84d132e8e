// Unlisted page (diagnostics.html) for a trust's IT team: store status and reseed. With ?bench it
// also exposes the measurement hooks scripts/bench.ts drives.
import { installBenchProbe } from '@/lib/db/bench-probe';
import { mountDiagnostics } from '@/lib/db/diagnostics-view';

if (new URLSearchParams(location.search).has('bench')) installBenchProbe(window);
mountDiagnostics(document.getElementById('app')!);
