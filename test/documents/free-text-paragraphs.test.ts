// Free text in the documents (dossier-format.md): a blank line is a new paragraph, a line starting
// with « - » a bullet, a single line break (the user's wrap inside the block) a space. Written as
// a user writes it (a block scalar with « : », « # », quotes), checked, rendered, read back.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ess, mutateSample, LETTRE_SAMPLE, tempDir } from '../helpers/cli.js';
import { docxText, type DocxParagraph } from './docx-text.js';

const ANSWER = [
  '  etat_sante: |',
  '    Le territoire : 3 communes du Pays basque, « fragile » ; la ligne #1 des besoins est',
  '    l’accès aux échographies.',
  '',
  '    Deuxième paragraphe, écrit',
  '    sur trois lignes',
  '    par l’éditeur.',
  '',
  '    Les besoins prioritaires :',
  '    - délais de rendez-vous',
  '      de plus de 6 mois',
  '    - accès au dépistage',
  '',
  '    - suivi après hospitalisation',
  '    Conclusion sans puce.',
].join('\n');

async function rendered(file: string, args: string[] = []): Promise<DocxParagraph[]> {
  const out = join(tempDir(), 'out');
  const r = ess(['render', file, '-o', out, ...args]);
  expect(r.status, r.stdout + r.stderr).toBe(0);
  const docx = readdirSync(out).find((f) => f.startsWith(args.includes('lettre') ? 'lettre' : 'projet'))!;
  return (await docxText(join(out, docx))).paragraphs;
}

describe('free-text answers in the DOCX', () => {
  it('paragraphs, bullets and wrapped lines, with every word', async () => {
    const file = mutateSample([[/ {2}etat_sante: [^\n]*(\n {4,}[^\n]*|\n(?=\n {4}))*/, ANSWER]]);
    const check = ess(['check', file, '--format', 'json']);
    expect(JSON.parse(check.stdout).results.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
    const paragraphs = await rendered(file);
    const start = paragraphs.findIndex((p) => p.text.startsWith('Le territoire : 3 communes'));
    expect(start).toBeGreaterThan(-1);
    expect(paragraphs.slice(start, start + 7).map((p) => [p.text, p.listItem])).toEqual([
      ['Le territoire : 3 communes du Pays basque, « fragile » ; la ligne #1 des besoins est l’accès aux échographies.', false],
      ['Deuxième paragraphe, écrit sur trois lignes par l’éditeur.', false],
      ['Les besoins prioritaires :', false],
      ['délais de rendez-vous de plus de 6 mois', true],
      ['accès au dépistage', true],
      // A blank line between bullets keeps the list; the line after a bullet continues it.
      ['suivi après hospitalisation Conclusion sans puce.', true],
      [expect.any(String), false],
    ]);
  });

  it('a text that starts with bullets after a lead-in: the lead-in alone, then the list', async () => {
    const file = mutateSample(
      [[/ {2}instances: [^\n]*(\n {4,}[^\n]*)*/, '  instances: |\n    - un bureau de 3 membres\n    - une assemblée générale annuelle\n\n    Le bureau se réunit chaque mois.']],
      LETTRE_SAMPLE,
    );
    const paragraphs = await rendered(file, ['--document', 'lettre']);
    const lead = paragraphs.findIndex((p) => p.text.startsWith('Gouvernance envisagée.'));
    expect(paragraphs.slice(lead, lead + 4).map((p) => [p.text, p.listItem])).toEqual([
      ['Gouvernance envisagée.', false],
      ['un bureau de 3 membres', true],
      ['une assemblée générale annuelle', true],
      ['Le bureau se réunit chaque mois.', false],
    ]);
  });
});
