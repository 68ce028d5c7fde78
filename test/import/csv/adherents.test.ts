import { describe, expect, it } from 'vitest';
import { columnOf, parseAdherentsCsv } from '../../../src/import/csv/adherents.js';
import { BAD_RPPS, RPPS } from '../../wizard/helpers.js';

const adherentsOf = (text: string) => parseAdherentsCsv(text).lines.map((l) => l.adherent);

describe('columnOf', () => {
  it('knows the headers people and the Annuaire santé write', () => {
    const cases: Array<[string, string | undefined]> = [
      ['N° RPPS', 'rpps'],
      ['RPPS', 'rpps'],
      ['Numéro RPPS', 'rpps'],
      ['N°RPPS', 'rpps'],
      ['Identifiant PP', 'rpps'],
      ['IDENTIFIANT_PP', 'rpps'],
      ['Identification nationale PP', 'rpps'],
      ['Nom', 'nom'],
      ["Nom d'exercice", 'nom'],
      ['NOM DE FAMILLE', 'nom'],
      ['Prénom', 'prenom'],
      ["Prénom d’exercice", 'prenom'],
      ['PRENOM', 'prenom'],
      ['Spécialité', 'specialite'],
      ['Libellé savoir-faire', 'specialite'],
      ["Date d'adhésion", 'adhesion'],
      ['Date de naissance', undefined],
      ['Ville', undefined],
      ['Nom prénom', undefined],
    ];
    for (const [header, column] of cases) expect(columnOf(header), header).toBe(column);
  });
});

