import { formatNumber, plural } from '../core/text.js';
import { specialiteById } from '../referentiels/index.js';
import type { Rule } from './rule.js';
import { ANNUAIRE_SOURCE } from './annuaire.js';

/** Differ by more than 10 % of either number (the threshold is computed on both). */
export function differsMoreThanTenPercent(a: number, b: number): boolean {
  const gap = Math.abs(a - b) * 10;
  return gap > a || gap > b;
}

export const annuaireEffectif: Rule = {
  id: 'annuaire-effectif',
  severity: { lettre: 'info', projet: 'info', rapport: 'info' },
  requires: 'annuaire',
  source: ANNUAIRE_SOURCE,
  description:
    'Avec `--annuaire` : l’Annuaire santé compte les médecins libéraux de la spécialité sur le territoire (une personne une fois) ; avertissement quand `territoire.medecins_specialite` s’en écarte de plus de 10 %.',
  check({ dossier, annuaire }) {
    const specialty = dossier.ess?.specialite;
    const ref = typeof specialty === 'string' ? specialiteById.get(specialty) : undefined;
    if (!ref || !annuaire?.effectifs) return [];
    const { departements, total } = annuaire.effectifs;
    const detail = Object.entries(departements).map(([d, n]) => `${d} : ${formatNumber(n)}`).join(', ');
    const declared = dossier.territoire?.medecins_specialite;
    let message = `L’Annuaire santé compte ${plural(total, 'médecin libéral', 'médecins libéraux')} en ${ref.libelle} sur le territoire (${detail})`;
    if (typeof declared !== 'number') {
      return [{ path: '/territoire/medecins_specialite', at: 'value', message: `${message} : reportez ce nombre dans territoire.medecins_specialite.` }];
    }
    if (!differsMoreThanTenPercent(total, declared)) {
      return [{ path: '/territoire/medecins_specialite', at: 'value', message: `${message} ; le dossier en indique ${formatNumber(declared)}, à moins de 10 % près.` }];
    }
    message += ` ; le dossier en indique ${formatNumber(declared)}, un écart de plus de 10 % : vérifiez territoire.medecins_specialite (data ameli, ou « ess effectifs »).`;
    return [{ path: '/territoire/medecins_specialite', at: 'value', severity: 'warning', message }];
  },
};
