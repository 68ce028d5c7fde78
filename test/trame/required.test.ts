import { describe, expect, it } from 'vitest';
import { LETTRE_SCOPE, OPTIONAL, REQUIRED } from '../../src/rules/required.js';
import { questions } from '../../src/trame/index.js';
import { CONDITIONS } from '../../src/trame/conditions.js';

describe('requirements derived from the trame definition', () => {
  it('an answer required at the lettre stage is an error exactly when the lettre prints it', () => {
    for (const q of questions.filter((x) => x.required.lettre)) {
      expect([q.path, q.required.lettre]).toEqual([q.path, q.documents.includes('lettre-intention') ? 'error' : 'warning']);
    }
  });

  it('leaves to their rule the answers another rule reports (SIRET, préfecture date, qualitative indicator, mission socle)', () => {
    const at = (pointer: string) => REQUIRED.find((r) => r.pointer === pointer)?.stages;
    expect(at('/statut_juridique/siret')).toBeUndefined();
    expect(at('/statut_juridique/date_depot_prefecture')).toBeUndefined();
    expect(at('/indicateurs/qualitatifs')).toBeUndefined();
    expect(at('/missions/coordination_parcours')).toBeUndefined();
    expect(at('/gouvernance/actualisation')).toEqual(['projet']);
    expect(at('/ess/nom')).toEqual(['lettre', 'projet', 'rapport']);
    // The rapport d'activité of a year: its national indicators and the state of its missions.
    expect(at('/activite/{annee}/indicateurs/teleexpertises')).toEqual(['rapport']);
    expect(at('/activite/{annee}/missions/avis_specialise/etat')).toEqual(['rapport']);
    expect(at('/activite/{annee}/complementaires')).toBeUndefined();
  });

  it('the optional answers are those of dossier-format.md', () => {
    expect([...OPTIONAL].sort()).toEqual(
      [
        '/diagnostic/autres', '/deploiement/autres_actions', '/missions/fonctionnement/autres_activites',
        '/missions/consultations_avancees/lieux/*/specificite', '/territoire/derogation', '/indicateurs/complementaires',
        '/missions/consultations_avancees', '/deploiement/missions/consultations_avancees',
        '/missions/appui_expertise/consultation', '/missions/appui_expertise/teleexpertise',
        // The regional indicators of the rapport d'activité (trame §7: « complémentaires régionaux »).
        '/activite/{annee}/regionaux', '/activite/{annee}/regionaux/actes_teleexpertise_teleconsultation', '/activite/{annee}/regionaux/patients_teleexpertise_teleconsultation',
      ].sort(),
    );
  });

  it('the lettre prints the answers of its scope, not those due for the projet only', () => {
    expect(LETTRE_SCOPE).toContain('/missions/consultations_avancees/lieux/*/commune');
    expect(LETTRE_SCOPE).toContain('/indicateurs/qualitatifs');
    expect(LETTRE_SCOPE).not.toContain('/diagnostic/etat_sante');
    expect(LETTRE_SCOPE).not.toContain('/adherents/*/rpps');
    // Not even though the formulaires d'adhésion, checked at the lettre stage, print it: a form
    // leaves a missing RPPS blank, to be written by hand.
    expect(questions.find((q) => q.pointer === '/adherents/*/rpps')?.documents).toContain('formulaires-adhesion');
  });

  it('every condition a question names exists', () => {
    for (const q of questions.filter((x) => x.when)) expect(Object.keys(CONDITIONS), q.path).toContain(q.when);
  });
});
