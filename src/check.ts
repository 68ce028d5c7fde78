import { byPosition, summarize, toFinding, type Finding, type Stage, type Summary } from './core/findings.js';
import { parseDossier } from './dossier/parse/index.js';
import type { DossierText } from './dossier/read.js';
import { validateStructure } from './dossier/validate/index.js';
import { isoDates, nonDecimalNumbers, restoreDigitStrings } from './dossier/validate/coerce.js';
import { cutByComment } from './dossier/validate/comment-cut.js';
import type { Dossier } from './generated/dossier.js';
import { runRules } from './rules/run.js';
import { factsOf, type Facts } from './facts/index.js';
import { progress, type Progress } from './trame/progress.js';
import type { SourceIndex } from './dossier/parse/source-index.js';

export interface CheckResult {
  file: string;
  stage: Stage;
  /** The year of the rapport d'activité, at the stage `rapport`. */
  annee?: string;
  results: Finding[];
  summary: Summary;
  /** The data as read, when the file is YAML (a draft can be rendered from it). */
  data?: unknown;
  /** The dossier, when its structure is valid (the rules ran on it). */
  dossier?: Dossier;
  index?: SourceIndex;
  /** The figures of the dossier (adhérents, thresholds, CPAM, financing), when the rules ran: the report prints them. */
  facts?: Facts;
  /** How many of the answers the stage requires are written (eligibility-rules.md, « Progress »). */
  progress?: Progress;
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
    return { findings: [toFinding('yaml', 'error', message, '', { line, column })] };
  }
  const parsed = parseDossier(input.text ?? '');
  if (parsed.data === undefined && parsed.findings.some((f) => f.severity === 'error')) return { findings: parsed.findings };
  const data = isoDates(restoreDigitStrings(parsed.data, parsed.index));
  const read = [...parsed.findings, ...cutByComment(input.text ?? '', data, parsed.index)];
  const structure = [...nonDecimalNumbers(data, parsed.index), ...validateStructure(data, parsed.index)];
  if (structure.length > 0) return { findings: [...read, ...structure], data, index: parsed.index };
  return { findings: read, data, dossier: data as Dossier, index: parsed.index };
}

/** What a stage needs besides the file: the year, at the stage `rapport` (`--annee`). */
export interface StageOptions {
  annee?: string;
}

function checkPrepared(file: string, prepared: Prepared, stage: Stage, { annee }: StageOptions = {}): CheckResult {
  const { findings, data, dossier, index } = prepared;
  const year = stage === 'rapport' ? annee : undefined;
  const results = dossier && index ? [...findings, ...runRules({ dossier, stage, index, ...(year ? { annee: year } : {}) })] : [...findings];
  results.sort(byPosition);
  // factsOf: the same object the rules' messages were computed from (cached per dossier).
  const facts = dossier ? factsOf(dossier) : undefined;
  // The progress of a dossier whose structure is wrong still counts its answers (the output contract
  // always carries it); only a file that is not YAML at all has nothing to count.
  const counted = dossier ?? (data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Dossier) : undefined);
  return { file, stage, ...(year ? { annee: year } : {}), results, summary: summarize(results), data, dossier, index, facts, ...(counted ? { progress: progress(counted, stage, year) } : {}) };
}

/**
 * read → parse (with positions) → structure → rules. Pure: takes the decoded file.
 * The eligibility rules run only on a structurally valid dossier, so that they can trust its shape.
 */
export function checkDossier(input: DossierText, stage: Stage, options: StageOptions = {}): CheckResult {
  return checkPrepared(input.file, prepare(input), stage, options);
}

/** The same for several stages, reading the file once (render checks each document's stage). */
export function checkDossierStages(input: DossierText, stages: readonly Stage[], options: StageOptions = {}): CheckResult[] {
  const prepared = prepare(input);
  return stages.map((stage) => checkPrepared(input.file, prepared, stage, options));
}
