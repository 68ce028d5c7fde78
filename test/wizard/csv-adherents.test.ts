import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRows, parseAdherentsCsv, readCsvFile } from '../../src/wizard/csv-adherents.js';
import { BAD_RPPS, RPPS } from './helpers.js';

describe('csvRows', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks, keeping line numbers', () => {
    const rows = csvRows('a;b\n"x;y";"dit ""oui"""\n"deux\nlignes";z\r\nfin;1', ';');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;y', 'dit "oui"'] },
      { line: 3, cells: ['deux\nlignes', 'z'] },
      { line: 5, cells: ['fin', '1'] },
    ]);
  });

  it('skips empty lines but counts them', () => {
    expect(csvRows('a,b\n\n;\nc,d\n', ',')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: [';'] },
      { line: 4, cells: ['c', 'd'] },
    ]);
  });
});

describe('parseAdherentsCsv', () => {
  it('reads a LibreOffice export: « ; », accents in the header, BOM, CRLF', () => {
    const text = `\uFEFFNom;Prénom;N° RPPS\r\nEtcheverry;Maite;${RPPS[0]}\r\nLacoste;Julien;${RPPS[1]}\r\n`;
    expect(parseAdherentsCsv(text)).toEqual({
      adherents: [
        { nom: 'Etcheverry', prenom: 'Maite', rpps: RPPS[0] },
        { nom: 'Lacoste', prenom: 'Julien', rpps: RPPS[1] },
      ],
      problems: [],
    });
  });

  it('reads « , » separated files, columns in any order, spaces inside the RPPS, spécialité by id or label', () => {
    const text = `rpps,prenom,nom,specialite\n"100 7196 8035",Maite,Etcheverry,cardiologie\n${RPPS[1]},Julien,Lacoste,Cardiologie et maladies vasculaires\n${RPPS[2]},Pierre,Darrigrand,\n`;
    const { adherents, problems } = parseAdherentsCsv(text);
    expect(problems).toEqual([]);
    expect(adherents).toEqual([
      { nom: 'Etcheverry', prenom: 'Maite', rpps: RPPS[0], specialite: 'cardiologie' },
      { nom: 'Lacoste', prenom: 'Julien', rpps: RPPS[1], specialite: 'cardiologie' },
      { nom: 'Darrigrand', prenom: 'Pierre', rpps: RPPS[2] },
    ]);
  });

  it('understands a spécialité as people write it (usual name, RPPS code), and suggests for a near miss', () => {
    const text = `nom;prénom;RPPS;spécialité\nA;B;${RPPS[0]};Endocrinologue\nC;D;${RPPS[1]};SM71\nE;F;${RPPS[2]};pédiatres\nG;H;${RPPS[3]};pneumologiee\n`;
    const { adherents, problems } = parseAdherentsCsv(text);
    expect(adherents.map((a) => a.specialite)).toEqual(['endocrinologie', 'hematologie', 'pediatrie']);
    expect(problems).toEqual([{ line: 5, message: 'spécialité « pneumologiee » inconnue (vouliez-vous dire « Pneumologie » ?)' }]);
  });

  it('reads the date of adhesion of an optional column, as people write it, and reports an impossible one', () => {
    const text = `Nom;Prénom;RPPS;Date de naissance;Date d’adhésion\nA;B;${RPPS[0]};01/02/1970;15/01/2026\nC;D;${RPPS[1]};;2026-02-01\nE;F;${RPPS[2]};;\nG;H;${RPPS[3]};;30/02/2026\nI;J;10010763422;;bientôt\n`;
    const { adherents, problems } = parseAdherentsCsv(text);
    expect(adherents).toEqual([
      { nom: 'A', prenom: 'B', rpps: RPPS[0], adhesion: '2026-01-15' },
      { nom: 'C', prenom: 'D', rpps: RPPS[1], adhesion: '2026-02-01' },
      { nom: 'E', prenom: 'F', rpps: RPPS[2] },
    ]);
    expect(problems).toEqual([
      { line: 5, message: 'date d’adhésion « 30/02/2026 » : le 30 février 2026 n’existe pas (février 2026 n’a que 28 jours)' },
      { line: 6, message: 'date d’adhésion « bientôt » : date attendue JJ/MM/AAAA (15/01/2026) ou AAAA-MM-JJ' },
    ]);
  });

  it('reports every bad line with its number and keeps the good ones', () => {
    const text = [
      'nom;prénom;rpps;spécialité',
      `Etcheverry;Maite;${RPPS[0]};`,
      `Lacoste;Julien;${BAD_RPPS};`,
      `;Pierre;${RPPS[2]};`,
      `Harambillet;Anne;1234;`,
      '',
      `Double;Maite;${RPPS[0]};`,
      `Inconnu;Paul;${RPPS[3]};acupuncture`,
      `Connu;Déjà;${RPPS[1]};`,
    ].join('\n');
    const { adherents, problems } = parseAdherentsCsv(text, new Set([RPPS[1]]));
    expect(adherents).toEqual([{ nom: 'Etcheverry', prenom: 'Maite', rpps: RPPS[0] }]);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 7, 8, 9]);
    expect(problems[0]!.message).toMatch(/clé de contrôle/);
    expect(problems[1]!.message).toBe('nom manquant');
    expect(problems[2]!.message).toMatch(/11 chiffres \(ici 4\)/);
    expect(problems[3]!.message).toMatch(/déjà dans la liste/);
    expect(problems[4]!.message).toMatch(/spécialité « acupuncture » inconnue/);
    expect(problems[5]!.message).toMatch(/déjà dans la liste/);
  });

  it('says which columns are missing', () => {
    const { adherents, problems } = parseAdherentsCsv('Nom;Prénom\nA;B\n');
    expect(adherents).toEqual([]);
    expect(problems).toEqual([{ line: 1, message: expect.stringContaining('Colonne(s) introuvable(s) : RPPS') }]);
    expect(parseAdherentsCsv('').problems[0]!.message).toMatch(/vide/);
  });
});

describe('readCsvFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ess-csv-'));
  it('reads UTF-8 and refuses Windows-1252 with the way to re-save the file', async () => {
    writeFileSync(join(dir, 'ok.csv'), 'nom;prénom;rpps\n');
    expect(await readCsvFile(join(dir, 'ok.csv'))).toEqual({ text: 'nom;prénom;rpps\n' });
    writeFileSync(join(dir, 'ansi.csv'), Buffer.from([0x6e, 0x6f, 0x6d, 0x3b, 0x70, 0x72, 0xe9, 0x6e, 0x6f, 0x6d]));
    expect(await readCsvFile(join(dir, 'ansi.csv'))).toEqual({ problem: expect.stringContaining('CSV UTF-8') });
    expect(await readCsvFile(join(dir, 'absent.csv'))).toEqual({ problem: expect.stringContaining('introuvable') });
    expect(await readCsvFile(dir)).toEqual({ problem: expect.stringContaining('répertoire') });
  });
});
