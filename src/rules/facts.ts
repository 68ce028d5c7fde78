// The figures of a dossier, computed once: the rules and the summary of `ess check` both read
// them, so that a message and the summary never disagree.
import { departementByCode, financement, type Cpam, type Departement } from '../referentiels/index.js';
import type { Dossier } from '../generated/dossier.js';
import { answer, isAnswered } from './values.js';

/** Start (10 %), intermediate target (30 %) and 5-year target (50 %): cahier des charges §VI.A. */
export const THRESHOLDS = [10, 30, 50] as const;

export interface Threshold {
  percent: number;
  /** Adhérents needed: the percentage of the médecins, rounded up (10 % of 182 needs 19). */
  required: number;
  /** Still to win (0 when met). */
  missing: number;
  met: boolean;
}

export interface Seat {
  codePostal?: string;
  commune?: string;
  /** Département code read from the postal code. */
  departementCode?: string;
  departement?: Departement;
}

export interface CpamFacts {
  /** Known départements of the territory, in the dossier's order. */
  territory: Departement[];
  /** Every caisse that covers part of the territory. */
  caisses: Cpam[];
  seat: Seat;
  /** Whether the seat's département is one of the territory (undefined when either is unknown). */
  seatInside?: boolean;
  /** The seat's caisse when it can be decided. */
  seatCaisse?: Cpam;
  /** The seat's département has several caisses and its postal code does not decide between them. */
  seatCandidates: Cpam[];
  /** The caisse competent for the ESS, when it can be decided. */
  competent?: Cpam;
}

export interface FinancementFacts {
  amorcage: { total: number; tranches: { montant: number; evenement: string }[] };
  /** Estimated annual dotation; undefined below the first point of the table (10 adhérents). */
  dotation?: number;
  /** The stated assumption of the estimate, in one clause. */
  /** The stated assumption of the estimate, in one clause. */
  hypothese: string;
}

export interface Facts {
  adherents: number;
  /** Médecins of the specialty on the territory, when answered. */
  medecins?: number;
  /** adherents / medecins, when medecins > 0. */
  share?: number;
  /** Empty when the number of médecins is not known. */
  thresholds: Threshold[];
  /** The dérogation's motif, when one is asked. */
  derogation?: string;
  cpam: CpamFacts;
  financement: FinancementFacts;
}

export function computeThresholds(adherents: number, medecins: number): Threshold[] {
  return THRESHOLDS.map((percent) => {
    const required = Math.ceil((percent * medecins) / 100);
    return { percent, required, missing: Math.max(0, required - adherents), met: adherents >= required };
  });
}

/** Département of a French postal code (only the mainland two-digit form matters here). */
export function departementOfPostalCode(code: string): string | undefined {
  return /^[0-9]{5}$/.test(code) ? code.slice(0, 2) : undefined;
}

/** The caisse of a seat in a département with several caisses: from the postal-code table. */
function caisseByPostalCode(departement: Departement, code: string | undefined): Cpam | undefined {
  if (departement.cpam.length === 1) return departement.cpam[0];
  if (!code) return undefined;
  return departement.cpam.find((c) => c.codes_postaux?.some((p) => p.code === code));
}

export function computeCpam(dossier: Dossier): CpamFacts {
  const codes = (dossier.territoire?.departements ?? []).filter(isAnswered) as string[];
  const territory = [...new Set(codes)].map((c) => departementByCode.get(c)).filter((d): d is Departement => d !== undefined);
  const caisses = territory.flatMap((d) => d.cpam);
  const siege = dossier.statut_juridique?.siege;
  const codePostal = answer(siege?.code_postal);
  const departementCode = codePostal ? departementOfPostalCode(codePostal) : undefined;
  const seat: Seat = { codePostal, commune: answer(siege?.commune), departementCode, departement: departementCode ? departementByCode.get(departementCode) : undefined };
  const seatInside = departementCode && territory.length > 0 ? territory.some((d) => d.code === departementCode) : undefined;
  const seatCaisse = seat.departement ? caisseByPostalCode(seat.departement, codePostal) : undefined;
  const seatCandidates = seat.departement && !seatCaisse ? seat.departement.cpam : [];
  // One caisse for the whole territory: it is competent; several: the seat's (§VI.B.1), which
  // cannot be decided while the seat is outside the territory.
  const competent = caisses.length === 1 ? caisses[0] : caisses.length > 1 && seatInside ? seatCaisse : undefined;
  return { territory, caisses, seat, seatInside, seatCaisse, seatCandidates, competent };
}

/** Dotation annuelle estimate: linear interpolation between the points of financement.json. */
export function estimateDotation(adherents: number): number | undefined {
  const { points, arrondi } = financement.dotation_annuelle;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (adherents < first.adherents) return undefined;
  if (adherents >= last.adherents) return last.montant;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (adherents <= b.adherents) {
      const raw = a.montant + ((b.montant - a.montant) * (adherents - a.adherents)) / (b.adherents - a.adherents);
      return Math.round(raw / arrondi) * arrondi;
    }
  }
  return last.montant;
}

export function computeFacts(dossier: Dossier): Facts {
  const adherents = dossier.adherents?.length ?? 0;
  const raw = dossier.territoire?.medecins_specialite;
  const medecins = typeof raw === 'number' ? raw : undefined;
  return {
    adherents,
    medecins,
    share: medecins ? adherents / medecins : undefined,
    thresholds: medecins !== undefined ? computeThresholds(adherents, medecins) : [],
    derogation: answer(dossier.territoire?.derogation?.motif),
    cpam: computeCpam(dossier),
    financement: {
      amorcage: financement.credit_amorcage,
      dotation: estimateDotation(adherents),
      hypothese: financement.dotation_annuelle.hypothese_courte,
    },
  };
}

const cache = new WeakMap<Dossier, Facts>();

/** computeFacts, once per dossier (several rules read the same figures). */
export function factsOf(dossier: Dossier): Facts {
  let facts = cache.get(dossier);
  if (!facts) cache.set(dossier, (facts = computeFacts(dossier)));
  return facts;
}
