// What `ess completer --etape rapport --annee AAAA` asks: the year's answers that check reports as
// a-completer, and the indicators of the projet that rapport-indicateurs-projet reports, no more.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/check.js';
import { plan, stepKey } from '../../src/completer/plan.js';
import { decodeDossier } from '../../src/dossier/read.js';
import type { Dossier } from '../../src/generated/dossier.js';
import { COMPLETE_SAMPLE, mutateSample, sampleText } from '../helpers/cli.js';
import { dossierOf } from '../wizard/helpers.js';

const checked = (text: string, annee: string) => checkDossier(decodeDossier('dossier.yaml', new TextEncoder().encode(text)), 'rapport', { annee });
/** A variant of the complete sample, as text. */
const variant = (replacements: Parameters<typeof mutateSample>[0]) => readFileSync(mutateSample(replacements), 'utf8');
const pointers = (text: string, annee: string) => plan(dossierOf(text), 'rapport', annee).map(stepKey);

/** The paths check reports at the stage rapport for these rules. */
const reported = (text: string, annee: string, rules: string[]) =>
  checked(text, annee)
    .results.filter((f) => rules.includes(f.rule))
    .map((f) => f.path);

const COMPLEMENTAIRE = 'Part des patients vus dans les deux mois suivant une hospitalisation pour insuffisance cardiaque';
const QUALITATIF = 'Satisfaction des médecins traitants sur le délai et la qualité des avis (enquête annuelle)';

describe('what completer asks for the rapport d’activité', () => {
  it('a complete year: nothing', () => {
    expect(plan(dossierOf(sampleText()), 'rapport', '2027')).toEqual([]);
  });

  it('a year without its section: each answer check counts, the promised indicators, in the trame’s order', () => {
    const steps = pointers(sampleText(), '2028');
    const progress = checked(sampleText(), '2028').progress!;
    // Every answer the count says is missing, and those only, plus one step per promised indicator.
    expect(steps.filter((s) => !s.includes('#'))).toEqual(progress.missing);
    expect(steps).toEqual([
      '/activite/2028/medecins_actifs',
      '/activite/2028/indicateurs/soignants_adressants',
      '/activite/2028/indicateurs/medecins_traitants_adressants',
      '/activite/2028/indicateurs/patients_pris_en_charge',
      '/activite/2028/indicateurs/teleexpertises',
      '/activite/2028/indicateurs/delai_reponse_teleexpertise',
      '/activite/2028/indicateurs/delai_consultation_non_programmee',
      '/activite/2028/indicateurs/medecins_consultations_avancees',
      '/activite/2028/indicateurs/consultations_avancees',
      `/activite/2028/complementaires#${COMPLEMENTAIRE}`,
      `/activite/2028/qualitatifs#${QUALITATIF}`,
      '/activite/2028/missions/structuration_second_recours/etat',
      '/activite/2028/missions/structuration_second_recours/realisations',
      '/activite/2028/missions/avis_specialise/etat',
      '/activite/2028/missions/avis_specialise/realisations',
      '/activite/2028/missions/consultations_avancees/etat',
      '/activite/2028/missions/consultations_avancees/realisations',
      '/activite/2028/faits_marquants',
      '/activite/2028/difficultes',
      '/activite/2028/perspectives',
    ]);
    // The other year is not touched, nor the projet's answers.
    expect(steps.every((s) => s.startsWith('/activite/2028/'))).toBe(true);
  });

  it('the optional mission’s row only when the projet plans it', () => {
    const data = dossierOf(sampleText()) as Dossier;
    delete data.deploiement!.missions!.consultations_avancees;
    delete data.missions!.consultations_avancees;
    const steps = plan(data, 'rapport', '2028').map((s) => s.pointer);
    expect(steps).toContain('/activite/2028/missions/avis_specialise/etat');
    expect(steps.some((s) => s.includes('/missions/consultations_avancees/'))).toBe(false);
  });

  it('a year partly written: exactly what check reports (a-completer, and the promised indicators), the entry of an indicator at its value', () => {
    const text = variant([
      ['    medecins_actifs: 22', '    medecins_actifs: À COMPLÉTER'],
      [/ {6}delai_reponse_teleexpertise: 48 heures\n/, ''],
      [/ {8}resultat: 91 %[^\n]*\n/, ''],
      [/ {8}realisations: \|\n {10}Télé-expertise ouverte[^\n]*\n[^\n]*\n/, '        realisations: À compléter plus tard\n'],
      [/ {4}difficultes: \|\n[^\n]*\n/, ''],
    ]);
    const steps = pointers(text, '2027');
    expect(steps).toEqual([
      '/activite/2027/medecins_actifs',
      '/activite/2027/indicateurs/delai_reponse_teleexpertise',
      `/activite/2027/qualitatifs#${QUALITATIF}`,
      '/activite/2027/missions/avis_specialise/realisations',
      '/activite/2027/difficultes',
    ]);
    // check reports the same answers: each of its findings is a step (the entry at its indicator's step).
    const found = reported(text, '2027', ['a-completer', 'rapport-indicateurs-projet']);
    expect(found.sort()).toEqual(['/activite/2027/difficultes', '/activite/2027/indicateurs/delai_reponse_teleexpertise', '/activite/2027/medecins_actifs', '/activite/2027/missions/avis_specialise/realisations', '/activite/2027/qualitatifs/0']);
  });

  it('the year’s placeholders belong to the rapport: not asked for the projet', () => {
    const text = variant([['    medecins_actifs: 22', '    medecins_actifs: À COMPLÉTER']]);
    expect(plan(dossierOf(text), 'projet')).toEqual([]);
    expect(plan(dossierOf(readFileSync(COMPLETE_SAMPLE, 'utf8')), 'rapport', '2027')).toEqual([]);
  });
});
