import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mapDocument } from '../../src/render/build.js';
import { parseMarkdown, type TableRows } from '../../src/render/markdown.js';
import { mdastToDocx } from '../../src/render/mdast-to-docx.js';
import { packDocx } from '../../src/render/package.js';
import { COMPLETE_SAMPLE, tempDir } from '../helpers/cli.js';
import { docxParts } from './docx-text.js';

// Row stamping (src/render/stamp.ts) must be invisible: word/document.xml is byte for byte the
// one docx writes when it builds every row as objects.

const HOSTILE = [
  'Dupré-Œuvray, Éloïse',
  'cœur & sœur < > " \' &amp; &lt;',
  '👩‍⚕️ Médecin 🫀',
  '**gras** _x_ | pipe \\ [x] # titre `code` <br> <!-- pagebreak -->',
  '{{nom}} {{{brut}}} {{#each x}}',
  '',
  '   ',
  'ligne\nsuivante',
  'ctrl\u0001\u000b\u001f tab\tfin',
  ']]> \uE000 privé',
  'Cardiologie et maladies vasculaires',
  '10000000017',
];

const rowsOf = (n: number, offset = 0): string[][] =>
  Array.from({ length: n }, (_, i) => [String(i + 1), HOSTILE[(i + offset) % HOSTILE.length]!, HOSTILE[(i * 7 + offset + 3) % HOSTILE.length]!, HOSTILE[(i * 5 + offset + 1) % HOSTILE.length]!]);

const TEMPLATE = [
  '# Annexe',
  '',
  '<!-- widths=7,33,42,18 rows=liste -->',
  '| N° | Nom, Prénom | Spécialité | RPPS |',
  '|--:|---|---|---|',
  '',
  'Entre deux tableaux.',
  '',
  '<!-- widths=50,50 tall-last-row rows=signature -->',
  '| Nom de l’association | Signature |',
  '|---|:-:|',
  '| **Ligne écrite** | en Markdown |',
  '',
  '<!-- rows=trois -->',
  '| a | b | c |',
  '|---|---|---|',
].join('\n');

async function xmlOf(mapped: { document: Parameters<typeof packDocx>[0]; stamps: Parameters<typeof packDocx>[1] }, name: string): Promise<string> {
  const file = join(tempDir(), `${name}.docx`);
  writeFileSync(file, await packDocx(mapped.document, mapped.stamps));
  return (await docxParts(file)).get('word/document.xml')!;
}

async function documentXml(rows: TableRows, stampRows: boolean): Promise<{ xml: string; stamped: number }> {
  const mapped = mdastToDocx(parseMarkdown(TEMPLATE, rows), { title: 'Essai', author: 'ess', description: 'Essai', headerText: 'Essai', draft: false, stampRows });
  return { xml: await xmlOf(mapped, stampRows ? 'stamped' : 'objects'), stamped: mapped.stamps.reduce((n, s) => n + s.rows.length, 0) };
}

describe('row stamping', () => {
  it.each([0, 1, 2, 3, 50])('writes the same word/document.xml as docx’s objects for %i data rows', async (n) => {
    const rows: TableRows = {
      liste: rowsOf(n),
      signature: rowsOf(n, 2).map((r) => r.slice(0, 2)),
      // Short rows: missing cells are empty cells.
      trois: rowsOf(n, 5).map((r, i) => r.slice(0, 1 + (i % 3))),
    };
    const objects = await documentXml(rows, false);
    const stamped = await documentXml(rows, true);
    expect(objects.stamped).toBe(0);
    // The tall last row of `signature` is built as objects, the others are stamped.
    expect(stamped.stamped).toBe(n === 0 ? 0 : 3 * n - 1);
    expect(stamped.xml).not.toContain('\uE001');
    expect(stamped.xml).toBe(objects.xml);
    if (n > 0) expect(stamped.xml).toContain('cœur &amp; sœur &lt; &gt; &quot; &apos; &amp;amp; &amp;lt;');
  });

  it('writes the same XML for any text (property)', async () => {
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...HOSTILE));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 0, maxLength: 4 }), { maxLength: 6 }), async (liste) => {
        const rows: TableRows = { liste, signature: liste.map((r) => r.slice(0, 2)), trois: liste };
        expect((await documentXml(rows, true)).xml).toBe((await documentXml(rows, false)).xml);
      }),
      { numRuns: 40 },
    );
  });

  it('builds one template row instead of one docx row per data row', async () => {
    const { document, stamps } = mdastToDocx(parseMarkdown(TEMPLATE, { liste: rowsOf(50) }), {
      title: 'Essai',
      author: 'ess',
      description: 'Essai',
      headerText: 'Essai',
      draft: false,
      stampRows: true,
    });
    expect(stamps).toHaveLength(1);
    expect(stamps[0]!.rows).toHaveLength(50);
    const { Packer } = await import('docx');
    const compiled = (Packer as unknown as { compiler: { compile(d: unknown): Map<string, string> } }).compiler.compile(document);
    const xml = compiled.get('word/document.xml')!;
    // Annexe: header + template; signature: header + Markdown row; trois: header.
    expect(xml.match(/<w:tr>/g)).toHaveLength(5);
  });

  it('writes the same projet de santé as docx’s objects (the real template, 24 adhérents and two hostile ones)', async () => {
    const data = parse(readFileSync(COMPLETE_SAMPLE, 'utf8'));
    data.adherents.push({ nom: HOSTILE[1], prenom: HOSTILE[2], rpps: '10000000017' }, { nom: '   ', prenom: '', specialite: 'pneumologie' });
    const options = { brouillon: true, today: '2026-11-22' };
    const stamped = mapDocument('projet', data, options, true);
    expect(stamped.stamps.map((s) => s.rows.length)).toEqual([26]);
    const xml = await xmlOf(stamped, 'stamped');
    expect(xml).toBe(await xmlOf(mapDocument('projet', data, options, false), 'objects'));
    expect(xml).toContain('cœur &amp; sœur &lt; &gt; &quot; &apos;');
  });
});
