// The year of the rapport d'activité in the trame's paths: `activite` is keyed by year.

/**
 * The segment of a question's path that stands for a year of the rapport d'activité
 * (`activite.{annee}.medecins_actifs`): the schema's `patternProperties` keyed by four digits.
 * At the stage `rapport`, it is bound to the year checked (`bindYear`).
 */
export const YEAR_SEGMENT = '{annee}';

/** A pattern (dotted path or JSON pointer) with its year segment bound to a year. */
export function bindYear(pattern: string, annee: string): string {
  return pattern.split(YEAR_SEGMENT).join(annee);
}

/** Does a question's pattern stand for every year (a question of the rapport d'activité)? */
export const isYearly = (pattern: string): boolean => pattern.includes(YEAR_SEGMENT);
