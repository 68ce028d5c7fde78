import type { Rule } from './rule.js';
import { ANNUAIRE_SOURCE, listedAdherents } from './annuaire.js';

export const annuaireProfession: Rule = {
  id: 'annuaire-profession',
  severity: { lettre: 'error', projet: 'error', rapport: 'error' },
  requires: 'annuaire',
  source: ANNUAIRE_SOURCE,
  description: 'Avec `--annuaire` : chaque adhérent trouvé dans l’Annuaire santé y est inscrit comme médecin (code profession 10).',
  check: (context) =>
    listedAdherents(context)
      .filter((l) => l.rows.length > 0 && l.medecin.length === 0)
      .map(({ base, who, rows }) => ({
        path: `${base}/rpps`,
        at: 'value',
        message: `${who} n’est pas inscrit comme médecin dans l’Annuaire santé (code profession ${rows[0]!.profession || 'absent'}) : une ESS réunit des médecins ; vérifiez le numéro RPPS.`,
      })),
};
