import { toFinding, type Finding } from '../core/findings.js';
import type { Rule, RuleContext } from './rule.js';
import { valueAt } from './values.js';
import { rules } from './index.js';

/**
 * Runs the rules whose stage is the context's and whose needs are met (`annuaire` rules only with
 * the Annuaire's rows), and makes their reports findings: severity of the stage, source cited.
 */
export function runRules(context: RuleContext, registry: readonly Rule[] = rules): Finding[] {
  const findings: Finding[] = [];
  const { annuaire } = context;
  for (const rule of registry) {
    const base = rule.severity[context.stage];
    if (base === undefined) continue;
    if (rule.requires === 'annuaire' && !annuaire) continue;
    // The Annuaire's findings name the extract they were read in.
    const cite = rule.requires === 'annuaire' ? `source : ${rule.source}, ${annuaire!.name}` : rule.source;
    for (const report of rule.check(context)) {
      // A finding about a whole section or list points at its key, where the reader sees its name.
      const value = valueAt(context.dossier, report.path);
      const part = report.at ?? (value !== null && typeof value === 'object' ? 'key' : 'value');
      findings.push(toFinding(rule.id, report.severity ?? base, `${report.message} (${cite})`, report.path, context.index, part));
    }
  }
  return findings;
}
