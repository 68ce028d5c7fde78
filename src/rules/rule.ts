import type { Severity, Stage } from '../core/findings.js';
import type { Dossier } from '../generated/dossier.js';
import type { SourceIndex } from '../dossier/parse/source-index.js';
import type { AnnuaireRows } from '../annuaire/rows.js';

export interface RuleContext {
  dossier: Dossier;
  stage: Stage;
  /** The year of the rapport d'activité checked (`--annee AAAA`), at the stage `rapport` only. */
  annee?: string;
  /** Positions of the YAML nodes, for messages that cite another line (first occurrence…). */
  index: SourceIndex;
  /** The Annuaire santé rows of the adhérents and the count of the territory (`check --annuaire`). */
  annuaire?: AnnuaireRows;
}

/** What a rule reports: where (JSON pointer) and what; severity only when it departs from the rule's. */
export interface RuleReport {
  path: string;
  message: string;
  severity?: Severity;
  /** Report at the key rather than the value (e.g. a whole section). */
  at?: 'key' | 'value';
}

/** How a rule is shown in docs/regles.md: a change of the sample that makes it speak. */
export interface RuleExample {
  stage: Stage;
  /** The year, for an example at the stage `rapport`. */
  annee?: string;
  /** Applied in order to the text of samples/ess-cardio-cote-basque.yaml. */
  mutations: Array<[string | RegExp, string]>;
}

/** A rule is data plus a small pure function (Spectral's model). */
export interface Rule {
  /** Stable id (contract: users filter on it). */
  id: string;
  /** Severity at each stage the rule runs at; a stage left out is a stage the rule does not run at. */
  severity: Partial<Record<Stage, Severity>>;
  /** What the rule needs besides the dossier: `annuaire` rules run only with `check --annuaire`. */
  requires?: 'annuaire';
  /** The text the rule comes from, cited after each message: "cahier des charges, §VI.A". */
  source: string;
  /** One French sentence: what the rule checks (docs/regles.md). */
  description: string;
  check(context: RuleContext): RuleReport[];
}
