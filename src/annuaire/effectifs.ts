import { countsFor, type ActivityRow } from './definitions.js';

/** Distinct persons per département and in total (a person in two départements counts in each, once in the total). */
export interface Effectifs {
  departements: Record<string, number>;
  total: number;
}

/** Collects the médecins libéraux of `codes` in `departements`, one activity line at a time. */
export class EffectifsCounter {
  private readonly codes: ReadonlySet<string>;
  private readonly departements: ReadonlySet<string>;
  private readonly byDepartement = new Map<string, Set<string>>();
  private readonly all = new Set<string>();

  constructor(codes: readonly string[], departements: readonly string[]) {
    this.codes = new Set(codes);
    this.departements = new Set(departements);
    for (const d of departements) this.byDepartement.set(d, new Set());
  }

  /** The byte patterns a counted line must contain (for the scanner's pre-filter). */
  get patterns(): string[] {
    return [...this.codes].map((code) => `|${code}|`);
  }

  add(row: ActivityRow): void {
    if (!row.id || !countsFor(row, this.codes, this.departements)) return;
    this.byDepartement.get(row.departement)!.add(row.id);
    this.all.add(row.id);
  }

  result(): Effectifs {
    const departements: Record<string, number> = {};
    for (const [d, ids] of this.byDepartement) departements[d] = ids.size;
    return { departements, total: this.all.size };
  }
}
