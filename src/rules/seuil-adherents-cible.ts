import type { Rule, RuleReport } from './rule.js';
import { durationText, factsOf, formatNumber, frenchDate, plural, rapportFactsOf, shareText, TARGET_YEARS, type Threshold } from '../facts/index.js';
import { addMonths } from './values.js';
import type { Dossier } from '../generated/dossier.js';

const state = (t: Threshold): string =>
  t.met ? `${formatNumber(t.required)} requis, atteinte` : `${formatNumber(t.required)} requis, encore ${plural(t.missing, 'adhérent')} à convaincre`;

/** The 30 % and 50 % targets; `term`: the date the 5 years end, when the projet's date is known. */
const targets = (thresholds: Threshold[], term?: string): string => {
  const [, intermediate, final] = thresholds;
  return `Cible intermédiaire de ${intermediate!.percent} % : ${state(intermediate!)} ; au terme de ${TARGET_YEARS} ans${term ? ` (${term})` : ''}, cible de ${final!.percent} % : ${state(final!)}`;
};

/** At the stage rapport: the adhérents at 31 December of the year, with the time elapsed since the projet. */
function atYearEnd(dossier: Dossier, annee: string): RuleReport[] {
  const facts = rapportFactsOf(dossier, annee);
  if (!facts.medecins) return [];
  const since = facts.projet && facts.moisEcoules !== undefined ? `, ${durationText(facts.moisEcoules)} après le projet de santé (${frenchDate(facts.projet)})` : '';
  const term = facts.projet ? frenchDate(addMonths(facts.projet, TARGET_YEARS * 12)) : undefined;
  const progression = facts.precedent ? ` (${formatNumber(facts.precedent.adherents)} au 31 décembre ${Number(annee) - 1})` : '';
  return [{
    path: '/adherents',
    message: `Au 31 décembre ${annee}${since} : ${shareText(facts.adherents, facts.medecins, ' de la spécialité sur le territoire')}${progression}. ${targets(facts.thresholds, term)}. Le rapport d’activité le dit, et le plan de déploiement (deploiement.augmentation_adherents) dit comment y parvenir`,
  }];
}

export const seuilAdherentsCible: Rule = {
  id: 'seuil-adherents-cible',
  severity: { lettre: 'info', projet: 'info', rapport: 'info' },
  source: 'cahier des charges, §VI.A « seuil minimal d’adhérents (avec dynamique de progression) »',
  description: 'Où en est l’ESS face à la cible intermédiaire (30 %) et à la cible au terme de 5 ans (50 % des médecins de la spécialité du territoire), avec le nombre d’adhérents encore à convaincre ; à l’étape rapport, les adhérents au 31 décembre de l’année (signés à cette date quand les dates d’adhésion sont données) et le temps écoulé depuis le projet de santé.',
  check({ dossier, stage, annee }) {
    if (stage === 'rapport' && annee) return atYearEnd(dossier, annee);
    const { adherents, medecins, thresholds } = factsOf(dossier);
    if (!medecins) return [];
    return [{
      path: '/adherents',
      message: `${shareText(adherents, medecins, ' de la spécialité sur le territoire')}. ${targets(thresholds)}. Le plan de déploiement (deploiement.augmentation_adherents) dit comment y parvenir`,
    }];
  },
};
