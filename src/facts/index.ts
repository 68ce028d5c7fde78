// The figures of a dossier, computed once, and their French wording: the rules, the summary of
// `ess check` and the documents all read them from here, so that they never disagree.
import type { Dossier } from '../generated/dossier.js';
import { answer } from '../rules/values.js';
import { countAdherents, type AdherentCount } from './adherents.js';
import { computeCpam, type CpamFacts } from './cpam.js';
import { computeFinancement, type FinancementFacts } from './financement.js';
import { computeThresholds, type Threshold } from './thresholds.js';
import { percentOf } from './wording.js';

export * from './adherents.js';
export * from './cpam.js';
export * from './financement.js';
export * from './thresholds.js';
export * from './rapport.js';
export * from './partenaires.js';
export * from './wording.js';
// Dates are read in one place (rules/values.ts), re-exported here for the documents.
export { addMonths, isoDate } from '../rules/values.js';

export interface Facts {
  /** Counted adhérents: distinct RPPS of the ESS's specialty. */
  adherents: number;
  count: AdherentCount;
  /** Médecins of the specialty on the territory, when answered. */
  medecins?: number;
  /** The share as French text ("13,2 %"), when medecins > 0. */
  part?: string;
  /** adherents / medecins, when medecins > 0. */
  share?: number;
  /** Empty when the number of médecins is not known. */
  thresholds: Threshold[];
  /** The dérogation's motif, when one is asked. */
  derogation?: string;
  cpam: CpamFacts;
  financement: FinancementFacts;
}

/** The summary's words when the number of médecins is not answered: where to answer it. */
export const MEDECINS_UNKNOWN = 'nombre de médecins de la spécialité sur le territoire non renseigné (territoire.medecins_specialite)';

export function computeFacts(dossier: Dossier): Facts {
  const count = countAdherents(dossier);
  const adherents = count.counted;
  const raw = dossier.territoire?.medecins_specialite;
  const medecins = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? raw : undefined;
  return {
    adherents,
    count,
    medecins,
    part: medecins ? percentOf(adherents, medecins) : undefined,
    share: medecins ? adherents / medecins : undefined,
    thresholds: medecins !== undefined ? computeThresholds(adherents, medecins) : [],
    derogation: answer(dossier.territoire?.derogation?.motif),
    cpam: computeCpam(dossier),
    financement: computeFinancement(adherents),
  };
}

const cache = new WeakMap<Dossier, Facts>();

/** computeFacts, once per dossier (several rules read the same figures). */
export function factsOf(dossier: Dossier): Facts {
  let facts = cache.get(dossier);
  if (!facts) cache.set(dossier, (facts = computeFacts(dossier)));
  return facts;
}
