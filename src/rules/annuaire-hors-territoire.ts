import type { Rule, RuleReport } from './rule.js';
import { ANNUAIRE_SOURCE, listedMedecins } from './annuaire.js';

export const annuaireHorsTerritoire: Rule = {
  id: 'annuaire-hors-territoire',
  severity: { lettre: 'warning', projet: 'warning', rapport: 'warning' },
  requires: 'annuaire',
  source: ANNUAIRE_SOURCE,
  description: 'Avec `--annuaire` : chaque adhérent médecin a au moins une activité dans un département du territoire de l’ESS selon l’Annuaire santé.',
  check(context) {
    const territory = (context.dossier.territoire?.departements ?? []).map(String);
    if (territory.length === 0) return [];
    const reports: RuleReport[] = [];
    for (const { base, who, medecin } of listedMedecins(context)) {
      if (medecin.some((r) => territory.includes(r.departement))) continue;
      const found = [...new Set(medecin.map((r) => r.departement).filter(Boolean))];
      reports.push({
        path: base,
        at: 'value',
        message: `${who} n’a aucune activité dans le territoire de l’ESS (${territory.join(', ')}) selon l’Annuaire santé${found.length ? ` (départements : ${found.join(', ')})` : ''} : vérifiez le territoire ou l’adhésion.`,
      });
    }
    return reports;
  },
};
