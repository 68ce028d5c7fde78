import type { Rule, RuleReport } from './rule.js';
import type { Dossier } from '../generated/dossier.js';
import { foldAccents } from '../core/text.js';
import { yearSection } from './rapport.js';
import { answer, pointer } from './values.js';

/** The same indicator however it is retyped: case, accents, spaces and final punctuation aside. */
export const sameIndicator = (a: string, b: string): boolean => key(a) === key(b);
const key = (text: string): string => foldAccents(text).toLowerCase().replace(/[^a-z0-9%]+/g, ' ').trim();

/** The two lists of the projet's own indicators, and where the year reports each with its value. */
export const LISTS = [
  { projet: 'complementaires', value: 'valeur', words: 'indicateur spécifique', what: 'sa valeur' },
  { projet: 'qualitatifs', value: 'resultat', words: 'indicateur qualitatif', what: 'son résultat' },
] as const;

/** An indicator the projet promised that the year does not report with its value yet. */
export interface Unreported {
  list: (typeof LISTS)[number];
  /** The projet's text of the indicator. */
  indicateur: string;
  /** The index of the year's entry for it, when there is one (without its value). */
  index?: number;
  /** Whether the year has the list at all. */
  listed: boolean;
}

/**
 * The promised indicators without their value or result in the year's section (all of them when
 * the year has no section yet): what this rule reports, and what `ess completer` asks.
 */
export function unreportedIndicators(dossier: Dossier, annee: string): Unreported[] {
  const section = yearSection(dossier, annee);
  const found: Unreported[] = [];
  for (const list of LISTS) {
    const promised = (dossier.indicateurs?.[list.projet] ?? []).map(answer).filter((t): t is string => t !== undefined);
    const reported = section?.[list.projet] ?? [];
    for (const indicateur of promised) {
      const i = reported.findIndex((r) => typeof r?.indicateur === 'string' && sameIndicator(r.indicateur, indicateur));
      const entry = i >= 0 ? reported[i] : undefined;
      if (entry && answer((entry as Record<string, unknown>)[list.value]) !== undefined) continue;
      found.push({ list, indicateur, ...(entry ? { index: i } : {}), listed: Boolean(section?.[list.projet]) });
    }
  }
  return found;
}

export const rapportIndicateursProjet: Rule = {
  id: 'rapport-indicateurs-projet',
  severity: { rapport: 'warning' },
  source: 'cahier des charges, §VI.E ; trame type, §7',
  description: 'Chaque indicateur promis par le projet de santé (indicateurs.complementaires, indicateurs.qualitatifs) a sa valeur ou son résultat dans le rapport de l’année (activite.AAAA.complementaires, activite.AAAA.qualitatifs).',
  check({ dossier, annee }) {
    const section = yearSection(dossier, annee);
    if (!section || !annee) return [];
    return unreportedIndicators(dossier, annee).map(({ list, indicateur, index, listed }): RuleReport => ({
      path: index !== undefined ? pointer('activite', annee, list.projet, index) : listed ? pointer('activite', annee, list.projet) : pointer('activite', annee),
      message:
        index !== undefined
          ? `L’${list.words} « ${indicateur} » est dans le rapport ${annee} sans ${list.what} : ajoutez ${list.value}: à cette entrée`
          : `L’${list.words} « ${indicateur} », promis par le projet de santé (indicateurs.${list.projet}), n’est pas dans le rapport ${annee} : ajoutez à activite.${annee}.${list.projet} l’entrée { indicateur: "${indicateur}", ${list.value}: "…" }`,
    }));
  },
};
