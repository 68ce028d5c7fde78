import { byPosition, summarize, type Finding, type Stage, type Summary } from './core/findings.js';
import { parseDossier } from './dossier/parse.js';
import type { DossierText } from './dossier/read.js';
import { validateStructure } from './dossier/validate-structure.js';
import { restoreDigitStrings } from './dossier/coerce.js';
import type { Dossier } from './generated/dossier.js';
import { runRules } from './rules/index.js';
import type { SourceIndex } from './dossier/source-index.js';

export interface LintResult {
  file: string;
  stage: Stage;
  results: Finding[];
  summary: Summary;
  /** The dossier, when its structure is valid (the rules ran on it). */
  dossier?: Dossier;
  index?: SourceIndex;
}

/**
 * read → parse (with positions) → structure → rules. Pure: takes the decoded file.
 * The eligibility rules run only on a structurally valid dossier, so that they can trust its shape.
 */
export function lintDossier(input: DossierText, stage: Stage): LintResult {
  const done = (results: Finding[], extra: Partial<LintResult> = {}): LintResult => {
    const sorted = [...results].sort(byPosition);
    return { file: input.file, stage, results: sorted, summary: summarize(sorted), ...extra };
  };
  if (input.encodingProblem) {
    const { message, line, column } = input.encodingProblem;
    return done([{ rule: 'yaml', severity: 'error', message, path: '', line, column }]);
  }
  const parsed = parseDossier(input.text ?? '');
  if (parsed.data === undefined && parsed.findings.some((f) => f.severity === 'error')) return done(parsed.findings);
  const data = restoreDigitStrings(parsed.data, parsed.index);
  const structure = validateStructure(data, parsed.index);
  if (structure.length > 0) return done([...parsed.findings, ...structure]);
  const dossier = data as Dossier;
  const ruleFindings = runRules({ dossier, stage, index: parsed.index });
  return done([...parsed.findings, ...ruleFindings], { dossier, index: parsed.index });
}
