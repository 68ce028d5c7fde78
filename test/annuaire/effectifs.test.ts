import { existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ess } from '../helpers/cli.js';
import { COLUMNS_52, ENTRY_NAME, extractText, rppsFrom, writeExtract, writeZip, type ExtractRow } from './helpers.js';

const id = (k: number) => rppsFrom(1_000_000_000 + k);
const ROWS: ExtractRow[] = [
  { id: id(1), sf: 'SM15', commune: '40192' },
  { id: id(1), sf: 'SM15', commune: '64445' }, // in both départements: once in each, once in the total
  { id: id(1), sf: 'SM15', commune: '64102' }, // a third activity in 64: still one person
  { id: id(2), sf: 'SM15', commune: '', dept: '', cp: '64100' }, // only a postal code
  { id: id(3), sf: 'SM15', mode: 'S', commune: '64445' }, // salarié
  { id: id(4), sf: 'SM04', commune: '64445' }, // cardiologue
  { id: id(5), sf: 'SM15', commune: '33063' }, // Gironde
  { id: id(6), sf: 'SM15', commune: '40192', profession: '60' }, // not a médecin
  { id: id(7), sf: 'SM15', commune: '64445', identifiant: '8' + id(7) },
];

describe('ess effectifs', () => {
  const file = writeExtract(ROWS, { bom: true });

  it('--format json prints exactly {specialite, departements, total}', () => {
    const r = ess(['effectifs', '--annuaire', file, '--specialite', 'dermatologie', '--departements', '40,64', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toStrictEqual({ specialite: 'dermatologie', departements: { '40': 1, '64': 3 }, total: 3 });
  });

  it('reads the 52-column header and the zip alike', () => {
    const old = writeExtract(ROWS, { columns: COLUMNS_52 });
    const zip = writeZip([{ name: `PS_LibreAcces/${ENTRY_NAME}`, data: extractText(ROWS) }]);
    for (const f of [old, zip]) {
      const r = ess(['effectifs', '--annuaire', f, '--specialite', 'dermatologie', '--departements', '64, 40,33', '--format', 'json']);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toStrictEqual({ specialite: 'dermatologie', departements: { '33': 1, '40': 1, '64': 3 }, total: 4 });
    }
  });

  it('prints a French table per département and the total', () => {
    const r = ess(['effectifs', '--annuaire', file, '--specialite', 'dermatologie', '--departements', '64,40']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Médecins libéraux en Dermatologie et vénéréologie (SM15)');
    expect(r.stdout).toMatch(/64 Pyrénées-Atlantiques +3\n/);
    expect(r.stdout).toMatch(/40 Landes +1\n/);
    expect(r.stdout).toMatch(/Total \(personnes distinctes\) +3\n/);
    expect(r.stdout.indexOf('64 Pyrénées')).toBeLessThan(r.stdout.indexOf('40 Landes'));
    expect(r.stdout).toContain('territoire.medecins_specialite: 3');
  });

  it('refuses an unknown specialty with a suggestion, and départements outside the region (exit 2)', () => {
    let r = ess(['effectifs', '--annuaire', file, '--specialite', 'dermatolgie', '--departements', '40']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Spécialité « dermatolgie » inconnue : vouliez-vous dire « dermatologie » ?');
    r = ess(['effectifs', '--annuaire', file, '--specialite', 'dermatologie', '--departements', '40,75,2A']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Départements inconnus : « 75 », « 2A »');
    expect(r.stderr).toContain('16, 17, 19, 23, 24, 33, 40, 47, 64, 79, 86, 87');
    r = ess(['effectifs', '--annuaire', file, '--specialite', 'dermatologie', '--departements', ' , ']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Indiquez au moins un département');
  });

  it('exit 2 for a missing file or a file that is not an extract', () => {
    let r = ess(['effectifs', '--annuaire', 'absent.txt', '--specialite', 'dermatologie', '--departements', '40']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('introuvable : absent.txt');
    const other = writeExtract([], {}, 'autre.txt');
    const text = "Identifiant PP|Nom d'exercice|Code profession|\n";
    writeFileSync(other, text);
    r = ess(['effectifs', '--annuaire', other, '--specialite', 'dermatologie', '--departements', '40']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('colonnes absentes de la première ligne : « Prénom d\'exercice », « Code type savoir-faire »');
    expect(r.stdout).toBe('');
  });

  // util-linux `script` gives the command a terminal: the progress shows on it, then is cleared.
  it.skipIf(!existsSync('/usr/bin/script'))('shows the share of bytes read on a terminal only', () => {
    const command = `${process.execPath} ${BIN} effectifs --annuaire ${file} --specialite dermatologie --departements 40 --format json`;
    const tty = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toContain('\rLecture de l’Annuaire santé… 100 %\r\x1b[K');
    const piped = ess(['effectifs', '--annuaire', file, '--specialite', 'dermatologie', '--departements', '40', '--format', 'json']);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).not.toContain('%');
  });
});
