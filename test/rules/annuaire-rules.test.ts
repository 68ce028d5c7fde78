import { describe, expect, it } from 'vitest';
import type { ActivityRow } from '../../src/annuaire/definitions.js';
import type { AnnuaireRows } from '../../src/annuaire/rows.js';
import { checkDossier } from '../../src/check.js';
import type { Stage } from '../../src/core/findings.js';
import { decodeDossier } from '../../src/dossier/read.js';
import { rules } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';
import { adherents, dossierYaml } from './minimal.js';

// The Annuaire checks are rules of the registry: they run on the rows a scan gives (here written
// by hand, no extract), on a dossier made for them.
const [a] = adherents(1);
const dossier = dossierYaml({ territoire: { departements: ['64', '40'], medecins_specialite: 100 }, adherents: [a] });
const row = (over: Partial<ActivityRow> = {}): ActivityRow => ({
  id: a!.rpps, nom: a!.nom.toUpperCase(), prenom: a!.prenom, profession: '10', typeSavoirFaire: 'S', savoirFaire: 'SM04', mode: 'L', departement: '64', ...over,
});
const annuaireRules = rules.filter((r) => r.requires === 'annuaire');

function findings(rows: ActivityRow[] | undefined, effectifs?: AnnuaireRows['effectifs'], stage: Stage = 'projet') {
  const result = checkDossier(decodeDossier('d.yaml', Buffer.from(dossier)), stage);
  expect(result.dossier, JSON.stringify(result.results)).toBeDefined();
  const annuaire: AnnuaireRows = { name: 'extrait.txt', rowsById: new Map(rows ? [[a!.rpps, rows]] : []), effectifs };
  return runRules({ dossier: result.dossier!, index: result.index!, stage, annuaire }, annuaireRules);
}
const ids = (rows: ActivityRow[] | undefined, effectifs?: AnnuaireRows['effectifs']) => findings(rows, effectifs).map((f) => `${f.rule}:${f.severity}:${f.path}`);

describe('annuaire-* rules', () => {
  it('are in the registry, run only with the Annuaire’s rows, at every stage', () => {
    expect(annuaireRules.map((r) => r.id)).toEqual([
      'annuaire-rpps-inconnu', 'annuaire-identite', 'annuaire-profession', 'annuaire-specialite', 'annuaire-non-liberal', 'annuaire-hors-territoire', 'annuaire-effectif',
    ]);
    const plain = checkDossier(decodeDossier('d.yaml', Buffer.from(dossier)), 'projet');
    expect(plain.results.filter((f) => f.rule.startsWith('annuaire-'))).toEqual([]);
    for (const r of annuaireRules) expect(Object.keys(r.severity).sort()).toEqual(['lettre', 'projet', 'rapport']);
  });

  it.each<[string, ActivityRow[] | undefined, string[]]>([
    ['a sound médecin libéral of the specialty in the territory', [row()], []],
    ['an RPPS not looked up (not in the map)', undefined, []],
    ['an RPPS absent from the extract', [], ['annuaire-rpps-inconnu:error:/adherents/0/rpps']],
    ['another name', [row({ nom: 'AUTRE' })], ['annuaire-identite:warning:/adherents/0/nom']],
    ['not a médecin: nothing else is judged', [row({ profession: '21', savoirFaire: '', mode: 'S', departement: '33' })], ['annuaire-profession:error:/adherents/0/rpps']],
    ['another specialty', [row({ savoirFaire: 'SM53' })], ['annuaire-specialite:warning:/adherents/0']],
    ['salarié only', [row({ mode: 'S' })], ['annuaire-non-liberal:warning:/adherents/0']],
    ['outside the territory', [row({ departement: '33' })], ['annuaire-hors-territoire:warning:/adherents/0']],
    ['one sound activity among others', [row({ mode: 'S', departement: '33' }), row()], []],
  ])('%s', (_name, rows, expected) => {
    expect(ids(rows)).toEqual(expected);
  });

  it('annuaire-effectif: info within 10 %, warning beyond, cites the extract', () => {
    const near = findings([row()], { departements: { '64': 60, '40': 45 }, total: 105 });
    expect(near.map((f) => `${f.rule}:${f.severity}`)).toEqual(['annuaire-effectif:info']);
    expect(near[0]!.message).toContain('à moins de 10 % près');
    expect(near[0]!.message).toMatch(/\(source : Annuaire santé, extrait\.txt\)$/);
    const far = findings([row()], { departements: { '64': 80, '40': 50 }, total: 130 });
    expect(far.map((f) => `${f.rule}:${f.severity}`)).toEqual(['annuaire-effectif:warning']);
    expect(far[0]!.path).toBe('/territoire/medecins_specialite');
  });
});
