// Table tests of the eligibility rules: each case is a minimal mutation of the complete sample,
// linted in-process (read → parse → structure → rules), asserting rule, severity per stage, path, line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity, Stage } from '../../src/core/findings.js';
import { decodeDossier } from '../../src/dossier/read.js';
import { checkDossier, type CheckResult } from '../../src/check.js';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE } from '../helpers/cli.js';

export const SAMPLE = readFileSync(COMPLETE_SAMPLE, 'utf8');
export const LETTRE = readFileSync(LETTRE_SAMPLE, 'utf8');

/** The sample with each replacement applied in order (each must match). */
export function mutate(replacements: Array<[string | RegExp, string]>, base = SAMPLE): string {
  let text = base;
  for (const [from, to] of replacements) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`mutation did not apply: ${String(from)}`);
    text = next;
  }
  return text;
}

/** The year of the sample's rapport d'activité: the stage `rapport` checks it unless told. */
export const RAPPORT_YEAR = '2027';

export function lint(text: string, stage: Stage = 'projet', annee = RAPPORT_YEAR): CheckResult {
  return checkDossier(decodeDossier('dossier.yaml', Buffer.from(text)), stage, stage === 'rapport' ? { annee } : {});
}

export function findings(text: string, rule: string, stage: Stage = 'projet', annee = RAPPORT_YEAR): Finding[] {
  const result = lint(text, stage, annee);
  // A mutation that breaks the structure would silence every rule: fail loudly instead.
  expect(result.results.filter((f) => f.rule === 'schema' || f.rule === 'yaml')).toEqual([]);
  return result.results.filter((f) => f.rule === rule);
}

/** 1-based line of the n-th line (from 1) containing needle (or matching it, for a RegExp). */
export function lineIn(text: string, needle: string | RegExp, nth = 1): number {
  const lines = text.split('\n');
  let seen = 0;
  const hit = (line: string) => (typeof needle === 'string' ? line.includes(needle) : needle.test(line));
  for (let i = 0; i < lines.length; i++) if (hit(lines[i]!) && ++seen === nth) return i + 1;
  throw new Error(`not found: ${needle}`);
}

export interface InvalidCase {
  name: string;
  text: string;
  path: string;
  /** Needle whose line the finding must be on (or the line number itself). */
  line: string | RegExp | number;
  /** Expected severity at each stage; null: the rule does not fire at that stage. */
  severity: Partial<Record<Stage, Severity | null>>;
  /** Substrings the message must contain (figures, what to do). */
  message?: Array<string | RegExp>;
  /** Number of findings of this rule (default 1). */
  count?: number;
  /** The year checked at the stage `rapport` (default RAPPORT_YEAR). */
  annee?: string;
}

export interface ValidCase {
  name: string;
  text: string;
  stages?: Stage[];
  /** The year checked at the stage `rapport` (default RAPPORT_YEAR). */
  annee?: string;
}

export function ruleTable(rule: string, table: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule}`, () => {
    it.each(table.valid)('does not fire: $name', ({ text, stages, annee }) => {
      for (const stage of stages ?? (['lettre', 'projet'] as Stage[])) expect(findings(text, rule, stage, annee), stage).toEqual([]);
    });
    it.each(table.invalid)('fires: $name', (c) => {
      for (const [stage, severity] of Object.entries(c.severity) as Array<[Stage, Severity | null]>) {
        const found = findings(c.text, rule, stage, c.annee);
        if (severity === null) {
          expect(found, stage).toEqual([]);
          continue;
        }
        expect(found.length, `${stage}: ${JSON.stringify(found)}`).toBe(c.count ?? 1);
        const f = found.find((x) => x.path === c.path);
        expect(f, `${stage}: no finding at ${c.path} in ${JSON.stringify(found)}`).toBeDefined();
        expect(f!.severity, stage).toBe(severity);
        expect(f!.line, stage).toBe(typeof c.line === 'number' ? c.line : lineIn(c.text, c.line));
        expect(f!.message).toMatch(/\(.+\)$/); // the source is cited
        for (const m of c.message ?? []) expect(f!.message).toMatch(typeof m === 'string' ? new RegExp(m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : m);
      }
    });
  });
}
