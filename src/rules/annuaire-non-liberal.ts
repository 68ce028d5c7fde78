import { MODE_LIBERAL } from '../annuaire/definitions.js';
import type { Rule } from './rule.js';
import { ANNUAIRE_SOURCE, listedMedecins } from './annuaire.js';

export const annuaireNonLiberal: Rule = {
  id: 'annuaire-non-liberal',
  severity: { lettre: 'warning', projet: 'warning', rapport: 'warning' },
  requires: 'annuaire',
  source: ANNUAIRE_SOURCE,
  description: 'Avec `--annuaire` : chaque adhérent médecin a au moins une activité libérale dans l’Annuaire santé (cahier des charges, §II).',
  check: (context) =>
    listedMedecins(context)
      .filter((l) => !l.medecin.some((r) => r.mode === MODE_LIBERAL))
      .map(({ base, who }) => ({ path: base, at: 'value', message: `${who} n’a aucune activité libérale dans l’Annuaire santé : une ESS réunit des médecins libéraux (cahier des charges, §II).` })),
};
