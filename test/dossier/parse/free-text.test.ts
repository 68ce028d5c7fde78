// Free-text answers written without a block (issue 16): the YAML error says so and shows the fix
// on the user's own line; a « # » that silently cuts an answer is a warning.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../../src/check.js';
import { parseDossier } from '../../../src/dossier/parse/index.js';
import { decodeDossier } from '../../../src/dossier/read.js';
import { COMPLETE_SAMPLE } from '../../helpers/cli.js';

const doc = (body: string) => `version: 1\ndiagnostic:\n${body}  autres: ""\n`;
const only = (text: string) => {
  const { findings } = parseDossier(text);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('a YAML error from a free-text line written without a block', () => {
  it('« : » in a sentence: says so, and shows the key followed by « | » and the text below, indented', () => {
    const f = only(doc('  etat_sante: Le territoire : 3 communes\n'));
    expect(f).toMatchObject({ rule: 'yaml', severity: 'error', line: 3 });
    expect(f.message).toContain('La réponse « etat_sante » contient « : » suivi d’une espace');
    expect(f.message).toContain('À la ligne 3, remplacez « etat_sante: Le territoire : 3 communes » par « etat_sante: | »');
    expect(f.message).toContain('chaque ligne avec 4 espaces devant : « Le territoire : 3 communes »');
  });

  it.each([
    ['at the left margin', 'Deuxième ligne', 1],
    ['at the key’s indentation', '  deuxième ligne', 3],
  ])('a second line typed %s: the line it continues, and every line of the fix', (_name, second, column) => {
    const f = only(doc(`  etat_sante: Première ligne\n${second}\n`));
    expect(f).toMatchObject({ line: 4, column });
    expect(f.message).toContain('Cette ligne continue la réponse « etat_sante » de la ligne 3');
    expect(f.message).toContain(`: « Première ligne », puis « ${second.trim()} »`);
  });

  it('a line that leaves its block: the block and the spaces it needs', () => {
    const f = only(doc('  etat_sante: |\n    Texte\nSuite à la colonne 0\n'));
    expect(f.line).toBe(5);
    expect(f.message).toMatch(/^Cette ligne sort du bloc « etat_sante: \| » de la ligne 3 : chaque ligne du texte d’un bloc doit avoir au moins 4 espaces devant/);
  });

  it('in a list item: the indentation counts from the key, after the dash', () => {
    const f = only('version: 1\npartenaires:\n  - nom: CH de Pau\n    cooperation: Avis : sous 48 h\n');
    expect(f.message).toContain('« cooperation: | »');
    expect(f.message).toContain('6 espaces devant');
    const g = only('version: 1\npartenaires:\n  - cooperation: Avis : sous 48 h\n');
    expect(g.message).toContain('6 espaces devant');
  });

  it('a text that starts with quotes and goes on after them', () => {
    expect(only(doc('  etat_sante: "Le dit" encore\n')).message).toMatch(/^La réponse « etat_sante » commence par un guillemet/);
  });

  it('other syntax errors keep their message', () => {
    expect(only('version: 1\ness: [un, deux\n').message).not.toMatch(/^La réponse|^Cette ligne/);
  });
});

describe('« # » in a free-text answer on the key’s line', () => {
  const sample = readFileSync(COMPLETE_SAMPLE, 'utf8');
  const check = (text: string) => checkDossier(decodeDossier('d.yaml', Buffer.from(text)), 'projet');
  const replaced = (to: string) => {
    const text = sample.replace(/ {2}etat_sante: [^\n]*(\n {4,}[^\n]*)*/, to);
    expect(text).not.toBe(sample);
    return text;
  };

  it('warns at the « # »: the text lost, where the answer stops, the block to use', () => {
    const text = replaced('  etat_sante: Le territoire compte 3 communes #1 en Pays basque');
    const f = check(text).results.filter((r) => r.rule === 'yaml');
    expect(f).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l.startsWith('  etat_sante:')) + 1;
    expect(f[0]).toMatchObject({ severity: 'warning', path: '/diagnostic/etat_sante', line, column: 47 });
    expect(f[0]!.message).toContain('Le texte après « # » est ignoré (« 1 en Pays basque »)');
    expect(f[0]!.message).toContain('la réponse s’arrête à « Le territoire compte 3 communes »');
    expect(f[0]!.message).toContain('« etat_sante: | »');
  });

  it('an answer that is only a comment: said empty', () => {
    const f = check(replaced('  etat_sante: # à écrire : 3 communes')).results.filter((r) => r.rule === 'yaml');
    expect(f[0]!.message).toContain('la réponse est vide');
  });

  it('an indicator written on its « - » line, as the skeleton suggests: warned, with « - | » as the fix', () => {
    const text = sample.replace('    - Satisfaction des médecins traitants sur le délai', '    - Satisfaction #1 des médecins traitants sur le délai');
    expect(text).not.toBe(sample);
    const f = check(text).results.filter((r) => r.rule === 'yaml');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', path: '/indicateurs/qualitatifs/0' });
    expect(f[0]!.message).toContain('la réponse s’arrête à « Satisfaction »');
    expect(f[0]!.message).toContain('« - | » sur cette ligne');
  });

  it('no warning for « # » inside a block or quotes, nor for a comment after « À COMPLÉTER »', () => {
    for (const to of ['  etat_sante: |\n    Le territoire # 3 communes', '  etat_sante: "Le territoire # 3 communes"', '  etat_sante: Le n°#3 du territoire', '  etat_sante: À COMPLÉTER # plus tard']) {
      expect(check(replaced(to)).results.filter((r) => r.rule === 'yaml'), to).toEqual([]);
    }
  });
});

describe('the lines typed after a sentence with « : »', () => {
  it('a second line at the margin is part of the fix; the next key is not', () => {
    const f = only(doc('  etat_sante: Le territoire : 3 communes\nDeuxième ligne\n'));
    expect(f.message).toContain(': « Le territoire : 3 communes », puis « Deuxième ligne ».');
  });
});

describe('a second line at the key’s indentation with « : » (valid YAML, a new key)', () => {
  it('the unknown key says it may be the answer above, and how to write it as a block', () => {
    const sample = readFileSync(COMPLETE_SAMPLE, 'utf8');
    const text = sample.replace(/ {2}etat_sante: [^\n]*(\n {4,}[^\n]*)*/, '  etat_sante: Première ligne\n  deuxième ligne : la suite');
    const f = checkDossier(decodeDossier('d.yaml', Buffer.from(text)), 'projet').results.find((r) => r.path === '/diagnostic/deuxième ligne');
    expect(f?.message).toMatch(/^Clé inconnue « deuxième ligne »/);
    expect(f?.message).toContain('si cette ligne continue la réponse du dessus, écrivez cette réponse en bloc');
  });
});
