export type Severity = 'error' | 'warning' | 'info';
export type Stage = 'lettre' | 'projet' | 'rapport';
/** `rapport` is the rapport d'activité of one year (`--annee AAAA`): the only stage that needs a year. */
export const STAGES: readonly Stage[] = ['lettre', 'projet', 'rapport'];

/** One shape for every producer (YAML parser, schema, rules): the JSON output contract. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** JSON pointer into the dossier ("" for the whole file). */
  path: string;
  line: number;
  column: number;
}

export interface Position {
  line: number;
  column: number;
}

/** Anything that can place a JSON pointer in the file (the parser's SourceIndex). */
export interface Locator {
  at(pointer: string, part?: 'key' | 'value'): Position;
}

/**
 * The one place a finding is made, for every producer: the YAML parser and the structure check
 * (which know the position) and the rules, Annuaire checks included (which give a pointer that the
 * index places).
 */
export function toFinding(rule: string, severity: Severity, message: string, path: string, where: Position | Locator, part?: 'key' | 'value'): Finding {
  const { line, column } = 'at' in where ? where.at(path, part) : where;
  return { rule, severity, message, path, line, column };
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: readonly Finding[]): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

/** File order: the order a reader meets the problems in the YAML file. */
export function byPosition(a: Finding, b: Finding): number {
  // Plain comparison: localeCompare would load ICU collation data (about 6 ms) for nothing.
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
