// The CPAM de rattachement (cahier des charges §VI.B.1): « lorsque le territoire d'une ESS relève de
// plusieurs caisses, la compétence revient à celle du siège de l'association portant l'ESS ».
import { departementByCode, type Cpam, type Departement } from '../referentiels/index.js';
import type { Dossier } from '../generated/dossier.js';
import { answer, isAnswered } from '../rules/values.js';

export interface Seat {
  codePostal?: string;
  commune?: string;
  /** Département code: the one given (`siege.departement`), else read from the postal code. */
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
  /** The caisse(s) the lettre d'intention is addressed to (several when the data cannot decide). */
  addressees: Cpam[];
}

/** The report's line when several caisses cover the territory and the seat does not say which: what decides, and where to write it. */
export const CPAM_SEAT_UNKNOWN = 'celle du siège de l’association : indiquez son code postal (statut_juridique.siege.code_postal)';

/** Département of a French postal code (only the mainland two-digit form matters here). */
export function departementOfPostalCode(code: string): string | undefined {
  return /^[0-9]{5}$/.test(code) ? code.slice(0, 2) : undefined;
}

/** The département of a place: the one written (`departement`) wins over the postal code's guess. */
export function departementOfPlace(place: { departement?: unknown; code_postal?: unknown } | undefined): string | undefined {
  const given = answer(place?.departement);
  if (given) return given.toUpperCase();
  const code = answer(place?.code_postal);
  return code ? departementOfPostalCode(code) : undefined;
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
  const departementCode = departementOfPlace(siege);
  const seat: Seat = { codePostal, commune: answer(siege?.commune), departementCode, departement: departementCode ? departementByCode.get(departementCode) : undefined };
  const seatInside = departementCode && territory.length > 0 ? territory.some((d) => d.code === departementCode) : undefined;
  const seatCaisse = seat.departement ? caisseByPostalCode(seat.departement, codePostal) : undefined;
  const seatCandidates = seat.departement && !seatCaisse ? seat.departement.cpam : [];
  // One caisse for the whole territory: it is competent. Several: the seat's (§VI.B.1), wherever
  // the seat is (a seat outside the territory is a warning of cpam-rattachement, not a reason to
  // leave the caisse unnamed).
  const competent = caisses.length === 1 ? caisses[0] : caisses.length > 1 ? seatCaisse : undefined;
  const addressees = competent ? [competent] : seatCandidates.length > 0 && caisses.length > 1 ? seatCandidates : territory.length === 1 ? caisses : [];
  return { territory, caisses, seat, seatInside, seatCaisse, seatCandidates, competent, addressees };
}
