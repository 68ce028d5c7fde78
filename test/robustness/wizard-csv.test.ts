// Issue 13, items 2 and 8 in the wizard: CSV import messages escaped, special files refused at once.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CSV_BYTES } from '../../src/import/csv/adherents.js';
import { readCsvFile } from '../../src/import/csv/read.js';
import { tempDir } from '../helpers/cli.js';
import { RPPS } from '../wizard/helpers.js';
import { answer, fastForwardToAdherents, keys, sees, startInit } from '../wizard/session.js';

describe('the wizard’s CSV import', () => {
  it('shows the file’s control characters escaped in its messages', async () => {
    const dir = tempDir();
    const csv = join(dir, 'adherents.csv');
    writeFileSync(csv, `nom,prenom,rpps,specialite\nEtcheverry,Maite,${RPPS[0]},\nLacoste,Julien,${RPPS[1]},cardio\u001b]0;pirate\u0007\u202e\n`);
    const s = startInit(join(dir, 'dossier.yaml'));
    await fastForwardToAdherents();
    await keys('down');
    sees('❯ Les importer d’un fichier CSV (tableur)');
    await answer('');
    sees('Chemin du fichier CSV');
    await answer(csv);
    sees('1 ligne(s) refusée(s). Que faire ?');
    const out = s.stdout.join('');
    expect(out).toContain('spécialité « cardio\\u001b]0;pirate\\u0007\\u202e » inconnue');
    expect(out).not.toMatch(/\u001b\]0;pirate|\u202e/);
  });

  it.runIf(spawnSync('mkfifo', ['--help']).status === 0)('refuses a FIFO, a device, a directory and an oversized file at once, without blocking', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'tube.csv');
    spawnSync('mkfifo', [fifo]);
    const big = join(dir, 'gros.csv');
    writeFileSync(big, Buffer.alloc(MAX_CSV_BYTES + 1, 0x41));
    const started = Date.now();
    expect(await readCsvFile(fifo)).toEqual({ problem: expect.stringMatching(/tube nommé \(FIFO\), pas un fichier/) });
    expect(await readCsvFile('/dev/zero')).toEqual({ problem: expect.stringMatching(/périphérique, pas un fichier/) });
    expect(await readCsvFile(dir)).toEqual({ problem: expect.stringMatching(/répertoire/) });
    expect(await readCsvFile(big)).toEqual({ problem: expect.stringMatching(/trop volumineux.*au plus 5 Mo/) });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reads without blocking the event loop (a timer fires while the file is read)', async () => {
    const dir = tempDir();
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, 'nom;prenom;rpps\n' + 'x;y;1\n'.repeat(200_000));
    let ticked = false;
    setImmediate(() => (ticked = true));
    const reading = readCsvFile(csv);
    expect(ticked).toBe(false);
    await reading;
    expect(ticked).toBe(true);
  });
});

describe('the wizard’s review screen', () => {
  it('shows answers with control characters escaped', async () => {
    const { reviewText } = await import('../../src/wizard/wizard.js');
    const text = reviewText({ ess: { nom: 'ESS \u001b[2J\u001b]0;titre\u0007\u202eexe' } } as never);
    expect(text).toContain('ESS \\u001b[2J\\u001b]0;titre\\u0007\\u202eexe');
    expect(text).not.toMatch(/\u001b\[2J|\u0007|\u202e/);
  });
});
