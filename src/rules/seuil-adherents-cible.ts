import { formatNumber, plural } from '../core/text.js';
import type { Rule } from './rule.js';
import { factsOf } from './facts.js';
import { shareText } from './wording.js';

export const seuilAdherentsCible: Rule = {
  id: 'seuil-adherents-cible',
  severity: 'info',
  stages: ['lettre', 'projet'],
  source: 'cahier des charges, §VI.A « seuil minimal d’adhérents (avec dynamique de progression) »',
  description: 'Où en est l’ESS face aux cibles à 5 ans (30 % puis 50 % des médecins de la spécialité du territoire), avec le nombre d’adhérents encore à convaincre.',
  check({ dossier }) {
    const { adherents, medecins, thresholds } = factsOf(dossier);
    if (!medecins) return [];
    const targets = thresholds.slice(1).map((t) =>
      t.met ? `cible de ${t.percent} % (${formatNumber(t.required)}) atteinte` : `cible de ${t.percent} % : ${formatNumber(t.required)}, encore ${plural(t.missing, 'adhérent')} à convaincre`,
    );
    return [{
      path: '/adherents',
      message: `${shareText(adherents, medecins, ' de la spécialité sur le territoire')}. Au terme de 5 ans : ${targets.join(' ; ')}. Le plan de déploiement (deploiement.augmentation_adherents) dit comment y parvenir`,
    }];
  },
};
