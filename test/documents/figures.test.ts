// One count, one share, one caisse: `check`'s summary, §3 of the projet and the lettre d'intention
// print the same figures (issue 12: 17 cardiologues + 2 pneumologues out of 182 médecins).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ess, mutateSample, tempDir } from '../helpers/cli.js';
import { docxText, type DocxText } from './docx-text.js';

const SLUG = 'ess-cardiologie-cote-basque-et-sud-landes';
const ROW = /^ {2}- \{ nom: .*\n/gm;

/** The sample with its first `keep` adhérents, the last `other` of them of another specialty. */
function sampleWith(keep: number, other: number, extra: Array<[string | RegExp, string]> = []): string {
  let n = 0;
  return mutateSample([
    [ROW, (line: string) => {
      n++;
      if (n > keep) return '';
      return n > keep - other ? line.replace(/ rpps: ("\d+")(, specialite: \w+)?/, ' rpps: $1, specialite: pneumologie') : line;
    }] as unknown as [RegExp, string],
    ...extra,
  ]);
}

async function render(file: string, args: string[] = []): Promise<{ projet: DocxText; lettre: DocxText; status: number | null }> {
  const out = tempDir();
  const r = ess(['render', file, '-o', out, ...args]);
  expect(r.status, r.stderr).toBe(0);
  return {
    status: r.status,
    projet: await docxText(join(out, `projet-de-sante-${SLUG}.docx`)),
    lettre: await docxText(join(out, `lettre-intention-${SLUG}.docx`)),
  };
}

describe('the worst case of the issue: 17 cardiologues + 2 pneumologues for 182 médecins', () => {
  let file: string;
  let docs: { projet: DocxText; lettre: DocxText };
  beforeAll(async () => {
    file = sampleWith(19, 2, [['  medecins_specialite: 182\n', '  medecins_specialite: 182\n  autres_specialites:\n    - { specialite: pneumologie, medecins: 25 }\n']]);
    docs = await render(file, ['--brouillon']);
  });

  it('check: an error at the projet stage, 17 counted, 2 rows counted apart, said in the summary', () => {
    const r = ess(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/erreur +17 adhérents pour 182 médecins de la spécialité \(9,3 %\) \(2 lignes non comptées : 2 d’une autre spécialité.*il en faut au moins 19.*\[seuil-adherents\]/);
    expect(r.stdout).toMatch(/Adhérents\s+17 adhérents de la spécialité sur 182 médecins de la spécialité sur le territoire \(9,3 %\)/);
    expect(r.stdout).toMatch(/2 lignes non comptées : 2 d’une autre spécialité \(comptées à part\) — autres spécialités : Pneumologie 2/);
    expect(r.stdout).toMatch(/10 %\s+seuil de départ — 19 requis : encore 2 adhérents à convaincre/);
    expect(r.stdout).not.toContain('✔');
  });

  it('the projet’s §3 prints the same count and share, and the pneumologues on their own row', () => {
    const text = docs.projet.text;
    expect(text).toContain('Cardiologie et maladies vasculaires\n17\n182');
    expect(text).toContain('Pneumologie\n2\n25');
    expect(text).toContain('Les 17 médecins adhérents représentent 9,3 % des 182 médecins de la spécialité exerçant sur le territoire.');
  });

  it('the lettre prints the same count and share', () => {
    expect(docs.lettre.text).toContain('Il réunit à ce jour 17 médecins de la spécialité adhérents, soit 9,3 % des 182 médecins libéraux');
  });
});

describe('a share just under 10 % (24 for 241, dérogation asked)', () => {
  it('check, the projet and the lettre all say 9,96 %, never 10 %', async () => {
    const file = mutateSample([['  medecins_specialite: 182\n', '  medecins_specialite: 241\n  derogation:\n    motif: Zone en forte tension\n']]);
    const r = ess(['check', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('24 adhérents pour 241 médecins de la spécialité (9,96 %)');
    expect(r.stdout).toMatch(/Adhérents\s+24 adhérents de la spécialité sur 241 médecins.*\(9,96 %\)/);
    const { projet, lettre } = await render(file);
    expect(projet.text).toContain('Les 24 médecins adhérents représentent 9,96 % des 241 médecins');
    expect(lettre.text).toContain('soit 9,96 % des 241 médecins');
    expect(`${projet.text}\n${lettre.text}`).not.toMatch(/\b10 % des/);
  });
});

describe('wording of the lettre', () => {
  it('an association named « Association … » is not « l’association Association … »', async () => {
    const { lettre } = await render(mutateSample([]));
    expect(lettre.text).toContain('au sein de l’Association des cardiologues libéraux');
    expect(lettre.text).not.toMatch(/association Association/i);
  });

  it('one adhérent is « 1 médecin … adhérent », singular', async () => {
    const file = sampleWith(1, 0, [['  medecins_specialite: 182\n', '  medecins_specialite: 9\n  derogation:\n    motif: Zone en forte tension\n']]);
    const { lettre, projet } = await render(file, ['--brouillon']);
    expect(lettre.text).toContain('Il réunit à ce jour 1 médecin de la spécialité adhérent, soit 11,1 % des 9 médecins');
    expect(projet.text).toContain('1 médecin adhérent représente 11,1 % des 9 médecins');
    expect(projet.text).not.toContain('1 médecins');
  });

  it('an appui d’expertise by téléexpertise only: no empty consultation bullet', async () => {
    const file = mutateSample([[/    consultation: \|\n(      .*\n)+/, '']]);
    expect(ess(['check', file, '--etape', 'lettre']).status).toBe(0);
    const { lettre } = await render(file);
    expect(lettre.text).not.toContain('Appui d’expertise, consultation');
    expect(lettre.text).toContain('Appui d’expertise, télé-expertise et téléconsultation');
  });

  it('the lettre is addressed to the seat’s caisse, even when the seat is outside the territory', async () => {
    const file = mutateSample([['departements: ["64", "40"]', 'departements: ["40", "33"]'], ['code_postal: "64120"', 'code_postal: "40120"'], ['code_postal: "64130"', 'code_postal: "33130"']]);
    const check = ess(['check', file]);
    expect(check.stdout).toMatch(/avertissement.*hors du territoire.*\[cpam-rattachement\]/);
    expect(check.stdout).toMatch(/info.*soit la CPAM de Bayonne.*\[cpam-rattachement\]/);
    const { lettre } = await render(file);
    expect(lettre.text).toContain('CPAM de Bayonne');
  });
});
