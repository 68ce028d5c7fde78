import { InputError } from '../core/errors.js';
import { resolveColumns, type ColumnIndex } from './columns.js';
import { departementOf, personId, type ActivityRow } from './definitions.js';
import { progressReporter } from './progress.js';
import { openExtract } from './source.js';

export interface ScanOptions {
  /**
   * Byte strings such as `|SM04|`: only the lines containing one of them are decoded and passed
   * to `onPatternRow` (once, even if a line holds several). A pre-filter: the callback decides.
   */
  patterns?: readonly string[];
  onPatternRow?: (row: ActivityRow) => void;
  /** RPPS numbers (11 digits): the lines of these persons are passed to `onIdRow`. */
  ids?: ReadonlySet<string>;
  onIdRow?: (row: ActivityRow) => void;
  /** Shown before the share of bytes read on a terminal. */
  label?: string;
}

const NL = 0x0a;
const BAR = 0x7c;
const CR = 0x0d;
/** Longer than any real line: beyond it, a "line" is not an extract's line (binary file…). */
const MAX_LINE = 1 << 20;

/**
 * Reads the extract once, in constant memory. Speed comes from not looking at most lines: the
 * buffers are searched natively (Buffer#indexOf) for the byte patterns, and for the identifier
 * only its field is walked; a line is decoded only when it can match.
 */
export async function scanExtract(file: string, options: ScanOptions): Promise<{ name: string }> {
  const source = await openExtract(file);
  const progress = progressReporter(source.totalBytes, options.label ?? 'Lecture de l’Annuaire santé…');
  // `SM15|` rather than `|SM15|`: Buffer#indexOf jumps from one occurrence of the needle's first
  // byte to the next, and `|` is the most frequent byte of the file (5× slower).
  const patterns = (options.patterns ?? []).map((p) => Buffer.from(p.replace(/^\|/, ''), 'latin1'));
  const groups = prefixGroups(patterns);
  const ids = new Set([...(options.ids ?? [])].filter((id) => /^\d{11}$/.test(id)));
  const tails = new Uint8Array(100000);
  for (const id of ids) tails[Number(id.slice(6))] = 1;
  let columns: ColumnIndex | undefined;
  let maxCol = 0;
  let seps = new Int32Array(0);

  /** Fills `seps[c]` with the end of field c (its `|`, or the line end: a short line has empty fields). */
  const split = (buf: Buffer, start: number, end: number): void => {
    let p = start;
    for (let c = 0; c <= maxCol; c++) {
      const bar = p <= end ? buf.indexOf(BAR, p) : -1;
      if (bar === -1 || bar > end) {
        for (let k = c; k <= maxCol; k++) seps[k] = end;
        return;
      }
      seps[c] = bar;
      p = bar + 1;
    }
  };
  const field = (buf: Buffer, start: number, c: number, encoding: 'latin1' | 'utf8' = 'latin1'): string => {
    const from = c === 0 ? start : seps[c - 1]! + 1;
    const to = seps[c]!;
    return from >= to ? '' : buf.toString(encoding, from, to).trim();
  };
  const decode = (buf: Buffer, start: number, end: number): ActivityRow => {
    if (end > start && buf[end - 1] === CR) end--;
    split(buf, start, end);
    const c = columns!;
    return {
      id: personId(field(buf, start, c.id)),
      nom: field(buf, start, c.nom, 'utf8'),
      prenom: field(buf, start, c.prenom, 'utf8'),
      profession: field(buf, start, c.profession),
      typeSavoirFaire: field(buf, start, c.typeSavoirFaire),
      savoirFaire: field(buf, start, c.savoirFaire),
      mode: field(buf, start, c.mode),
      departement: departementOf(field(buf, start, c.commune), field(buf, start, c.departement), field(buf, start, c.codePostal)),
    };
  };

  const readHeader = (text: string) => {
    columns = resolveColumns(text, file);
    maxCol = Math.max(...Object.values(columns));
    seps = new Int32Array(maxCol + 1);
  };

  /** [from, to) holds whole lines, each ending with \n (the last at to - 1). */
  const region = (buf: Buffer, from: number, to: number): void => {
    if (!columns) {
      const nl = buf.indexOf(NL, from);
      readHeader(buf.toString('utf8', from, nl));
      from = nl + 1;
    }
    if (from >= to) return;
    if (groups.length > 0 && options.onPatternRow) {
      // One native search per common prefix (`SM` for the 5 codes of cardiologie), each hit
      // checked in place: one pass over the buffer whatever the number of codes.
      const starts: number[] = [];
      for (const { needle, members } of groups) {
        let p = from;
        for (;;) {
          const hit = buf.indexOf(needle, p);
          if (hit === -1 || hit >= to) break;
          if (!members.some((pattern) => matchesAt(buf, hit, pattern))) {
            p = hit + 1;
            continue;
          }
          starts.push(hit === from ? from : Math.max(from, buf.lastIndexOf(NL, hit - 1) + 1));
          p = buf.indexOf(NL, hit) + 1;
        }
      }
      for (const start of groups.length > 1 ? new Set(starts) : starts) options.onPatternRow(decode(buf, start, buf.indexOf(NL, start)));
    }
    if (ids.size > 0 && options.onIdRow) {
      const idCol = columns!.id;
      let start = from;
      while (start < to) {
        const end = buf.indexOf(NL, start);
        // The fields before the identifier are short: walk them byte by byte.
        let p = start;
        for (let c = 0; c < idCol && p < end; p++) if (buf[p] === BAR) c++;
        // `8` + RPPS (identification nationale) → the RPPS.
        if (buf[p] === 0x38 && buf[p + 11] !== BAR && buf[p + 12] === BAR) p++;
        // The last 5 digits as a small integer: a bitmap lookup, no string, for most lines.
        if (buf[p + 11] === BAR) {
          let low = 0;
          for (let q = p + 6; q < p + 11; q++) low = low * 10 + (buf[q]! - 0x30);
          if (low >= 0 && low < 100000 && tails[low] === 1) {
            const id = buf.toString('latin1', p, p + 11);
            if (ids.has(id)) options.onIdRow(decode(buf, start, end));
          }
        }
        start = end + 1;
      }
    }
  };

  let carry: Buffer | undefined;
  let bytes = 0;
  try {
    for await (const chunk of source.chunks) {
      if (bytes === 0) assertUtf8(chunk, file);
      bytes += chunk.length;
      progress.update(bytes);
      let from = 0;
      if (carry) {
        const nl = chunk.indexOf(NL);
        if (nl === -1) {
          carry = Buffer.concat([carry, chunk]);
          if (carry.length > MAX_LINE) tooLong(file, columns);
          continue;
        }
        const line = Buffer.concat([carry, chunk.subarray(0, nl + 1)]);
        carry = undefined;
        region(line, 0, line.length);
        from = nl + 1;
      }
      const last = chunk.lastIndexOf(NL);
      if (last >= from) region(chunk, from, last + 1);
      const rest = last >= from ? last + 1 : from;
      if (rest < chunk.length) {
        carry = Buffer.from(chunk.subarray(rest));
        if (carry.length > MAX_LINE) tooLong(file, columns);
      }
    }
    if (carry && carry.length > 0) {
      const line = Buffer.concat([carry, Buffer.from('\n')]);
      region(line, 0, line.length);
    }
    if (!columns) readHeader('');
  } finally {
    progress.done();
    source.close();
  }
  return { name: source.name };
}

