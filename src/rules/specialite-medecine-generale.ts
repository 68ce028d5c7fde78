import { specialiteById } from '../referentiels/index.js';
import type { Rule, RuleReport } from './rule.js';
import { adherentLabel } from '../facts/index.js';
import { pointer } from './values.js';

function refused(id: unknown): string | undefined {
  const specialite = typeof id === 'string' ? specialiteById.get(id) : undefined;
  return specialite && !specialite.eligible ? specialite.libelle : undefined;
}

export const specialiteMedecineGenerale: Rule = {
  id: 'specialite-medecine-generale',
  severity: { lettre: 'error', projet: 'error', rapport: 'error' },
  source: 'article L.1411-11-1 du code de la santé publique ; cahier des charges, §VI.A « périmètre médical »',
  description: 'L’ESS n’est pas constituée autour de la médecine générale : ni comme spécialité principale, ni comme autre spécialité, ni par un adhérent (un médecin généraliste ne compte jamais parmi les adhérents).',
  check({ dossier }) {
    const reports: RuleReport[] = [];
    const main = refused(dossier.ess?.specialite);
    if (main) {
      reports.push({
        path: '/ess/specialite',
        message: `La spécialité de l’ESS est « ${main} » : une ESS se constitue autour de médecins spécialistes, hors médecine générale. Choisissez la spécialité des médecins de l’équipe (ess.specialite) ; pour les médecins généralistes, la forme adaptée est la CPTS ou l’équipe de soins primaires`,
      });
    }
    (dossier.territoire?.autres_specialites ?? []).forEach((autre, i) => {
      const label = refused(autre?.specialite);
      if (label) {
        reports.push({
          path: pointer('territoire', 'autres_specialites', i, 'specialite'),
          message: `« ${label} » ne peut pas être une autre spécialité de l’ESS : une ESS réunit des spécialistes hors médecine générale. Retirez cette ligne de territoire.autres_specialites`,
        });
      }
    });
    (dossier.adherents ?? []).forEach((adherent, i) => {
      const label = refused(adherent?.specialite);
      if (label) {
        reports.push({
          path: pointer('adherents', i, 'specialite'),
          message: `La spécialité de ${adherentLabel(adherent, i)} est « ${label} » : une ESS réunit des médecins spécialistes hors médecine générale, même par dérogation, et ce médecin n’est pas compté parmi les adhérents. Retirez-le de la liste, ou corrigez sa spécialité`,
        });
      }
    });
    return reports;
  },
};
