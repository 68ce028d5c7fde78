import { describe, expect, it } from 'vitest';
import { question, questions, questionsWithRole, questionWithRole } from '../../src/trame/index.js';
import { schemaAt } from '../../src/dossier/schema-nav.js';

describe('the trame definition', () => {
  it('lists the questions in the trame order, each with its words from the schema', () => {
    const paths = questions.map((q) => q.path);
    expect(paths.indexOf('ess.nom')).toBeLessThan(paths.indexOf('diagnostic.etat_sante'));
    expect(paths.indexOf('diagnostic.etat_sante')).toBeLessThan(paths.indexOf('adherents.*.rpps'));
    const q = question('gouvernance.actualisation');
    expect(q).toMatchObject({ pointer: '/gouvernance/actualisation', label: "Modalités d'actualisation du projet de santé", kind: 'texte-long', required: { projet: 'error' }, optional: false });
    expect(q.section).toEqual({ numero: '4', titre: 'Partenariats et gouvernance de l’ESS' });
    expect(q.help).toBe(schemaAt('/gouvernance/actualisation')?.description);
  });

  it('gives each use of a shared definition its own path', () => {
    expect(question('referent.courriel').required).toEqual({ lettre: 'error', projet: 'error' });
    expect(question('statut_juridique.representant_legal.qualite').label).toBe('Qualité');
    expect(question('deploiement.missions.avis_specialise.date').kind).toBe('date');
  });

  it('throws on an unknown path, so that a template typo fails the build', () => {
    expect(() => question('diagnostic.etat_sant')).toThrow(/Question inconnue de la trame : « diagnostic\.etat_sant »/);
  });

  it('selects groups by role', () => {
    expect(questionsWithRole('mission-socle').map((q) => q.path)).toEqual(['missions.coordination_parcours', 'missions.appui_expertise']);
  });

  it('annotates every answer the schema holds (no leaf of the trame is left out)', () => {
    const known = new Set(questions.map((q) => q.pointer));
    const leaves: string[] = [];
    const walk = (pointer: string): void => {
      const node = schemaAt(pointer.replace(/\*/g, '0'));
      if (!node) return;
      if (node.properties) for (const key of Object.keys(node.properties)) walk(`${pointer}/${key}`);
      // An object keyed by year (activite): its answers are under {annee}.
      else if (node.patternProperties) walk(`${pointer}/{annee}`);
      else if (node.items && schemaAt(`${pointer.replace(/\*/g, '0')}/0`)?.properties) walk(`${pointer}/*`);
      else leaves.push(pointer);
    };
    walk('');
    expect(leaves.filter((p) => p !== '/version' && !known.has(p))).toEqual([]);
  });
});

describe('the definition collected at build time', () => {
  it('src/generated/trame.js is up to date with the schema (run `npm run build` after editing the schema)', async () => {
    const { collect } = await import('../../src/trame/collect.js');
    expect(questions).toEqual(collect());
  });
});

describe('sections', () => {
  it('places every question in a section of the trame', () => {
    expect(questions.filter((q) => !q.section.titre).map((q) => q.path)).toEqual([]);
  });
});

describe('roles', () => {
  it('finds the one answer of a role (the territory’s départements and médecins), and refuses a role of none or several', () => {
    expect(questionWithRole('territoire-departements')).toMatchObject({ kind: 'liste', pointer: '/territoire/departements' });
    expect(questionWithRole('territoire-medecins')).toMatchObject({ kind: 'nombre', pointer: '/territoire/medecins_specialite' });
    expect(() => questionWithRole('inconnu')).toThrow('0 questions');
    expect(() => questionWithRole('mission-socle')).toThrow('2 questions');
  });
});
