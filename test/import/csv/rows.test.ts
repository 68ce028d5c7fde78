import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRows, detectSeparator } from '../../../src/import/csv/rows.js';

describe('csvRows', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks, keeping line numbers', () => {
    const { rows } = csvRows('a;b\n"x;y";"dit ""oui"""\n"deux\nlignes";z\r\nfin;1', ';');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;y', 'dit "oui"'] },
      { line: 3, cells: ['deux\nlignes', 'z'] },
      { line: 5, cells: ['fin', '1'] },
    ]);
  });

  it('counts a CRLF inside a quoted cell as one line, and a CR alone as one (Excel: LF in cells, CRLF rows)', () => {
    expect(csvRows('a;b\r\n"x\r\ny";1\r\n"p\rq";2\r\nfin;3\r\n', ';').rows.map((r) => r.line)).toEqual([1, 2, 4, 6]);
    expect(csvRows('a;b\r"x\ny";1\r\rfin;2\r', ';').rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('skips empty lines but counts them', () => {
    expect(csvRows('a,b\n\n;\nc,d\n', ',').rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: [';'] },
      { line: 4, cells: ['c', 'd'] },
    ]);
  });

  it('says where a quote was opened and never closed', () => {
    const { rows, unclosedQuote } = csvRows('a;b\nx;1\n"y;2\nz;3\n', ';');
    expect(unclosedQuote).toBe(3);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(csvRows('a;b\n"x";1\n', ';').unclosedQuote).toBeUndefined();
  });

  it('reads back any table written the RFC 4180 way, with the line each row starts on', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ';', ',', '"', '\n', '\r\n', 'x', '1') });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        // Rows of blank cells are left out by design: give each row a first cell with a letter.
        const data = rows.map((r) => ['n' + r[0]!, ...r.slice(1)]);
        const text = data.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(';')).join(eol) + eol;
        const read = csvRows(text, ';');
        expect(read.rows.map((r) => r.cells)).toEqual(data);
        let line = 1;
        const starts = data.map((r) => {
          const start = line;
          line += r.join(';').split(/\r\n|\n/).length;
          return start;
        });
        expect(read.rows.map((r) => r.line)).toEqual(starts);
      }),
    );
  });
});

describe('detectSeparator', () => {
  it('takes the separator of the header line, quotes aside, « ; » on a tie', () => {
    expect(detectSeparator('Nom;Prénom;RPPS\n').separator).toBe(';');
    expect(detectSeparator('Nom,Prénom,RPPS\n').separator).toBe(',');
    expect(detectSeparator('Nom\tPrénom\tRPPS\n').separator).toBe('\t');
    expect(detectSeparator('"Nom, usage";"Prénom";RPPS\n').separator).toBe(';');
    expect(detectSeparator('Nom\n').separator).toBe(';');
  });

  it('follows Excel’s « sep= » first line', () => {
    expect(detectSeparator('sep=,\r\nNom;Prénom,RPPS\r\n')).toEqual({ separator: ',', skipFirstLine: true });
  });
});
