// The figures of one year's rapport d'activité (cahier des charges §VI.A, §VI.E): the adhérents
// counted at 31 December (those signed by then, when `adhesion` dates are given), their share,
// the 30 % and 50 % targets, the time elapsed since the projet de santé. The rules
// (seuil-adherents-cible, rapport-coherence, delai-missions-socle at `rapport`) and the document
// read them from here, so that the report and `check` never disagree.
import type { Dossier } from '../generated/dossier.js';
import { isoDate } from '../rules/values.js';
import { countAdherents } from './adherents.js';
import { computeThresholds, type Threshold } from './thresholds.js';
import { percentOf } from './wording.js';

/** The cahier's horizon for the 50 % target (« au terme de 5 ans »). */
export const TARGET_YEARS = 5;

export interface YearCount {
  /** 31 December of the year, ISO. */
  fin: string;
  /** Counted adhérents at that date. */
  adherents: number;
}

export interface RapportFacts {
  annee: string;
  /** 31 December of the year, ISO. */
  fin: string;
  /** Counted adhérents at 31 December (distinct RPPS of the ESS's specialty, signed by then). */
  adherents: number;
  /** Whether some adhérent has an adhesion date (else every listed adhérent counts, whatever the year). */
  datesConnues: boolean;
  /** The count at the end of the previous year, when adhesion dates make it meaningful and the projet was already there. */
  precedent?: YearCount;
  medecins?: number;
  /** The share as French text ("13,2 %"), when medecins > 0. */
  part?: string;
  thresholds: Threshold[];
  /** The projet de santé's date (ess.date), ISO, when given. */
  projet?: string;
  /** Whole months from the projet to 31 December, when the projet's date is known and before it. */
  moisEcoules?: number;
}

/** The adhérents signed by a date: an adhérent without a date counts (the date is optional). */
export function countAt(dossier: Dossier, fin: string): number {
  const signed = (dossier.adherents ?? []).filter((a) => {
    const date = isoDate(a?.adhesion);
    return date === undefined || date <= fin;
  });
  return countAdherents({ ...dossier, adherents: signed }).counted;
}

/** Whole months between two ISO dates (the day of the month decides the last one). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** "1 an et 1 mois", "3 ans", "5 mois". */
export function durationText(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years > 0 ? `${years} an${years > 1 ? 's' : ''}` : '', rest > 0 ? `${rest} mois` : ''].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(' et ') : 'moins d’un mois';
}

export function computeRapportFacts(dossier: Dossier, annee: string): RapportFacts {
  const fin = `${annee}-12-31`;
  const adherents = countAt(dossier, fin);
  const raw = dossier.territoire?.medecins_specialite;
  const medecins = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? raw : undefined;
  const projet = isoDate(dossier.ess?.date);
  const datesConnues = (dossier.adherents ?? []).some((a) => isoDate(a?.adhesion) !== undefined);
  const finPrecedente = `${Number(annee) - 1}-12-31`;
  const precedent = datesConnues && projet !== undefined && projet <= finPrecedente ? { fin: finPrecedente, adherents: countAt(dossier, finPrecedente) } : undefined;
  return {
    annee,
    fin,
    adherents,
    datesConnues,
    ...(precedent ? { precedent } : {}),
    ...(medecins !== undefined ? { medecins } : {}),
    ...(medecins ? { part: percentOf(adherents, medecins) } : {}),
    thresholds: medecins !== undefined ? computeThresholds(adherents, medecins) : [],
    ...(projet ? { projet } : {}),
    ...(projet && projet <= fin ? { moisEcoules: monthsBetween(projet, fin) } : {}),
  };
}

const cache = new WeakMap<Dossier, Map<string, RapportFacts>>();

/** computeRapportFacts, once per dossier and year (several rules read the same figures). */
export function rapportFactsOf(dossier: Dossier, annee: string): RapportFacts {
  let years = cache.get(dossier);
  if (!years) cache.set(dossier, (years = new Map()));
  let facts = years.get(annee);
  if (!facts) years.set(annee, (facts = computeRapportFacts(dossier, annee)));
  return facts;
}
