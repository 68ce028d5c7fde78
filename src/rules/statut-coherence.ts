import type { Rule, RuleReport } from './rule.js';
import { isAnswered, isEmpty } from './values.js';

export const statutCoherence: Rule = {
  id: 'statut-coherence',
  severity: { lettre: 'warning', projet: 'warning', rapport: 'warning' },
  source: 'trame type, §1 « statut juridique »',
  description: 'Le statut de l’association est cohérent : une association en cours de création n’a pas encore de SIRET ; une association constituée donne son SIRET plutôt qu’une date de dépôt en préfecture.',
  check({ dossier }) {
    const reports: RuleReport[] = [];
    const statut = dossier.statut_juridique;
    if (statut?.etat === 'en_creation' && isAnswered(statut.siret)) {
      reports.push({
        path: '/statut_juridique/siret',
        message: 'L’association est déclarée « en cours de création » (etat: en_creation), mais elle a un numéro SIRET : si elle est déjà immatriculée, mettez etat: constituee ; sinon retirez le SIRET',
      });
    }
    if (statut?.etat === 'constituee' && isAnswered(statut.date_depot_prefecture) && isEmpty(statut.siret)) {
      reports.push({
        path: '/statut_juridique/date_depot_prefecture',
        message: 'L’association est déclarée constituée (etat: constituee), avec une date de dépôt en préfecture mais sans SIRET : si elle attend encore son immatriculation, mettez etat: en_creation ; sinon indiquez son SIRET (statut_juridique.siret)',
      });
    }
    return reports;
  },
};
