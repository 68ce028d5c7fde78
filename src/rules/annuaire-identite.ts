import { sameName } from '../annuaire/definitions.js';
import type { Rule, RuleReport } from './rule.js';
import { ANNUAIRE_SOURCE, listedAdherents } from './annuaire.js';

export const annuaireIdentite: Rule = {
  id: 'annuaire-identite',
  severity: { lettre: 'warning', projet: 'warning', rapport: 'warning' },
  requires: 'annuaire',
  source: ANNUAIRE_SOURCE,
  description: 'Avec `--annuaire` : le nom et le prénom de chaque adhérent sont ceux que l’Annuaire santé donne pour son RPPS (accents et casse ignorés).',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { adherent: a, base, rows } of listedAdherents(context)) {
      const first = rows[0];
      if (!first) continue;
      const nomDiffers = typeof a.nom === 'string' && !rows.some((r) => sameName(r.nom, a.nom!));
      const prenomDiffers = typeof a.prenom === 'string' && !rows.some((r) => sameName(r.prenom, a.prenom!));
      if (!nomDiffers && !prenomDiffers) continue;
      reports.push({
        path: `${base}/${nomDiffers ? 'nom' : 'prenom'}`,
        at: 'value',
        message: `Dans l’Annuaire santé, le RPPS ${a.rpps} est au nom de ${first.prenom} ${first.nom}, et non « ${[a.prenom, a.nom].filter(Boolean).join(' ')} » : corrigez le nom, le prénom ou le numéro RPPS.`,
      });
    }
    return reports;
  },
};
