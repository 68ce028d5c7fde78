import { describe, expect, it } from 'vitest';
import { progress } from '../../src/trame/progress.js';
import { skeleton } from '../../src/wizard/skeleton.js';
import type { Dossier } from '../../src/generated/dossier.js';

const withAnswers = (edit: (d: Dossier) => void): Dossier => {
  const d = skeleton();
  edit(d);
  return d;
};

describe('progress per stage', () => {
  it('counts nothing answered in the skeleton of init, and every required answer as missing', () => {
    for (const stage of ['lettre', 'projet'] as const) {
      const p = progress(skeleton(), stage);
      expect(p.answered).toBe(0);
      expect(p.total).toBe(p.missing.length);
      expect(p.missing).toContain('/ess/nom');
      expect(p.missing).toContain('/partenaires/0/cooperation');
    }
    expect(progress(skeleton(), 'projet').total).toBeGreaterThan(progress(skeleton(), 'lettre').total);
    expect(progress(skeleton(), 'lettre').missing).not.toContain('/gouvernance/actualisation');
    expect(progress(skeleton(), 'projet').missing).toContain('/gouvernance/actualisation');
  });

  it('counts an answer given once, at the stages that require it', () => {
    const d = withAnswers((x) => (x.gouvernance!.actualisation = 'Revu chaque année en assemblée générale.'));
    expect(progress(d, 'projet').answered).toBe(1);
    expect(progress(d, 'lettre').answered).toBe(0);
  });

  it('counts the appui d’expertise once, given by either of its forms', () => {
    const before = progress(skeleton(), 'lettre');
    expect(before.missing).toContain('/missions/appui_expertise');
    expect(before.missing).not.toContain('/missions/appui_expertise/consultation');
    const d = withAnswers((x) => (x.missions!.appui_expertise = { consultation: '', teleexpertise: 'Sous 48 heures.' }));
    expect(progress(d, 'lettre')).toMatchObject({ answered: 1, total: before.total });
  });

  it('applies the true conditions: the SIRET once constituée, the optional mission’s row once there', () => {
    const constituee = withAnswers((x) => (x.statut_juridique!.etat = 'constituee'));
    expect(progress(constituee, 'lettre').missing).toContain('/statut_juridique/siret');
    expect(progress(skeleton(), 'lettre').missing).not.toContain('/statut_juridique/siret');
    expect(progress(skeleton(), 'projet').missing).not.toContain('/deploiement/missions/consultations_avancees/date');
    const row = withAnswers((x) => (x.deploiement!.missions!.consultations_avancees = { travaux: 'Vacations à Oloron.' }));
    expect(progress(row, 'projet').missing).toContain('/deploiement/missions/consultations_avancees/date');
    expect(progress(row, 'projet').missing).not.toContain('/deploiement/missions/consultations_avancees/travaux');
  });

  it('counts each item of a list', () => {
    const d = withAnswers((x) => (x.adherents = [{ nom: 'A', prenom: 'B', rpps: '10001234567' }, { nom: 'C', prenom: '', rpps: '10001234568' }]));
    const p = progress(d, 'lettre');
    expect(p.missing.filter((m) => m.startsWith('/adherents/'))).toEqual(['/adherents/1/prenom']);
  });
});
