// Round trip through LibreOffice: both documents convert to PDF without error and read back with
// the trame's headings. Runs wherever `soffice` and poppler (`pdftotext`, `pdfinfo`) are
// installed (.ci/run installs them); elsewhere it is skipped and says so.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLETE_SAMPLE, ess, tempDir } from '../helpers/cli.js';
import { firstOutOfOrder } from '../documents/docx-text.js';
import { TRAME_ORDER } from '../documents/trame.js';

const has = (cmd: string, arg = '--version') => !spawnSync(cmd, [arg], { encoding: 'utf8', timeout: 60_000 }).error;
const available = has('soffice') && has('pdftotext', '-v') && has('pdfinfo', '-v');
if (!available) {
  console.warn('⚠ LibreOffice round trip SKIPPED: soffice, pdftotext or pdfinfo not found (apt-get install libreoffice-writer-nogui poppler-utils).');
}

describe.skipIf(!available)('LibreOffice round trip (ess render --pdf)', () => {
  it('converts both documents to PDF, whose text follows the trame', () => {
    const dir = tempDir();
    const r = ess(['render', COMPLETE_SAMPLE, '-o', dir, '--pdf']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
    expect(pdfs).toEqual(['lettre-intention-ess-cardiologie-cote-basque-et-sud-landes.pdf', 'projet-de-sante-ess-cardiologie-cote-basque-et-sud-landes.pdf']);
    expect(r.stdout).toMatch(/PDF : .*projet-de-sante-.*\.pdf \(\d+(,\d)? Ko\)/);

    const text = (f: string) => spawnSync('pdftotext', ['-raw', join(dir, f), '-'], { encoding: 'utf8' }).stdout;
    const pages = (f: string) => Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [join(dir, f)], { encoding: 'utf8' }).stdout)?.[1]);

    const projet = text(pdfs[1]!).replace(/\s+/g, ' ');
    // Table cells come out of a PDF line by line: check the section headings and the questions outside tables.
    const headings = TRAME_ORDER.filter((h) => /^(\d|Annexe|[A-ZÉÈ ]{6,} :|Décrire|Actions)/.test(h));
    expect(headings.length).toBeGreaterThan(15);
    expect(firstOutOfOrder(projet, headings)).toBeUndefined();
    expect(projet).toContain('10026138627');
    expect(projet).toMatch(/Page 1 sur \d+/);
    expect(pages(pdfs[1]!)).toBeGreaterThanOrEqual(6);

    const lettre = text(pdfs[0]!).replace(/\s+/g, ' ');
    expect(lettre).toContain('CPAM de Bayonne');
    expect(lettre).toContain('salutations distinguées');
    // The letter fits on one or two pages.
    expect(pages(pdfs[0]!)).toBeLessThanOrEqual(2);
  });
});
