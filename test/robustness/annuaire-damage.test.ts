// Issue 13, item 11: a damaged Annuaire archive is the archive's fault, said in French, exit 2.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COMPLETE_SAMPLE, ess, tempDir } from '../helpers/cli.js';
import { ENTRY_NAME, extractText, rppsFrom, zipBytes, type ExtractRow } from '../annuaire/helpers.js';

const ROWS: ExtractRow[] = Array.from({ length: 400 }, (_, k) => ({ id: rppsFrom(1_000_000_000 + k), sf: 'SM15', commune: '64445' }));
const TEXT = extractText(ROWS);

function save(bytes: Buffer, name = 'PS_LibreAcces.zip'): string {
  const file = join(tempDir('ess-damage-'), name);
  writeFileSync(file, bytes);
  return file;
}

/** Offsets of the one entry's fields: local header at 0, central directory after the data. */
function layout(zip: Buffer) {
  const nameLength = zip.readUInt16LE(26);
  const dataStart = 30 + nameLength;
  const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  return { dataStart, central };
}

const effectifs = (file: string) => ess(['effectifs', '--annuaire', file, '--specialite', 'dermatologie', '--departements', '64', '--format', 'json']);

function expectDamaged(file: string) {
  for (const r of [effectifs(file), ess(['check', COMPLETE_SAMPLE, '--annuaire', file])]) {
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/est endommagée.*téléchargez-la de nouveau/s);
    expect(r.stderr).not.toMatch(/erreur inattendue|invalid|Error/);
    expect(r.stdout).toBe('');
  }
}

describe('11. a damaged Annuaire archive', () => {
  it('the intact archive is read (the cases below differ from it by a few bytes)', () => {
    const r = effectifs(save(zipBytes([{ name: ENTRY_NAME, data: TEXT }])));
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(400);
  });

  it('bad deflate data', () => {
    const zip = zipBytes([{ name: ENTRY_NAME, data: TEXT }]);
    const { dataStart, central } = layout(zip);
    for (let i = dataStart + 2; i < Math.min(central, dataStart + 200); i++) zip[i] = 0xff;
    expectDamaged(save(zip));
  });

  it('a wrong size', () => {
    const zip = zipBytes([{ name: ENTRY_NAME, data: TEXT }]);
    const { central } = layout(zip);
    const size = zip.readUInt32LE(central + 24);
    zip.writeUInt32LE(size + 1000, 22);
    zip.writeUInt32LE(size + 1000, central + 24);
    expectDamaged(save(zip));
  });

  it('a wrong CRC (checked: the library does not)', () => {
    const zip = zipBytes([{ name: ENTRY_NAME, data: TEXT }]);
    const { central } = layout(zip);
    zip.writeUInt32LE((zip.readUInt32LE(14) ^ 1) >>> 0, 14);
    zip.writeUInt32LE((zip.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16);
    expectDamaged(save(zip));
  });

  it('a truncated archive', () => {
    const zip = zipBytes([{ name: ENTRY_NAME, data: TEXT }]);
    const r = effectifs(save(zip.subarray(0, zip.length - 30)));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/archive zip lisible \(archive tronquée ou endommagée\)/);
  });

  it('two Personne_activite files: refused, naming both', () => {
    const other = 'PS_LibreAcces_Personne_activite_202612010000.txt';
    const r = effectifs(save(zipBytes([{ name: ENTRY_NAME, data: TEXT }, { name: `vieux/${other}`, data: TEXT }])));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`plusieurs extraits : ${ENTRY_NAME} et vieux/${other}`);
  });

  it('a gzip file says it is one', () => {
    const r = effectifs(save(gzipSync(TEXT), `${ENTRY_NAME}.gz`));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/est une archive gzip \(\.gz\).*décompressez-la/);
  });

  it('a Latin-1 file says it is one', () => {
    const latin1 = Buffer.from(TEXT.replace(/\n/, '\n').replace(/(\|)(\|)/, '$1Hélène$2'), 'latin1');
    const r = effectifs(save(latin1, ENTRY_NAME));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/n’est pas encodé en UTF-8 \(il semble enregistré en Latin-1/);
  });
});
