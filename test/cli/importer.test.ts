// `ess importer` through the built binary (run `npm run build` first): CSV files as spreadsheets
// write them, merged into a dossier that keeps its comments, with the exit codes of cli.md.
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMPLETE_SAMPLE, ess, tempDir } from '../helpers/cli.js';

/** Valid RPPS (Luhn key) that the sample does not hold; and some it does. */
const NEW = ['10003456786', '10099990011', '10099990029', '10099990037'] as const;
const KNOWN = { rpps: '10071968035', name: 'ETCHEVERRY Maite' };

/** A CSV as Excel writes it on a French Windows: Windows-1252 bytes (é = 0xE9, œ = 0x9C, ’ = 0x92). */
function cp1252(text: string): Buffer {
  const special: Record<string, number> = { 'œ': 0x9c, '’': 0x92, 'Œ': 0x8c };
  return Buffer.from([...text].flatMap((c) => (special[c] !== undefined ? [special[c]!] : [...Buffer.from(c, 'latin1')])));
}

function setup(csv: Buffer | string, name = 'adherents.csv') {
  const dir = tempDir('ess-importer-');
  const dossier = join(dir, 'dossier-ess.yaml');
  copyFileSync(COMPLETE_SAMPLE, dossier);
  writeFileSync(join(dir, name), csv);
  return { dir, dossier, csv: join(dir, name), before: readFileSync(dossier, 'utf8') };
}

const EXCEL_CSV = cp1252(
  [
    'Identifiant PP;Nom d’exercice;Prénom;Spécialité',
    `${NEW[0]};Dœuvre;Zoé;Cardiologue`,
    `${KNOWN.rpps};Etcheverry;Maite;Cardiologue`,
    `1,00012E+10;Bidart;Anne;Cardiologue`,
    `${NEW[1]};D’Arcy;Hélène;Pédiatre`,
    `${NEW[2]};Martin;Paul;Médecin généraliste`,
    '',
    `${NEW[0]};Doublon;Zoé;Cardiologue`,
    `10003456787;Clé;Fausse;`,
  ].join('\r\n') + '\r\n',
);

