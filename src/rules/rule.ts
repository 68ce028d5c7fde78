import type { Severity, Stage } from '../core/findings.js';
import type { Dossier } from '../generated/dossier.js';
import type { SourceIndex } from '../dossier/source-index.js';

export interface RuleContext {
  dossier: Dossier;
  stage: Stage;
  /** Positions of the YAML nodes, for messages that cite another line (first occurrence…). */
  index: SourceIndex;
}

/** What a rule reports: where (JSON pointer) and what; severity only when it departs from the rule's. */
export interface RuleReport {
  path: string;
  message: string;
  severity?: Severity;
  /** Report at the key rather than the value (e.g. a whole section). */
  at?: 'key' | 'value';
}

/** A rule is data plus a small pure function (Spectral's model). */
export interface Rule {
  /** Stable id (contract: users filter on it). */
  id: string;
  /** Severity at the `projet` stage. */
  severity: Severity;
  /** Severity at the `lettre` stage when it differs ("lettre→warning"). */
  lettreSeverity?: Severity;
  stages: readonly Stage[];
  /** The text the rule comes from, cited after each message: "cahier des charges, §VI.A". */
  source: string;
  /** One French sentence: what the rule checks (docs/regles.md). */
  description: string;
  check(context: RuleContext): RuleReport[];
}
