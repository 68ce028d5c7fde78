// CSV text to rows of cells (RFC 4180: quoted cells, "" inside quotes, line breaks inside quotes),
// each row with the number of the line it starts on, as the user's editor numbers them.
// Hand-written rather than csv-parse: tried (7.0.3), its `info.lines` counts a CRLF inside a
// quoted cell as two lines in an LF file and its `raw` drops the LF of a CRLF, so « ligne N »
// would point at the wrong line; the format is small and this reader is tested (fast-check
// round trip in test/import/csv/rows.test.ts).

export interface Row {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export interface Rows {
  rows: Row[];
  /** The line where a quote was opened and never closed: the rest of the file was one cell. */
  unclosedQuote?: number;
}

export type Separator = ';' | ',' | '\t';

export const SEPARATOR_NAMES: Record<Separator, string> = { ';': '« ; »', ',': '« , »', '\t': 'tabulation' };

/** Splits CSV text into rows (blank rows left out but counted). */
export function csvRows(text: string, separator: string): Rows {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        // A line break inside a cell is still a line of the file (CRLF, LF or CR alone).
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0 || quoted) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return { rows: rows.filter((r) => r.cells.some((c) => c.trim() !== '')), ...(quoted ? { unclosedQuote: quoteLine } : {}) };
}

/**
 * The separator of a file: the one named by Excel's `sep=;` first line, else the one of `;`,
 * tab and `,` that occurs most in the header line outside quotes (`;` first on a tie: French
 * spreadsheets write `;`, since `,` is their decimal mark).
 */
export function detectSeparator(text: string): { separator: Separator; skipFirstLine: boolean } {
  const first = /^[^\r\n]*/.exec(text)![0];
  const hint = /^sep=([;,\t])\s*$/i.exec(first);
  if (hint) return { separator: hint[1] as Separator, skipFirstLine: true };
  const unquoted = first.replace(/"(?:[^"]|"")*"/g, '');
  const count = (c: string) => unquoted.split(c).length - 1;
  const best = ([';', '\t', ','] as const).reduce((a, b) => (count(b) > count(a) ? b : a));
  return { separator: best, skipFirstLine: false };
}
