import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../src/import/csv/decode.js';

describe('decodeCsv', () => {
  it('reads UTF-8, and drops its BOM', () => {
    expect(decodeCsv(Buffer.from('\uFEFFNom;Prénom\n', 'utf8'))).toEqual({ text: 'Nom;Prénom\n', encoding: 'UTF-8' });
    expect(decodeCsv(Buffer.from('Nom;Prénom\n', 'utf8'))).toEqual({ text: 'Nom;Prénom\n', encoding: 'UTF-8' });
  });

  it('reads what is not UTF-8 as Windows-1252, with its own characters at 0x80–0x9F (’ œ €)', () => {
    // Real cp1252 bytes: « é » is 0xE9, « ’ » 0x92, « œ » 0x9C, « € » 0x80.
    const bytes = Buffer.concat([Buffer.from('Nom;Pr', 'latin1'), Buffer.from([0xe9]), Buffer.from('nom\nD', 'latin1'), Buffer.from([0x92]), Buffer.from('Arc;L', 'latin1'), Buffer.from([0x9c, 0x80])]);
    expect(decodeCsv(bytes)).toEqual({ text: 'Nom;Prénom\nD’Arc;Lœ€', encoding: 'Windows-1252' });
  });

  it('reads UTF-16 with its BOM (Excel’s « Texte Unicode »)', () => {
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nom\tPrénom\n', 'utf16le')]))).toEqual({ text: 'Nom\tPrénom\n', encoding: 'UTF-16' });
  });

  it('refuses a binary file (a workbook renamed .csv)', () => {
    expect(decodeCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ problem: expect.stringContaining('enregistrez la feuille au format CSV') });
  });
});
