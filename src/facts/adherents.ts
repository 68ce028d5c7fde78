// The one count of adhérents (eligibility-rules.md, « counted adhérents »): the rules, the summary,
// the financing and both documents read it from here.
import { specialiteById } from '../referentiels/index.js';
import type { Dossier } from '../generated/dossier.js';
import { answer } from '../rules/values.js';

export interface AdherentCount {
  /** Distinct RPPS of the ESS's specialty (an adhérent without specialty is of the ESS's). */
  counted: number;
  /** Distinct RPPS of each other specialty (médecine générale aside), in order of appearance. */
  others: Map<string, number>;
  /** Rows not counted, and why. */
  notCounted: {
    /** A repeated RPPS: the first row counts, the others never do. */
    doublons: number;
    /** Rows of another specialty (counted apart, in `others`). */
    autreSpecialite: number;
    /** Rows of médecine générale: never counted (an ESS is « hors médecine générale »). */
    medecineGenerale: number;
    /** Rows whose RPPS is not written yet (absent or « à compléter »): a-completer asks for it. */
    sansRpps: number;
  };
}

/**
 * The ESS's specialty: the one the adhérents are counted against, and that of an adhérent written
 * without one. '' when not given; read from data of any shape (a draft, the wizard's answers).
 */
export function essSpecialty(data: unknown): string {
  const ess = data && typeof data === 'object' ? (data as { ess?: unknown }).ess : undefined;
  const value = ess && typeof ess === 'object' ? (ess as Record<string, unknown>).specialite : undefined;
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Counts the rows of `adherents`: distinct RPPS, so that a row whose RPPS is not written yet is not
 * counted (the summary says so, and a-completer asks for the number).
 */
export function countAdherents(dossier: Dossier): AdherentCount {
  const main = answer(dossier.ess?.specialite);
  const seen = new Set<string>();
  const others = new Map<string, number>();
  const notCounted = { doublons: 0, autreSpecialite: 0, medecineGenerale: 0, sansRpps: 0 };
  let counted = 0;
  for (const adherent of dossier.adherents ?? []) {
    const rpps = answer(adherent?.rpps);
    if (rpps === undefined) {
      notCounted.sansRpps++;
      continue;
    }
    if (seen.has(rpps)) {
      notCounted.doublons++;
      continue;
    }
    seen.add(rpps);
    const specialite = answer(adherent?.specialite) ?? main;
    if (specialite === main) counted++;
    else if (specialite && specialiteById.get(specialite)?.eligible === false) notCounted.medecineGenerale++;
    else {
      notCounted.autreSpecialite++;
      if (specialite) others.set(specialite, (others.get(specialite) ?? 0) + 1);
    }
  }
  return { counted, others, notCounted };
}
