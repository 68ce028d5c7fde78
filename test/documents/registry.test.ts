// The registry drives the documents: one folder per document under src/documents/ (meta, view,
// template), and the CLI's choices, the file names and the stages come from it.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_DOCUMENTS, documentById, documentFileName, DOCUMENTS, documentsFor } from '../../src/documents/registry.js';
import { STAGES } from '../../src/core/findings.js';
import { questions, questionsOf } from '../../src/trame/index.js';
import { COMPLETE_SAMPLE, ess, ROOT, tempDir } from '../helpers/cli.js';
import { loadView } from '../../src/documents/build.js';
import { renderProperties } from '../../src/documents/markdown.js';

const folder = join(ROOT, 'src/documents');

describe('the document registry', () => {
  it('has one folder per document, each with its template and view, and no folder outside it', () => {
    const withTemplate = readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(folder, e.name, 'template.md.hbs')))
      .map((e) => e.name)
      .sort();
    expect(withTemplate).toEqual(DOCUMENTS.map((d) => d.name).sort());
    for (const d of DOCUMENTS) expect(existsSync(join(folder, d.name, 'view.ts')), d.name).toBe(true);
  });

  it('gives each document its own id and file name, and a stage of check', () => {
    expect(new Set(DOCUMENTS.map((d) => d.id)).size).toBe(DOCUMENTS.length);
    expect(DOCUMENTS.map((d) => d.id)).not.toContain(ALL_DOCUMENTS);
    for (const d of DOCUMENTS) expect(STAGES).toContain(d.stage);
    expect(DOCUMENTS.map((d) => documentFileName(d, 'ess-x', '2027'))).toEqual(['projet-de-sante-ess-x.docx', 'lettre-intention-ess-x.docx', 'formulaires-adhesion-ess-x.docx', 'rapport-activite-2027-ess-x.docx']);
  });

  it('is what the trame’s questions name as the documents that print them', () => {
    const names = new Set(DOCUMENTS.map((d) => d.name));
    const named = new Set(questions.flatMap((q) => q.documents));
    for (const name of named) expect(names, name).toContain(name);
    for (const d of DOCUMENTS) expect(questionsOf(d.name).length, d.name).toBeGreaterThan(0);
  });

  it('names the documents of a --document choice', () => {
    // cli.md: `tous` is the projet and the lettre; the formulaires d'adhésion and the rapport d'activité only when asked.
    const all = DOCUMENTS.filter((d) => d.inAll !== false);
    expect(all.map((d) => d.id)).toEqual(['projet', 'lettre']);
    expect(documentsFor(undefined)).toEqual(all);
    expect(documentsFor('tous')).toEqual(all);
    expect(documentsFor('lettre').map((d) => d.name)).toEqual(['lettre-intention']);
    expect(documentsFor('adhesion').map((d) => d.name)).toEqual(['formulaires-adhesion']);
    expect(documentsFor('rapport').map((d) => d.name)).toEqual(['rapport-activite']);
    expect(() => documentById('bilan')).toThrow(/Unknown document "bilan"/);
  });

  it('loads each document’s view only when asked, and every view is total on an empty draft', async () => {
    for (const d of DOCUMENTS) {
      const code = await loadView(d);
      const view = code.view({}, { brouillon: true, today: '2026-01-02' });
      const properties = renderProperties(d.name, view, {}, undefined);
      expect(properties.author).toBe('ESS');
      expect(properties.title).not.toMatch(/—/);
      expect(properties.header).toMatch(/^ESS — \S/);
    }
  });
});

describe('the DOCX properties written at the top of each template', () => {
  it('name the ESS and its association when the dossier does', async () => {
    const dossier = { ess: { nom: 'ESS Cardio' }, statut_juridique: { nom_association: 'Association Cardio' } };
    const view = (await loadView(documentById('rapport'))).view(dossier, { brouillon: false, today: '2026-01-02', annee: '2027' });
    expect(renderProperties('rapport-activite', view, dossier, '2027')).toEqual({
      title: 'Rapport d’activité 2027 — ESS Cardio',
      author: 'Association Cardio',
      header: 'ESS Cardio — Rapport d’activité',
    });
  });
});

describe('ess render --document (cli.md), from the registry', () => {
  it.each(DOCUMENTS.map((d) => [d.id, d.name, d.yearly === true] as const))('--document %s writes only %s', (id, name, yearly) => {
    const dir = tempDir();
    const r = ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', id, ...(yearly ? ['--annee', '2027'] : [])]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual([`${name}-${yearly ? '2027-' : ''}ess-cardiologie-cote-basque-et-sud-landes.docx`]);
  });

  it('refuses a document the registry does not have, naming the choices', () => {
    const r = ess(['render', COMPLETE_SAMPLE, '-o', tempDir(), '--document', 'bilan']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`valeurs possibles ${[...DOCUMENTS.map((d) => d.id), ALL_DOCUMENTS].join(', ')}`);
    expect(r.stderr).not.toMatch(/at .*\.cjs/);
  });
});
