import type { Rule } from './rule.js';
import { factsOf, formatNumber, plural, shareText, type Threshold } from '../facts/index.js';

const state = (t: Threshold): string =>
  t.met ? `${formatNumber(t.required)} requis, atteinte` : `${formatNumber(t.required)} requis, encore ${plural(t.missing, 'adhérent')} à convaincre`;

export const seuilAdherentsCible: Rule = {
  id: 'seuil-adherents-cible',
  severity: { lettre: 'info', projet: 'info' },
  source: 'cahier des charges, §VI.A « seuil minimal d’adhérents (avec dynamique de progression) »',
  description: 'Où en est l’ESS face à la cible intermédiaire (30 %) et à la cible au terme de 5 ans (50 % des médecins de la spécialité du territoire), avec le nombre d’adhérents encore à convaincre.',
  check({ dossier }) {
    const { adherents, medecins, thresholds } = factsOf(dossier);
    if (!medecins) return [];
    const [, intermediate, final] = thresholds;
    return [{
      path: '/adherents',
      message: `${shareText(adherents, medecins, ' de la spécialité sur le territoire')}. Cible intermédiaire de ${intermediate!.percent} % : ${state(intermediate!)} ; au terme de 5 ans, cible de ${final!.percent} % : ${state(final!)}. Le plan de déploiement (deploiement.augmentation_adherents) dit comment y parvenir`,
    }];
  },
};
