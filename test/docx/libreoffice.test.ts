// Round trip through LibreOffice: both documents convert to PDF without error and read back with
// the trame's headings. Runs wherever `soffice` and poppler (`pdftotext`, `pdfinfo`) are
// installed (.ci/run installs them); elsewhere it is skipped and says so.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLETE_SAMPLE, ess, mutateSample, sampleText, tempDir } from '../helpers/cli.js';
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

    // The signature block stays whole: « Etabli en date du », the table's heading and the place to sign on one page.
    const signaturePage = spawnSync('pdftotext', ['-raw', join(dir, pdfs[1]!), '-'], { encoding: 'utf8' }).stdout.split('\f').find((p) => p.includes('Etabli en date du'));
    expect(signaturePage).toContain('Signature du représentant légal');

    const lettre = text(pdfs[0]!).replace(/\s+/g, ' ');
    expect(lettre).toContain('CPAM de Bayonne');
    expect(lettre).toContain('salutations distinguées');
    // The letter fits on one or two pages.
    expect(pages(pdfs[0]!)).toBeLessThanOrEqual(2);
  });
});

describe.skipIf(!available)('LibreOffice: the formulaires d’adhésion, one page each', () => {
  const pdfPages = (file: string) => spawnSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).stdout.split('\f').slice(0, -1);

  it('has as many pages as adhérents plus one, each form on its own page, the blank one last', () => {
    const dir = tempDir();
    const r = ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', 'adhesion', '--pdf']);
    expect(r.status, r.stderr).toBe(0);
    const pages = pdfPages(join(dir, 'formulaires-adhesion-ess-cardiologie-cote-basque-et-sud-landes.pdf'));
    const rpps = [...sampleText().matchAll(/rpps: "(\d{11})"/g)].map((m) => m[1]!);
    expect(rpps).toHaveLength(24);
    expect(pages).toHaveLength(rpps.length + 1);
    rpps.forEach((n, i) => {
      expect(pages[i], `page ${i + 1}`).toContain(n);
      expect(pages[i]).toMatch(/Signature du médecin[\s\S]*Modèle établi d’après le cahier des charges national/);
    });
    expect(pages.at(-1)).toMatch(/Formulaire d’adhésion[\s\S]*Signature du médecin[\s\S]*prévaut\./);
    expect(pages.at(-1)).not.toMatch(/\d{11}/);
  });

  it('keeps a form on one page with long names, a wide territory and the optional mission', () => {
    const long = 'Association des médecins cardiologues et spécialistes des maladies vasculaires libéraux de la Côte Basque, du Béarn, des Landes et de la Gironde';
    const file = mutateSample([
      [/nom_association: .*/, `nom_association: ${long}`],
      [/^  nom: ESS Cardiologie Côte Basque et Sud Landes$/m, '  nom: ESS Cardiologie et maladies vasculaires de la Côte Basque, du Béarn, des Landes et de la Gironde'],
      ['departements: ["64", "40"]', 'departements: ["64", "40", "33", "47", "24"]'],
      ['{ nom: Etcheverry, prenom: Maite,', '{ nom: Etcheverry-Haristoy de Saint-Jean-Pied-de-Port, prenom: Marie-Christine Maite,'],
    ]);
    const dir = tempDir();
    const r = ess(['render', file, '-o', dir, '--document', 'adhesion', '--pdf', '--brouillon']);
    expect(r.status, r.stderr).toBe(0);
    const pdf = readdirSync(dir).find((f) => f.endsWith('.pdf'))!;
    const pages = pdfPages(join(dir, pdf));
    expect(pages).toHaveLength(25);
    expect(pages[0]).toContain('Etcheverry-Haristoy');
    expect(pages[0]).toContain('les consultations avancées');
    for (const page of pages) expect(page).toContain('prévaut.');
  });
});
