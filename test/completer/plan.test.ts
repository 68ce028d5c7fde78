import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/completer/plan.js';
import { buildDossierYaml } from '../../src/wizard/build-yaml.js';
import { progress, progressText } from '../../src/trame/progress.js';
import type { Dossier } from '../../src/generated/dossier.js';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE } from '../helpers/cli.js';
import { dossierOf } from '../wizard/helpers.js';

const skeleton = () => dossierOf(buildDossierYaml({}, { schemaRef: 'dossier.schema.json' }))!;
const pointers = (data: unknown, stage: 'lettre' | 'projet') => plan(data, stage).map((s) => s.pointer);

describe('what completer asks', () => {
  it('a complete dossier: nothing', () => {
    expect(plan(dossierOf(readFileSync(COMPLETE_SAMPLE, 'utf8')), 'projet')).toEqual([]);
  });

  it('the answers still « À COMPLÉTER » for the stage, in the trame’s order', () => {
    const lettre = dossierOf(readFileSync(LETTRE_SAMPLE, 'utf8'))!;
    expect(plan(lettre, 'lettre')).toEqual([]);
    const projet = pointers(lettre, 'projet');
    expect(projet.slice(0, 3)).toEqual(['/ess/date', '/diagnostic/etat_sante', '/diagnostic/offre_de_soins']);
    expect(projet.indexOf('/signature/date')).toBeGreaterThan(projet.indexOf('/deploiement/communication'));
  });

  it('the lettre asks only what the lettre needs; a blank list is asked by its dialogue; a group by its answers', () => {
    const data = skeleton();
    const lettre = pointers(data, 'lettre');
    expect(lettre).toContain('/gouvernance/instances');
    expect(lettre).not.toContain('/diagnostic/etat_sante');
    expect(lettre).toContain('/partenaires');
    expect(lettre).not.toContain('/partenaires/0/nom');
    expect(lettre).toContain('/adherents');
    expect(lettre).toEqual(expect.arrayContaining(['/missions/appui_expertise/consultation', '/missions/appui_expertise/teleexpertise']));
    expect(lettre.at(-1)).toBe('/adherents');
  });

  it('the statut decides between the SIRET and the préfecture date, as check does', () => {
    const data = skeleton() as Dossier;
    expect(pointers(data, 'lettre')).toEqual(expect.arrayContaining(['/statut_juridique/siret', '/statut_juridique/date_depot_prefecture']));
    data.statut_juridique!.etat = 'en_creation';
    expect(pointers(data, 'lettre')).not.toContain('/statut_juridique/siret');
    expect(pointers(data, 'lettre')).toContain('/statut_juridique/date_depot_prefecture');
  });

  it('an item already written is completed field by field', () => {
    const data = parse(readFileSync(COMPLETE_SAMPLE, 'utf8')) as Dossier;
    (data.partenaires![1] as { cooperation: string }).cooperation = 'À COMPLÉTER';
    expect(pointers(data, 'projet')).toEqual(['/partenaires/1/cooperation']);
  });

  it('says how far it is in the words of the spec', () => {
    const lettre = dossierOf(readFileSync(LETTRE_SAMPLE, 'utf8'))!;
    const p = progress(lettre, 'projet');
    expect(progressText(p)).toBe(`${p.answered} réponses rédigées sur ${p.total} pour le projet de santé`);
    expect(progressText({ stage: 'lettre', answered: 1, total: 30, missing: [] })).toBe('1 réponse rédigée sur 30 pour la lettre d’intention');
  });
});
