import type { Rule, RuleReport } from './rule.js';
import { foldAccents } from '../core/text.js';
import { yearSection } from './rapport.js';
import { answer, pointer } from './values.js';

/** The same indicator however it is retyped: case, accents, spaces and final punctuation aside. */
export const sameIndicator = (a: string, b: string): boolean => key(a) === key(b);
const key = (text: string): string => foldAccents(text).toLowerCase().replace(/[^a-z0-9%]+/g, ' ').trim();

/** The two lists of the projet's own indicators, and where the year reports each with its value. */
const LISTS = [
  { projet: 'complementaires', value: 'valeur', words: 'indicateur spécifique', what: 'sa valeur' },
  { projet: 'qualitatifs', value: 'resultat', words: 'indicateur qualitatif', what: 'son résultat' },
] as const;

export const rapportIndicateursProjet: Rule = {
  id: 'rapport-indicateurs-projet',
  severity: { rapport: 'warning' },
  source: 'cahier des charges, §VI.E ; trame type, §7',
  description: 'Chaque indicateur promis par le projet de santé (indicateurs.complementaires, indicateurs.qualitatifs) a sa valeur ou son résultat dans le rapport de l’année (activite.AAAA.complementaires, activite.AAAA.qualitatifs).',
  check({ dossier, annee }) {
    const section = yearSection(dossier, annee);
    if (!section || !annee) return [];
    const reports: RuleReport[] = [];
    for (const list of LISTS) {
      const promised = (dossier.indicateurs?.[list.projet] ?? []).map(answer).filter((t): t is string => t !== undefined);
      const reported = section[list.projet] ?? [];
      for (const indicateur of promised) {
        const i = reported.findIndex((r) => typeof r?.indicateur === 'string' && sameIndicator(r.indicateur, indicateur));
        const entry = i >= 0 ? reported[i] : undefined;
        const value = entry ? answer((entry as Record<string, unknown>)[list.value]) : undefined;
        if (value !== undefined) continue;
        const path = entry
          ? pointer('activite', annee, list.projet, i)
          : section[list.projet] ? pointer('activite', annee, list.projet) : pointer('activite', annee);
        reports.push({
          path,
          message: entry
            ? `L’${list.words} « ${indicateur} » est dans le rapport ${annee} sans ${list.what} : ajoutez ${list.value}: à cette entrée`
            : `L’${list.words} « ${indicateur} », promis par le projet de santé (indicateurs.${list.projet}), n’est pas dans le rapport ${annee} : ajoutez à activite.${annee}.${list.projet} l’entrée { indicateur: "${indicateur}", ${list.value}: "…" }`,
        });
      }
    }
    return reports;
  },
};
