import { byPosition, summarize, type Finding, type Stage, type Summary } from './core/findings.js';
import { parseDossier } from './dossier/parse.js';
import type { DossierText } from './dossier/read.js';
import { validateStructure } from './dossier/validate-structure.js';
import { isoDates, nonDecimalNumbers, restoreDigitStrings } from './dossier/coerce.js';
import type { Dossier } from './generated/dossier.js';
import { runRules } from './rules/index.js';
import type { SourceIndex } from './dossier/source-index.js';

export interface LintResult {
  file: string;
  stage: Stage;
  results: Finding[];
  summary: Summary;
  /** The data as read, when the file is YAML (a draft can be rendered from it). */
  data?: unknown;
  /** The dossier, when its structure is valid (the rules ran on it). */
  dossier?: Dossier;
  index?: SourceIndex;
}

/** What every stage shares: the file read, parsed and checked for structure once. */
interface Prepared {
  findings: Finding[];
  /** The data as read (digits restored), when the file is YAML at all. */
  data?: unknown;
  /** The same data, when its structure is valid. */
  dossier?: Dossier;
  index?: SourceIndex;
}

function prepare(input: DossierText): Prepared {
  if (input.encodingProblem) {
    const { message, line, column } = input.encodingProblem;
    return { findings: [{ rule: 'yaml', severity: 'error', message, path: '', line, column }] };
  }
  const parsed = parseDossier(input.text ?? '');
  if (parsed.data === undefined && parsed.findings.some((f) => f.severity === 'error')) return { findings: parsed.findings };
  const data = isoDates(restoreDigitStrings(parsed.data, parsed.index));
  const structure = [...nonDecimalNumbers(data, parsed.index), ...validateStructure(data, parsed.index)];
  if (structure.length > 0) return { findings: [...parsed.findings, ...structure], data, index: parsed.index };
  return { findings: parsed.findings, data, dossier: data as Dossier, index: parsed.index };
}

function lintPrepared(file: string, prepared: Prepared, stage: Stage): LintResult {
  const { findings, data, dossier, index } = prepared;
  const results = dossier && index ? [...findings, ...runRules({ dossier, stage, index })] : [...findings];
  results.sort(byPosition);
  return { file, stage, results, summary: summarize(results), data, dossier, index };
}

/**
 * read → parse (with positions) → structure → rules. Pure: takes the decoded file.
 * The eligibility rules run only on a structurally valid dossier, so that they can trust its shape.
 */
export function lintDossier(input: DossierText, stage: Stage): LintResult {
  return lintPrepared(input.file, prepare(input), stage);
}

/** The same for several stages, reading the file once (render checks each document's stage). */
export function lintDossierStages(input: DossierText, stages: readonly Stage[]): LintResult[] {
  const prepared = prepare(input);
  return stages.map((stage) => lintPrepared(input.file, prepared, stage));
}
