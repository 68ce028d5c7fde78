// Financing (cahier des charges §V): the crédit d'amorçage and an estimate of the dotation annuelle.
import { financement } from '../referentiels/index.js';

export interface FinancementFacts {
  amorcage: { total: number; tranches: { montant: number; evenement: string }[] };
  /** Estimated annual dotation; undefined below the first point of the grid (10 adhérents). */
  dotation?: number;
  /** Adhérents where the grid of the dotation starts (« de 50 000 € pour 10 médecins adhérents »). */
  debutGrille: { adherents: number; montant: number };
  /** The stated assumption of the estimate, in one clause. */
  hypothese: string;
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

export function computeFinancement(adherents: number): FinancementFacts {
  const first = financement.dotation_annuelle.points[0]!;
  return {
    amorcage: financement.credit_amorcage,
    dotation: estimateDotation(adherents),
    debutGrille: { adherents: first.adherents, montant: first.montant },
    hypothese: financement.dotation_annuelle.hypothese_courte,
  };
}
