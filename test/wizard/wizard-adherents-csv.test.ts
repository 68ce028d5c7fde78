import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { BAD_RPPS, dossierOf, RPPS, structuralFindings } from './helpers.js';
import { answer, fastForwardToAdherents, keys, sees, startInit } from './session.js';

describe('ess init: adhérents imported from a CSV file', () => {
  it('reports each bad line with its number, lets the file be fixed and read again, imports the good lines', async () => {
    const dir = tempDir();
    const csv = join(dir, 'adherents.csv');
    writeFileSync(
      csv,
      `\uFEFFNom;Prénom;RPPS;Spécialité\r\nEtcheverry;Maite;${RPPS[0]};\r\nLacoste;Julien;${BAD_RPPS};\r\nDarrigrand;;${RPPS[2]};\r\nHarambillet;Anne;${RPPS[3]};dermatologie\r\n`,
    );
    const file = join(dir, 'dossier.yaml');
    const s = startInit(file);
    await fastForwardToAdherents();
    await keys('down');
    sees('❯ Les importer d’un fichier CSV (tableur)');
    await answer('');

    sees('Chemin du fichier CSV');
    await answer(join(dir, 'absent.csv'));
    sees('Fichier introuvable');
    for (let i = 0; i < 'absent.csv'.length; i++) await keys('backspace');
    await answer('adherents.csv');
    sees('2 ligne(s) refusée(s). Que faire ?');
    let out = s.stdout.join('').replace(/\n {4}/g, ' '); // a long line is wrapped under its start
    expect(out).toContain('2 adhérent(s) lu(s)');
    expect(out).toContain('  ligne 3 : RPPS « 10071968036 » : ce numéro RPPS n’a pas une clé de contrôle valide');
    expect(out).toContain('  ligne 4 : prénom manquant');

    // The user fixes the file in the spreadsheet, then reads it again.
    // Its optional column « date d'adhésion » goes into the dossier (the formulaires d'adhésion print it).
    writeFileSync(csv, `nom,prenom,rpps,date d'adhésion\nEtcheverry,Maite,${RPPS[0]},\nLacoste,Julien,${RPPS[1]},15/01/2026\nDarrigrand,Pierre,${RPPS[2]},\nDouble,Maite,${RPPS[0]},\n`);
    await keys('down');
    sees('❯ Corriger le fichier, puis le relire');
    await answer('');
    sees('Chemin du fichier CSV');
    await answer(csv);
    sees('1 ligne(s) refusée(s)');
    out = s.stdout.join('').replace(/\n {4}/g, ' ');
    expect(out).toContain('3 adhérent(s) lu(s)');
    expect(out).toContain('  ligne 5 : RPPS 10071968035 déjà à la ligne 2 (ETCHEVERRY Maite) : ligne ignorée');
    sees('❯ Importer les 3 ligne(s) correcte(s) seulement');
    await answer('');

    sees('Que faire ?');
    expect(s.stdout.join('')).toContain('3 adhérent(s) :');
    await answer('');
    expect(await s.result).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(structuralFindings(text)).toEqual([]);
    expect(text).toMatch(/\{ nom: Lacoste, prenom: Julien, rpps: "\d{11}", adhesion: "?2026-01-15"? \}/);
    expect(dossierOf(text)!.adherents).toEqual([
      { nom: 'Etcheverry', prenom: 'Maite', rpps: RPPS[0] },
      { nom: 'Lacoste', prenom: 'Julien', rpps: RPPS[1], adhesion: '2026-01-15' },
      { nom: 'Darrigrand', prenom: 'Pierre', rpps: RPPS[2] },
    ]);
  });
});
