// The wizard's import reads through the same code as `ess importer`: a Windows-1252 file whose
// path is pasted with quotes, the ESS's specialty left implicit, a bad line reported by its number.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/cli.js';
import { dossierOf, RPPS, structuralFindings } from '../../wizard/helpers.js';
import { answer, fastForwardToAdherents, keys, sees, seesSoon, startInit } from '../../wizard/session.js';

describe('ess init: the CSV import shares ess importer’s reading', () => {
  it('reads a Windows-1252 file pasted as \'chemin\' with a trailing space', async () => {
    const dir = tempDir();
    const csv = join(dir, 'liste adhérents.csv');
    const text = `Nom;Prénom;Identifiant PP;Spécialité\r\nLœb;Hélène;${RPPS[0]};Dermatologue\r\nD’Arcy;Jon;${RPPS[1]};Pédiatre\r\nBidart;Anne;1,00012E+10;\r\n`;
    writeFileSync(csv, Buffer.from(text.replace(/œ/g, '\u0080').replace(/’/g, '\u0081'), 'latin1').map((b) => (b === 0x80 ? 0x9c : b === 0x81 ? 0x92 : b)));
    const file = join(dir, 'dossier.yaml');
    const s = startInit(file);
    await fastForwardToAdherents('dermato');
    await keys('down');
    sees('❯ Les importer d’un fichier CSV (tableur)');
    await answer('');
    sees('Chemin du fichier CSV');
    await answer(`'${csv}' `);
    await seesSoon('1 ligne(s) refusée(s). Que faire ?');
    const out = s.stdout.join('').replace(/\n {4}/g, ' '); // a long line is wrapped under its start
    expect(out).toContain('2 adhérent(s) lu(s)');
    expect(out).toContain('  ligne 4 : RPPS « 1,00012E+10 » : le tableur (Excel) a écrit ce numéro en notation scientifique');
    sees('❯ Importer les 2 ligne(s) correcte(s) seulement');
    await answer('');
    sees('Que faire ?');
    await answer('');
    expect(await s.result).toBe(0);
    const yaml = readFileSync(file, 'utf8');
    expect(structuralFindings(yaml)).toEqual([]);
    expect(dossierOf(yaml)!.adherents).toEqual([
      { nom: 'Lœb', prenom: 'Hélène', rpps: RPPS[0] },
      { nom: 'D’Arcy', prenom: 'Jon', rpps: RPPS[1], specialite: 'pediatrie' },
    ]);
  });
});