describe('ess importer adherents.csv', () => {
  it('merges a Windows-1252 CSV from Excel: new adhérents added, known ones named, each bad line reported by its number', () => {
    const { dir, dossier, csv, before } = setup(EXCEL_CSV);
    const r = ess(['importer', csv, dossier], { env: { COLUMNS: '200' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(Windows-1252, séparateur « ; »)');
    expect(r.stdout).toContain('7 lignes d’adhérent lues : 2 ajoutées, 1 déjà dans le dossier, 4 lignes refusées.');
    expect(r.stdout).toContain(`+ DŒUVRE Zoé (${NEW[0]}), Cardiologie et maladies vasculaires (ligne 2)`);
    expect(r.stdout).toContain(`+ D’ARCY Hélène (${NEW[1]}), Pédiatrie (ligne 5)`);
    expect(r.stdout).toContain(`déjà dans le dossier : ${KNOWN.name} (${KNOWN.rpps})`);
    expect(r.stdout).toMatch(/ligne 4 : RPPS « 1,00012E\+10 » : le tableur \(Excel\) a écrit ce numéro en notation scientifique et en a perdu les derniers chiffres\. .*format « Texte »/);
    expect(r.stdout).toMatch(/ligne 6 : spécialité « Médecine générale » : ce médecin ne peut pas être adhérent, car une ESS se constitue « hors médecine générale »/);
    expect(r.stdout).toContain(`ligne 8 : RPPS ${NEW[0]} déjà à la ligne 2 (DŒUVRE Zoé) : ligne ignorée.`);
    expect(r.stdout).toMatch(/ligne 9 : RPPS « 10003456787 » : .*clé de contrôle/);

    // Every byte of the dossier kept; the new adhérents one per line at the end of the list, the ESS's specialty left implicit.
    const after = readFileSync(dossier, 'utf8');
    const added = `  - { nom: Dœuvre, prenom: Zoé, rpps: "${NEW[0]}" }\n  - { nom: D’Arcy, prenom: Hélène, rpps: "${NEW[1]}", specialite: pediatrie }\n`;
    const at = before.indexOf('\n', before.lastIndexOf('  - { nom: ')) + 1;
    expect(after).toBe(before.slice(0, at) + added + before.slice(at));
    expect(readFileSync(`${dossier}.bak`, 'utf8')).toBe(before);
    expect(r.stdout).toContain(`le dossier tel qu’il était est gardé dans ${dossier}.bak`);
    expect(readdirSync(dir).sort()).toEqual(['adherents.csv', 'dossier-ess.yaml', 'dossier-ess.yaml.bak']);
    // The dossier is still valid: check passes.
    expect(ess(['check', dossier]).status).toBe(0);

    // Again: nothing new, nothing written, no second backup.
    const again = ess(['importer', csv, dossier]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`déjà dans le dossier : DŒUVRE Zoé (${NEW[0]})`);
    expect(again.stdout).toContain('Aucun nouvel adhérent');
    expect(readFileSync(dossier, 'utf8')).toBe(after);
    expect(existsSync(`${dossier}.bak.1`)).toBe(false);
  });

  it('--dry-run prints the lines it would add and writes nothing, not even a backup', () => {
    const { dir, dossier, csv, before } = setup(`\uFEFFnom,prénom,rpps,date d'adhésion\r\nArrambide,Jon,${NEW[3]},15/01/2026\r\n`);
    const r = ess(['importer', csv, dossier, '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(UTF-8, séparateur « , »)');
    expect(r.stdout).toContain(`+ ARRAMBIDE Jon (${NEW[3]}), adhésion du 15/01/2026 (ligne 2)`);
    expect(r.stdout).toContain(`  +   - { nom: Arrambide, prenom: Jon, rpps: "${NEW[3]}", adhesion: 2026-01-15 }`);
    expect(r.stdout).toContain('rien n’a été écrit');
    expect(readFileSync(dossier, 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['adherents.csv', 'dossier-ess.yaml']);
  });

  it('reads dossier-ess.yaml of the current folder, and a path pasted with its quotes', () => {
    const { dir, dossier, before } = setup(`Nom;Prénom;N° RPPS\n"Arrambide";Jon;"${NEW[3]}"\n`, 'liste adhérents.csv');
    const r = ess(['importer', "'liste adhérents.csv' "], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(parse(readFileSync(dossier, 'utf8')).adherents.at(-1)).toEqual({ nom: 'Arrambide', prenom: 'Jon', rpps: NEW[3] });
    expect(readFileSync(join(dir, 'dossier-ess.yaml.bak'), 'utf8')).toBe(before);
  });

  it('exits 1 when no line can be imported, or the file is not a list of adhérents, leaving the dossier as it was', () => {
    const bad = setup(`Nom;Prénom;RPPS\nA;B;1,00012E+10\nC;;${NEW[0]}\n`);
    const r = ess(['importer', bad.csv, bad.dossier]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('ligne 2 : RPPS « 1,00012E+10 »');
    expect(r.stdout).toContain('ligne 3 : prénom manquant.');
    expect(r.stdout).toContain('Aucune ligne n’a pu être importée');
    expect(readFileSync(bad.dossier, 'utf8')).toBe(bad.before);
    expect(existsSync(`${bad.dossier}.bak`)).toBe(false);

    const other = setup('Ville;Code postal\nBayonne;64100\n');
    const o = ess(['importer', other.csv, other.dossier]);
    expect(o.status).toBe(1);
    expect(o.stdout).toContain('Ce fichier n’est pas une liste d’adhérents');
    expect(o.stdout).toContain('ligne 1 : colonnes nom, prénom, RPPS introuvables (en-têtes lus : « Ville », « Code postal »)');
    expect(existsSync(`${other.dossier}.bak`)).toBe(false);

    // A workbook renamed .csv holds no text: not a list either.
    const binary = setup(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]));
    const x = ess(['importer', binary.csv, binary.dossier]);
    expect(x.status).toBe(1);
    expect(x.stdout).toContain('ce n’est pas un fichier texte');
    expect(readFileSync(binary.dossier, 'utf8')).toBe(binary.before);
  });

  it('exits 2 when it cannot run: missing CSV, missing or broken dossier, unknown kind of file', () => {
    const { dir, dossier, csv } = setup(`Nom;Prénom;RPPS\nA;B;${NEW[0]}\n`);
    const missing = ess(['importer', join(dir, 'absent.csv'), dossier]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Fichier introuvable');

    const noDossier = ess(['importer', csv], { cwd: tempDir() });
    expect(noDossier.status).toBe(2);
    expect(noDossier.stderr).toContain('il n’y a pas de dossier-ess.yaml dans ce répertoire');

    const broken = join(dir, 'casse.yaml');
    writeFileSync(broken, '# mon dossier\nversion: 1\ness:\n  nom: "ESS\nadherents: []\n');
    const b = ess(['importer', csv, broken]);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/casse\.yaml:\d+:\d+ : la syntaxe YAML du dossier est incorrecte/);
    expect(b.stderr).not.toMatch(/at .*\.cjs/);
    expect(readFileSync(broken, 'utf8')).toContain('# mon dossier');
    expect(existsSync(`${broken}.bak`)).toBe(false);

    const notList = join(dir, 'liste.yaml');
    writeFileSync(notList, 'version: 1\nadherents:\n  nom: A\n');
    expect(ess(['importer', csv, notList]).stderr).toContain('liste.yaml:3 : « adherents » n’est pas une liste');

    writeFileSync(join(dir, 'projet.docx'), 'x');
    const docx = ess(['importer', join(dir, 'projet.docx'), dossier]);
    // A file named .docx that is not one: the DOCX importer refuses it (exit 1), the dossier unchanged.
    expect(docx.status).toBe(1);
    expect(docx.stderr + docx.stdout).not.toMatch(/at .*\.cjs/);

    writeFileSync(join(dir, 'liste.xlsx'), 'x');
    const xlsx = ess(['importer', join(dir, 'liste.xlsx'), dossier]);
    expect(xlsx.status).toBe(2);
    expect(xlsx.stderr).toContain('enregistrez la feuille des adhérents au format CSV');

    const txt = ess(['importer', join(dir, 'notes.txt'), dossier]);
    expect(txt.status).toBe(2);
    expect(txt.stderr).toContain('.csv');
    expect(txt.stderr).toContain('.docx');

    const swapped = ess(['importer', dossier, csv]);
    expect(swapped.status).toBe(2);
    expect(swapped.stderr).toContain(`Arguments inversés : le fichier à importer vient d’abord, le dossier ensuite : ess importer ${csv} ${dossier}`);

    const usage = ess(['importer']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Argument manquant : source');
  });

  it('has a French help with examples', () => {
    const r = ess(['importer', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Utilisation : ess importer|import [options] <source> [fichier]');
    expect(r.stdout).toContain('--dry-run');
    expect(r.stdout).toContain('$ ess importer adherents.csv');
  });
});
