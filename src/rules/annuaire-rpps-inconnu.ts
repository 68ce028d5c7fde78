import type { Rule } from './rule.js';
import { ANNUAIRE_SOURCE, listedAdherents } from './annuaire.js';

export const annuaireRppsInconnu: Rule = {
  id: 'annuaire-rpps-inconnu',
  severity: { lettre: 'error', projet: 'error', rapport: 'error' },
  requires: 'annuaire',
  source: ANNUAIRE_SOURCE,
  description: 'Avec `--annuaire` : le numéro RPPS de chaque adhérent figure dans l’extrait de l’Annuaire santé.',
  check: (context) =>
    listedAdherents(context)
      .filter((l) => l.rows.length === 0)
      .map((l) => ({ path: `${l.base}/rpps`, at: 'value', message: `${l.who} est introuvable dans l’Annuaire santé : vérifiez le numéro RPPS sur annuaire.sante.fr.` })),
};
