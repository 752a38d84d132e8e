/**
 * Formatting `npm run validate` results: the JSON contract and the readable report. Pure.
 */
import { ruleById, type Finding } from '@/lib/rules';

export interface EpisodeResult {
  id: string;
  line: number;
  findings: Finding[];
}

/** The issue 4 §3 JSON contract: `[{"id","findings":[{"rule","severity","codes","message","fix"?}]}]`. */
export function toJson(results: readonly EpisodeResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      id: r.id,
      findings: r.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        codes: f.codes,
        message: f.message,
        ...(f.fix ? { fix: f.fix } : {}),
      })),
    })),
  );
}

function count(findings: readonly Finding[], severity: Finding['severity']): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** A readable report: each episode with its findings, fixes and citations, then a summary. */
export function toText(results: readonly EpisodeResult[], problems: number): string {
  const out: string[] = [];
  for (const r of results) {
    const e = count(r.findings, 'error');
    const w = count(r.findings, 'warning');
    out.push(
      `${r.id} (line ${r.line}): ${r.findings.length ? `${e} error(s), ${w} warning(s), ${r.findings.length - e - w} note(s)` : 'no findings'}`,
    );
    for (const f of r.findings) {
      out.push(`  ${f.severity.padEnd(7)} ${f.rule}${f.codes.length ? ` [${f.codes.join(', ')}]` : ''}`);
      out.push(`          ${f.message}`);
      if (f.fix) out.push(`          fix: ${f.fix.label}`);
      const citation = ruleById(f.rule)?.citation;
      if (citation) out.push(`          rule: ${citation}`);
    }
  }
  const withErrors = results.filter((r) => count(r.findings, 'error') > 0).length;
  const withWarnings = results.filter(
    (r) => !count(r.findings, 'error') && count(r.findings, 'warning') > 0,
  ).length;
  out.push('');
  out.push(
    `${results.length} episode(s): ${withErrors} with errors, ${withWarnings} with warnings only, ${results.length - withErrors - withWarnings} without errors or warnings` +
      (problems ? `; ${problems} line(s) could not be read (see stderr)` : ''),
  );
  return out.join('\n');
}
