// The thresholds of adhérents (cahier des charges §VI.A « seuil minimal d’adhérents »).

/** Start (10 %), intermediate target (30 %) and target at the end of 5 years (50 %). */
export const THRESHOLDS = [10, 30, 50] as const;

/** How each threshold is named, as the cahier names it: only 50 % is « au terme de 5 ans ». */
export const THRESHOLD_NAMES: Record<number, string> = {
  10: 'seuil de départ',
  30: 'cible intermédiaire',
  50: 'cible au terme de 5 ans',
};

export interface Threshold {
  percent: number;
  /** Adhérents needed: the percentage of the médecins, rounded up (10 % of 182 needs 19). */
  required: number;
  /** Still to win (0 when met). */
  missing: number;
  met: boolean;
}

export function computeThresholds(adherents: number, medecins: number): Threshold[] {
  return THRESHOLDS.map((percent) => {
    // percent × médecins is a whole number: the division is exact when the result is.
    const required = Math.ceil((percent * medecins) / 100);
    return { percent, required, missing: Math.max(0, required - adherents), met: adherents >= required };
  });
}
