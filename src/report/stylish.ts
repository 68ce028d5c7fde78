import type { ChalkInstance } from 'chalk';
import type { Severity } from '../core/findings.js';
import { escapeControls, formatNumber, plural } from '../core/text.js';
import type { CheckResult } from '../check.js';
import { DOCUMENTS } from '../documents/registry.js';
import { formatFacts } from './facts.js';

const LABELS: Record<Severity, string> = { error: 'erreur', warning: 'avertissement', info: 'info' };

/**
 * Human output, after ESLint's stylish formatter: the file, then one line per finding
 * `fichier:ligne:colonne  sévérité  message  [id]` (clickable in editors and terminals), then the
 * figures of the dossier (adhérents, thresholds, CPAM, financing) and a summary line.
 */
export function formatStylish(result: CheckResult, c: ChalkInstance): string {
  const lines: string[] = [];
  const { errors, warnings, infos } = result.summary;
  // Messages quote the dossier (values, keys): shown escaped, never as terminal sequences.
  const file = escapeControls(result.file, true);
  if (result.results.length > 0) {
    lines.push(c.underline(file));
    const width = Math.max(...result.results.map((f) => `${file}:${f.line}:${f.column}`.length));
    for (const f of result.results) {
      const where = `${file}:${f.line}:${f.column}`.padEnd(width);
      const color = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.blue;
      lines.push(`  ${c.dim(where)}  ${color(LABELS[f.severity].padEnd(13))}  ${escapeControls(f.message, true)}  ${c.dim(`[${escapeControls(f.rule, true)}]`)}`);
    }
    lines.push('');
  }
  // The figures of the dossier, computed by check only when its structure is valid (the rules ran on it).
  if (result.facts) lines.push(...formatFacts(result.facts, c), '');
  const stage = DOCUMENTS.find((d) => d.stage === result.stage)?.label ?? result.stage;
  if (result.progress) {
    const { answered, total } = result.progress;
    lines.push(`${formatNumber(answered)} ${answered > 1 ? 'réponses rédigées' : 'réponse rédigée'} sur ${formatNumber(total)} pour l’étape « ${stage} ».`);
  }
  const counts = [plural(errors, 'erreur'), plural(warnings, 'avertissement'), plural(infos, 'info')].join(', ');
  if (errors > 0) lines.push(c.red.bold(`✖ ${counts} — le dossier n’est pas prêt pour l’étape « ${stage} ».`));
  else lines.push(c.green.bold(`✔ ${counts} — aucune erreur pour l’étape « ${stage} ».`));
  return lines.join('\n');
}
