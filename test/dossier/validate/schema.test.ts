import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDossier } from '../../../src/dossier/read.js';
import { checkDossier } from '../../../src/check.js';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE, lineOf } from '../../helpers/cli.js';

const sample = readFileSync(COMPLETE_SAMPLE, 'utf8');
const lint = (text: string) => checkDossier(decodeDossier('d.yaml', Buffer.from(text)), 'projet');
const structural = (text: string) => lint(text).results.filter((f) => f.rule === 'schema' || f.rule === 'yaml');

describe('schema: the samples', () => {
  it.each([COMPLETE_SAMPLE, LETTRE_SAMPLE])('%s has no structural finding', (file) => {
    expect(structural(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('accepts the placeholder in typed answers (dates, numbers, codes, e-mails, lists)', () => {
    const text = [
      'version: 1',
      'ess: { nom: À COMPLÉTER, specialite: À COMPLÉTER, date: À COMPLÉTER }',
      'territoire: { departements: [À COMPLÉTER], medecins_specialite: À COMPLÉTER }',
      'statut_juridique: { etat: À COMPLÉTER, siret: À COMPLÉTER, representant_legal: { courriel: À COMPLÉTER, telephone: À COMPLÉTER } }',
      'partenaires: [{ type: À COMPLÉTER, formalisation: À COMPLÉTER }]',
      'adherents: [{ rpps: À COMPLÉTER }]',
    ].join('\n');
    expect(structural(text)).toEqual([]);
  });

  it('accepts French phone numbers as people write them', () => {
    for (const phone of ['05 59 00 11 22', '0559001122', '05.59.00.11.22', '+33 5 59 00 11 22', '+33559001122', '06-12-34-56-78']) {
      expect(structural(sample.replace('05 59 00 11 22', phone)), phone).toEqual([]);
    }
  });
});

// Each mutation of the complete sample gives exactly one finding, with the rule, path and line.
const cases: Array<{ name: string; from: string; to: string; rule: string; path: string; line: number | ((t: string) => number); column?: number; message: RegExp }> = [
  {
    name: 'a département outside the region',
    from: 'departements: ["64", "40"]',
    to: 'departements: ["64", "75"]',
    rule: 'schema',
    path: '/territoire/departements/1',
    line: lineOf(sample, 'departements:'),
    column: 24,
    message: /« 75 » n’est pas un département de Nouvelle-Aquitaine/,
  },
  {
    name: 'an unknown key (reported at the key)',
    from: '  specialite: cardiologie\n',
    to: '  specialite: cardiologie\n  specialitee: x\n',
    rule: 'schema',
    path: '/ess/specialitee',
    line: lineOf(sample, '  specialite: cardiologie') + 1,
    column: 3,
    message: /Clé inconnue « specialitee ».*Vouliez-vous dire « specialite »/,
  },
  {
    name: 'a 10-digit RPPS',
    from: 'rpps: "10043216737"',
    to: 'rpps: "1004321673"',
    rule: 'schema',
    path: '/adherents/1/rpps',
    line: lineOf(sample, '10043216737'),
    message: /11 chiffres \(celui-ci en compte 10\)/,
  },
  {
    name: 'a malformed e-mail',
    from: 'presidence@accbsl.example.fr',
    to: 'presidence@@accbsl',
    rule: 'schema',
    path: '/statut_juridique/representant_legal/courriel',
    line: lineOf(sample, 'presidence@accbsl'),
    message: /adresse électronique/,
  },
  {
    name: 'an unquoted RPPS of 10 digits',
    from: 'rpps: "10071968035"',
    to: 'rpps: 1007196803',
    rule: 'schema',
    path: '/adherents/0/rpps',
    line: lineOf(sample, '10071968035'),
    message: /11 chiffres \(celui-ci en compte 10\)/,
  },
  {
    name: 'a bad date',
    from: 'date: 2026-11-15',
    to: 'date: 15 novembre 2026',
    rule: 'schema',
    path: '/ess/date',
    line: lineOf(sample, 'date: 2026-11-15'),
    message: /au format JJ\/MM\/AAAA ou AAAA-MM-JJ/,
  },
  {
    name: 'an impossible date',
    from: 'date: 2026-11-15',
    to: 'date: 2026-02-30',
    rule: 'schema',
    path: '/ess/date',
    line: lineOf(sample, 'date: 2026-11-15'),
    message: /« 2026-02-30 » n’est pas une date : le 30 février 2026 n’existe pas/,
  },
  {
    name: 'a 13-digit SIRET',
    from: '"88432176500015"',
    to: '"8843217650001"',
    rule: 'schema',
    path: '/statut_juridique/siret',
    line: lineOf(sample, 'siret:'),
    message: /14 chiffres/,
  },
  {
    name: 'a postal code of 4 digits',
    from: 'code_postal: "64100"',
    to: 'code_postal: "6410"',
    rule: 'schema',
    path: '/statut_juridique/siege/code_postal',
    line: lineOf(sample, 'code_postal: "64100"'),
    message: /5 chiffres/,
  },
  {
    name: 'a phone number that is not French',
    from: '05 59 00 11 22',
    to: '5559 0011',
    rule: 'schema',
    path: '/statut_juridique/representant_legal/telephone',
    line: lineOf(sample, '05 59 00 11 22'),
    message: /téléphone français/,
  },
  {
    name: 'an unknown partner type',
    from: 'type: msp',
    to: 'type: maison',
    rule: 'schema',
    path: '/partenaires/0/type',
    line: lineOf(sample, 'type: msp'),
    message: /Valeurs possibles : msp, cds/,
  },
  {
    name: 'an unknown specialty, with a suggestion',
    from: 'specialite: cardiologie\n',
    to: 'specialite: cardiolgie\n',
    rule: 'schema',
    path: '/ess/specialite',
    line: lineOf(sample, 'specialite: cardiologie'),
    message: /Vouliez-vous dire « cardiologie »/,
  },
  {
    name: 'a negative number of médecins',
    from: 'medecins_specialite: 182',
    to: 'medecins_specialite: -3',
    rule: 'schema',
    path: '/territoire/medecins_specialite',
    line: lineOf(sample, 'medecins_specialite'),
    message: /nombre entier positif/,
  },
  {
    name: 'a département listed twice (at the second, citing the first)',
    from: 'departements: ["64", "40"]',
    to: 'departements: ["64", "40", "64"]',
    rule: 'schema',
    path: '/territoire/departements/2',
    line: lineOf(sample, 'departements:'),
    message: /cité deux fois.*première occurrence ligne/,
  },
  {
    name: 'a text where a list is expected',
    from: 'departements: ["64", "40"]',
    to: 'departements: "64, 40"',
    rule: 'schema',
    path: '/territoire/departements',
    line: lineOf(sample, 'departements:'),
    message: /une liste/,
  },
  {
    name: 'another version',
    from: 'version: 1',
    to: 'version: 3',
    rule: 'schema',
    path: '/version',
    line: lineOf(sample, 'version: 1'),
    message: /version 3 inconnu : ce programme lit la version 1/,
  },
  {
    name: 'a version written as text',
    from: 'version: 1',
    to: 'version: "1"',
    rule: 'schema',
    path: '/version',
    line: lineOf(sample, 'version: 1'),
    message: /sans guillemets/,
  },
  {
    name: 'a missing version (at the root)',
    from: 'version: 1\n',
    to: '\n',
    rule: 'schema',
    path: '',
    line: 1,
    message: /« version: 1 » manque/,
  },
  {
    name: 'a text with « : » typed as a list item, read as a section',
    from: '    - Satisfaction des médecins traitants sur le délai',
    to: '    - Satisfaction des médecins traitants : le délai',
    rule: 'schema',
    path: '/indicateurs/qualitatifs/0',
    line: (t) => lineOf(t, '    - Satisfaction des médecins traitants : le délai'),
    message: /contient « : » suivi d’une espace.*« - \| » sur la ligne.*que le « - »/,
  },
  {
    name: 'a YAML syntax error',
    from: '  nom: Lacoste\n',
    to: '  nom: "Lacoste\n',
    rule: 'yaml',
    path: '/referent/nom',
    line: (t) => lineOf(t, '"Lacoste'),
    message: /./,
  },
  {
    name: 'a duplicate key',
    from: '  prenom: Julien\n',
    to: '  prenom: Julien\n  nom: Bis\n',
    rule: 'yaml',
    path: '/referent/nom',
    line: lineOf(sample, '  prenom: Julien') + 1,
    column: 3,
    message: /La clé « nom » apparaît deux fois/,
  },
];

describe('schema: one finding per mistake, at the right place', () => {
  it.each(cases)('$name', ({ from, to, rule, path, line, column, message }) => {
    const text = sample.replace(from, to);
    expect(text).not.toBe(sample);
    const found = structural(text);
    expect(found).toHaveLength(1);
    const expectedLine = typeof line === 'function' ? line(text) : line;
    expect(found[0]).toMatchObject({ rule, path, severity: 'error' });
    expect(found[0]!.line).toBe(expectedLine);
    if (column) expect(found[0]!.column).toBe(column);
    expect(found[0]!.message).toMatch(message);
    expect(found[0]!.message).not.toMatch(/must|should|doit être valide/);
  });
});

describe('schema: digits typed without quotes', () => {
  it('are read exactly as typed where the schema expects text (leading zeros kept)', () => {
    const text = sample
      .replace('rpps: "10071968035"', 'rpps: 10071968035')
      .replace('05 59 00 11 22', '0559001122')
      .replace('departements: ["64", "40"]', 'departements: [64, 40]')
      .replace('code_postal: "64100"', 'code_postal: 64100');
    const result = lint(text);
    expect(result.results.filter((f) => f.rule === 'schema')).toEqual([]);
    expect(result.dossier!.adherents![0]!.rpps).toBe('10071968035');
    expect(result.dossier!.statut_juridique!.representant_legal!.telephone).toBe('0559001122');
    expect(result.dossier!.territoire!.departements).toEqual(['64', '40']);
  });

  it('numbers stay numbers where a number is expected', () => {
    expect(lint(sample).dossier!.territoire!.medecins_specialite).toBe(182);
  });
});

describe('schema: files that are not dossiers', () => {
  it.each([
    ['an empty file', '', /vide/],
    ['a list', '- a\n- b\n', /une liste au lieu d’un dossier/],
    ['a scalar', 'bonjour\n', /simple valeur/],
  ])('%s', (_name, text, message) => {
    const found = structural(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'schema', line: 1, column: 1 });
    expect(found[0]!.message).toMatch(message);
  });
});
