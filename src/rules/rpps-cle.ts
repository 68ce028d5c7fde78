import { rppsValid } from '../core/checksums.js';
import type { Rule, RuleReport } from './rule.js';
import { adherentLabel } from '../facts/index.js';
import { answer, pointer } from './values.js';

export const rppsCle: Rule = {
  id: 'rpps-cle',
  severity: { lettre: 'error', projet: 'error', rapport: 'error' },
  source: 'format du numéro RPPS (11 chiffres, clé de Luhn)',
  description: 'Le numéro RPPS de chaque adhérent a une clé de contrôle valide (algorithme de Luhn sur les 11 chiffres).',
  check({ dossier }) {
    const reports: RuleReport[] = [];
    (dossier.adherents ?? []).forEach((adherent, i) => {
      const rpps = answer(adherent?.rpps);
      // The schema reports a number that is not 11 digits; only the key is checked here.
      if (!rpps || !/^[0-9]{11}$/.test(rpps) || rppsValid(rpps)) return;
      reports.push({
        path: pointer('adherents', i, 'rpps'),
        message: `Le numéro RPPS ${rpps} de ${adherentLabel(adherent, i)} est invalide : son dernier chiffre (clé de contrôle) ne correspond pas aux 10 premiers. Recopiez-le depuis la carte CPS ou l’Annuaire santé (annuaire.sante.fr)`,
      });
    });
    return reports;
  },
};
