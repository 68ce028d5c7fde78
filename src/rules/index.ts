import type { Finding } from '../core/findings.js';
import type { Rule, RuleContext } from './rule.js';

/** The registry: every eligibility rule, in the order of eligibility-rules.md. */
export const rules: readonly Rule[] = [];

export function runRules(context: RuleContext, registry: readonly Rule[] = rules): Finding[] {
  const findings: Finding[] = [];
  for (const rule of registry) {
    if (!rule.stages.includes(context.stage)) continue;
    const base = context.stage === 'lettre' && rule.lettreSeverity ? rule.lettreSeverity : rule.severity;
    for (const report of rule.check(context)) {
      const { line, column } = context.index.at(report.path, report.at);
      findings.push({
        rule: rule.id,
        severity: report.severity ?? base,
        message: `${report.message} (${rule.source})`,
        path: report.path,
        line,
        column,
      });
    }
  }
  return findings;
}