describe('parseAdherentsCsv', () => {
  it('reads a LibreOffice export: « ; », accents in the header, BOM, CRLF', () => {
    const text = `\uFEFFNom;Prénom;N° RPPS\r\nEtcheverry;Maite;${RPPS[0]}\r\nLacoste;Julien;${RPPS[1]}\r\n`;
    expect(parseAdherentsCsv(text)).toEqual({
      lines: [
        { line: 2, adherent: { nom: 'Etcheverry', prenom: 'Maite', rpps: RPPS[0] } },
        { line: 3, adherent: { nom: 'Lacoste', prenom: 'Julien', rpps: RPPS[1] } },
      ],
      problems: [],
      isList: true,
      separator: ';',
    });
  });

  it('reads « , » and tab separated files, columns in any order, spaces inside the RPPS, spécialité by id or label', () => {
    const text = `rpps,prenom,nom,specialite\n"100 7196 8035",Maite,Etcheverry,cardiologie\n${RPPS[1]},Julien,Lacoste,Cardiologie et maladies vasculaires\n${RPPS[2]},Pierre,Darrigrand,\n`;
    const { lines, problems } = parseAdherentsCsv(text);
    expect(problems).toEqual([]);
    expect(lines.map((l) => l.adherent)).toEqual([
      { nom: 'Etcheverry', prenom: 'Maite', rpps: RPPS[0], specialite: 'cardiologie' },
      { nom: 'Lacoste', prenom: 'Julien', rpps: RPPS[1], specialite: 'cardiologie' },
      { nom: 'Darrigrand', prenom: 'Pierre', rpps: RPPS[2] },
    ]);
    expect(adherentsOf(`Nom\tPrénom\tRPPS\nA\tB\t${RPPS[0]}\n`)).toEqual([{ nom: 'A', prenom: 'B', rpps: RPPS[0] }]);
    // An apostrophe typed to keep the digits as text; a name over two lines of its cell.
    expect(adherentsOf(`Nom;Prénom;RPPS\n"Saint-\nMartin";Jean  Paul;'${RPPS[0]}\n`)).toEqual([{ nom: 'Saint- Martin', prenom: 'Jean Paul', rpps: RPPS[0] }]);
  });

  it('reads an Annuaire santé extract: « Identifiant PP », « Nom d’exercice », and the 12-digit « Identification nationale PP »', () => {
    const text = `Identifiant PP;Nom d'exercice;Prénom d'exercice;Libellé savoir-faire\n${RPPS[0]};ETCHEVERRY;Maite;Cardiologie et maladies vasculaires\n`;
    expect(adherentsOf(text)).toEqual([{ nom: 'ETCHEVERRY', prenom: 'Maite', rpps: RPPS[0], specialite: 'cardiologie' }]);
    expect(adherentsOf(`Identification nationale PP;Nom;Prénom\n8${RPPS[1]};A;B\n`)).toEqual([{ nom: 'A', prenom: 'B', rpps: RPPS[1] }]);
  });

  it('understands a spécialité as people write it (« Cardiologue », RPPS code), and suggests for a near miss', () => {
    const text = `nom;prénom;RPPS;spécialité\nA;B;${RPPS[0]};Cardiologue\nC;D;${RPPS[1]};SM71\nE;F;${RPPS[2]};pédiatres\nG;H;${RPPS[3]};pneumologiee\n`;
    const { lines, problems } = parseAdherentsCsv(text);
    expect(lines.map((l) => l.adherent.specialite)).toEqual(['cardiologie', 'hematologie', 'pediatrie']);
    expect(problems).toEqual([{ line: 5, message: 'spécialité « pneumologiee » inconnue (vouliez-vous dire « Pneumologie » ?)' }]);
  });

  it('reads the date of adhesion of an optional column, as people write it, and reports an impossible one', () => {
    const text = `Nom;Prénom;RPPS;Date de naissance;Date d’adhésion\nA;B;${RPPS[0]};01/02/1970;15/01/2026\nC;D;${RPPS[1]};;2026-02-01\nE;F;${RPPS[2]};;\nG;H;${RPPS[3]};;30/02/2026\nI;J;10010763422;;bientôt\n`;
    const { lines, problems } = parseAdherentsCsv(text);
    expect(lines.map((l) => l.adherent)).toEqual([
      { nom: 'A', prenom: 'B', rpps: RPPS[0], adhesion: '2026-01-15' },
      { nom: 'C', prenom: 'D', rpps: RPPS[1], adhesion: '2026-02-01' },
      { nom: 'E', prenom: 'F', rpps: RPPS[2] },
    ]);
    expect(problems).toEqual([
      { line: 5, message: 'date d’adhésion « 30/02/2026 » : le 30 février 2026 n’existe pas (février 2026 n’a que 28 jours)' },
      { line: 6, message: 'date d’adhésion « bientôt » : date attendue JJ/MM/AAAA (15/01/2026) ou AAAA-MM-JJ' },
    ]);
  });

  it('refuses a généraliste on its line, with the cahier’s reason', () => {
    const { lines, problems } = parseAdherentsCsv(`Nom;Prénom;RPPS;Spécialité\nA;B;${RPPS[0]};Cardiologue\nC;D;${RPPS[1]};Médecin généraliste\n`);
    expect(lines).toHaveLength(1);
    expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/^spécialité « Médecine générale » : ce médecin ne peut pas être adhérent, car une ESS se constitue « hors médecine générale » \(article L\.1411-11-1/) }]);
  });

  it('refuses an RPPS that Excel wrote in scientific notation, saying what happened and how to prevent it', () => {
    const text = `Nom;Prénom;RPPS\nA;B;1,00012E+10\nC;D;1.00072E+10\nE;F;1E+10\nG;H;${RPPS[0]}\n`;
    const { lines, problems } = parseAdherentsCsv(text);
    expect(lines).toHaveLength(1);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(problems[0]!.message).toMatch(/^RPPS « 1,00012E\+10 » : le tableur \(Excel\) a écrit ce numéro en notation scientifique et en a perdu les derniers chiffres/);
    expect(problems[0]!.message).toMatch(/format « Texte »/);
  });

  it('reports every bad line with its number and keeps the good ones; a duplicate names the first line', () => {
    const text = [
      'nom;prénom;rpps;spécialité',
      `Etcheverry;Maite;${RPPS[0]};`,
      `Lacoste;Julien;${BAD_RPPS};`,
      `;Pierre;${RPPS[2]};`,
      `Harambillet;Anne;1234;`,
      '',
      `Double;Maite;${RPPS[0]};`,
      `Inconnu;Paul;${RPPS[3]};acupuncture`,
      `Sans;Numéro;;`,
    ].join('\n');
    const { lines, problems } = parseAdherentsCsv(text);
    expect(lines.map((l) => l.adherent)).toEqual([{ nom: 'Etcheverry', prenom: 'Maite', rpps: RPPS[0] }]);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 7, 8, 9]);
    expect(problems[0]!.message).toMatch(/clé de contrôle/);
    expect(problems[1]!.message).toBe('nom manquant');
    expect(problems[2]!.message).toMatch(/11 chiffres \(ici 4\)/);
    expect(problems[3]!.message).toBe(`RPPS ${RPPS[0]} déjà à la ligne 2 (ETCHEVERRY Maite) : ligne ignorée`);
    expect(problems[4]!.message).toMatch(/spécialité « acupuncture » inconnue/);
    expect(problems[5]!.message).toBe('RPPS manquant');
  });

  it('reports an unclosed quote where it was opened', () => {
    const { problems } = parseAdherentsCsv(`Nom;Prénom;RPPS\nA;B;${RPPS[0]}\n"C;D;${RPPS[1]}\nE;F;${RPPS[2]}\n`);
    expect(problems.some((p) => p.line === 3 && /guillemet/.test(p.message))).toBe(true);
  });

  it('says which columns are missing, and that an empty file is not a list', () => {
    const result = parseAdherentsCsv('Nom;Prénom\nA;B\n');
    expect(result.isList).toBe(false);
    expect(result.problems).toEqual([{ line: 1, message: expect.stringContaining('colonne RPPS introuvable (en-têtes lus : « Nom », « Prénom »)') }]);
    expect(parseAdherentsCsv('\uFEFF').problems[0]!.message).toMatch(/vide/);
    expect(parseAdherentsCsv('').isList).toBe(false);
  });

  it('skips Excel’s « sep=; » line, keeping line numbers', () => {
    const { lines } = parseAdherentsCsv(`sep=;\r\nNom;Prénom;RPPS\r\nA;B;${RPPS[0]}\r\n`);
    expect(lines).toEqual([{ line: 3, adherent: { nom: 'A', prenom: 'B', rpps: RPPS[0] } }]);
  });
});