/** Patterns grouped by first byte, each group searched for its members' common prefix. */
function prefixGroups(patterns: Buffer[]): Array<{ needle: Buffer; members: Buffer[] }> {
  const byFirst = new Map<number, Buffer[]>();
  for (const p of patterns) if (p.length > 0) byFirst.set(p[0]!, [...(byFirst.get(p[0]!) ?? []), p]);
  return [...byFirst.values()].map((members) => {
    let length = Math.min(...members.map((m) => m.length));
    for (const m of members) while (m.compare(members[0]!, 0, length, 0, length) !== 0) length--;
    return { needle: members[0]!.subarray(0, length), members };
  });
}

function matchesAt(buf: Buffer, at: number, pattern: Buffer): boolean {
  if (at + pattern.length > buf.length) return false;
  for (let i = 0; i < pattern.length; i++) if (buf[at + i] !== pattern[i]) return false;
  return true;
}

/**
 * The extract is UTF-8; a file re-saved by a spreadsheet or an editor in Latin-1 would give
 * mangled names and no match. Judged on the first chunk's whole lines (a chunk may cut a character).
 */
function assertUtf8(chunk: Buffer, file: string): void {
  const end = chunk.lastIndexOf(NL);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(0, end === -1 ? Math.max(0, chunk.length - 3) : end));
  } catch {
    throw new InputError(
      `${file} n’est pas encodé en UTF-8 (il semble enregistré en Latin-1 / ISO-8859-1, par un tableur ou un éditeur) : ce n’est plus l’extrait tel que publié. Téléchargez-le de nouveau depuis l’Annuaire santé et indiquez-le sans l’ouvrir ni l’enregistrer.`,
    );
  }
}

function tooLong(file: string, columns: ColumnIndex | undefined): never {
  if (!columns) resolveColumns('', file);
  throw new InputError(`${file} contient une ligne de plus d’un mégaoctet : ce n’est pas un extrait de l’Annuaire santé (PS_LibreAcces_Personne_activite).`);
}
