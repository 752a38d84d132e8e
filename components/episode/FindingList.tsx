import type { DescribeRule, Finding, Fix, Severity } from '@/lib/episode/findings';

const SEVERITY: Record<Severity, { label: string; icon: string }> = {
  error: { label: 'Error', icon: '✖' },
  warning: { label: 'Warning', icon: '⚠' },
  info: { label: 'Info', icon: 'ℹ' },
};

interface Props {
  findings: Finding[];
  onFix(fix: Fix): void;
  describeRule?: DescribeRule;
  testId: string;
}

/**
 * Findings inline under a code list. Severity is said in words as well as by icon and colour, so it
 * never depends on colour alone; the rule id is the citation a coder can look up.
 */
export function FindingList({ findings, onFix, describeRule, testId }: Props) {
  if (!findings.length) return null;
  return (
    <ul class="findings" data-testid={testId}>
      {findings.map((f, i) => {
        const rule = describeRule?.(f.rule);
        return (
          <li
            key={`${f.rule}-${f.codes.join('+')}-${i}`}
            class={`finding finding--${f.severity}`}
            data-testid="finding"
            data-severity={f.severity}
            data-rule={f.rule}
          >
            <span class="finding__severity">
              <span aria-hidden="true">{SEVERITY[f.severity].icon}</span> {SEVERITY[f.severity].label}
            </span>
            <span class="finding__rule" title={rule?.title} data-testid="finding-rule">
              {rule ? `${rule.citation} · ${f.rule}` : f.rule}
            </span>
            <p class="finding__message">
              {f.codes.length ? <span class="code">{f.codes.join(', ')}: </span> : null}
              {f.message}
            </p>
            {f.fix ? (
              <button
                type="button"
                class="button button--secondary finding__fix"
                onClick={() => onFix(f.fix!)}
                data-testid="finding-fix"
              >
                Fix: {f.fix.label}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
