// The proof that the DOCX ess writes is right, now that one writer writes it (src/docx/wordml.ts):
// golden files of word/document.xml for every document of both samples, with and without
// --brouillon (a change of the look or of a template is a reviewable diff: regenerate them with
// UPDATE_GOLDEN=1 npx vitest run test/docx/package.test.ts and read the diff); every part
// well-formed, on the samples, on hostile text and on random documents; the zip. The LibreOffice
// round trip (libreoffice.test.ts) and the document tests (test/documents/) do the rest.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { documentTree } from '../../src/documents/build.js';
import { markdownTree } from '../../src/documents/markdown-tree.js';
import { DOCUMENTS } from '../../src/documents/registry.js';
import { packageParts, packDocument, type PackageText } from '../../src/docx/package.js';
import { bodyXml } from '../../src/docx/wordml.js';
import { zipFiles } from '../../src/docx/zip.js';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE, sampleText, tempDir } from '../helpers/cli.js';
import { docxParts } from '../documents/docx-text.js';
import { xmlProblem } from './well-formed.js';

const NOW = new Date('2026-11-23T10:11:12.345Z');
const GOLDEN = join(import.meta.dirname, 'golden');

/** One line per paragraph, table and row: the golden file reads, and diffs, like the document. */
const readable = (xml: string): string => `${xml.replace(/(<w:(?:p|tbl|tr)[ >])/g, '\n$1')}\n`;

function expectWellFormed(parts: Map<string, string>): void {
  for (const [path, xml] of parts) expect(xmlProblem(xml), path).toBeUndefined();
}

const samples = [COMPLETE_SAMPLE, LETTRE_SAMPLE].map((file) => [basename(file, '.yaml'), parse(sampleText(file)) as unknown] as const);

describe('the well-formedness check itself', () => {
  it.each([
    ['<a><b/></a>', undefined],
    ['<?xml version="1.0"?><a x="1">t &amp; &#233;</a>', undefined],
    ['<a><b></a>', '</a> closes nothing open at 6'],
    ['<a>x', '<a> never closed'],
    ['<a/><b/>', '2 root elements'],
    ['<a>x & y</a>', 'bad text « x & y » at 3'],
    ['<a>x < y</a>', 'a « < » that starts no tag at 5'],
    ['<a x=1/>', 'a « < » that starts no tag at 0'],
    ['<a>\u0001</a>', 'bad text « \u0001 » at 3'],
  ])('%j → %j', (xml, problem) => expect(xmlProblem(xml)).toBe(problem));
});

describe('golden files of word/document.xml', () => {
  for (const [sample, data] of samples) {
    // The forms repeat one page per adhérent: the smaller sample's forms show the page as well as 25 of them.
    for (const document of DOCUMENTS.filter((d) => !(d.id === 'adhesion' && sample === basename(COMPLETE_SAMPLE, '.yaml')))) {
      it.each([false, true])(`${document.name} of ${sample}, brouillon: %s`, async (brouillon) => {
        const { tree, text } = await documentTree(document, data, { brouillon, today: '2026-11-23', ...(document.yearly ? { annee: '2027' } : {}) });
        const parts = packageParts(bodyXml(tree), text, NOW);
        expectWellFormed(parts);
        expect(parts.get('word/header1.xml')).toContain(brouillon ? 'BROUILLON' : text.headerText.split(' — ')[0]);
        const xml = parts.get('word/document.xml')!;
        expect(xml).not.toContain('\n');
        // BROUILLON is in the header: the body of a draft is the final document's, one golden file for both.
        const file = join(GOLDEN, `${document.name}.${sample}.xml`);
        if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
          mkdirSync(GOLDEN, { recursive: true });
          writeFileSync(file, readable(xml));
        }
        expect(readable(xml), `${file} (UPDATE_GOLDEN=1 to accept a deliberate change)`).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});

const HOSTILE = 'Dupré-Œuvray & fils <b>"gras"</b> \'x\' ctrl\u0001\u000b\u001f 👩‍⚕️ ]]> <!--ess:body--> <!--ess:title--> (the skeleton’s markers)';
const text = (over: Partial<PackageText> = {}): PackageText => ({
  title: 'Projet de santé — ESS',
  author: 'Association',
  description: 'Essai',
  headerText: 'ESS — Projet de santé',
  draft: false,
  ...over,
});

describe('the package', () => {
  it('escapes hostile text in the header and the document properties, markers included', () => {
    const tree = markdownTree('Un paragraphe.');
    for (const draft of [false, true]) {
      const parts = packageParts(bodyXml(tree), text({ title: HOSTILE, author: HOSTILE, description: HOSTILE, headerText: HOSTILE, draft }), NOW);
      expectWellFormed(parts);
      expect(parts.get('docProps/core.xml')).toContain('Dupré-Œuvray &amp; fils &lt;b&gt;&quot;gras&quot;&lt;/b&gt; &apos;x&apos; ctrl 👩‍⚕️ ]]&gt; &lt;!--ess:body--&gt;');
      expect(parts.get('word/header1.xml')).not.toMatch(/[\u0001\u000b\u001f]/);
      expect(parts.get('docProps/core.xml')).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${NOW.toISOString()}</dcterms:created>`);
    }
  });

  it('leaves no marker of the skeleton in any part', () => {
    const parts = packageParts(bodyXml(markdownTree('- a\n\n1. b')), text(), NOW);
    for (const [path, xml] of parts) expect(xml, path).not.toMatch(/<!--ess:/);
    expect(parts.get('word/numbering.xml')).toContain('<w:num w:numId="2"><w:abstractNumId w:val="2"/>');
    expect(parts.get('word/numbering.xml')).toContain('<w:num w:numId="3"><w:abstractNumId w:val="3"/>');
  });

  // Random documents made of every construct the writer knows, with the directives of the
  // templates, and hostile text: every part stays well-formed, and every list points to a numbering.
  const word = fc.constantFrom('mot', 'Éloïse', 'œ & <x>', '"q" \'a\'', '👩‍⚕️', 'a\u0001b', '10 %', ':', '?', ' ', ']]>');
  const inline = fc
    .array(
      fc.oneof(
        word,
        word.map((w) => `**${w.trim() || 'g'}**`),
        word.map((w) => `*${w.trim() || 'i'}*`),
        word.map((w) => `\`${w.trim() || 'c'}\``),
        fc.constant('<br>'),
        fc.constant('~~barré~~'),
        fc.constant('[lien](https://exemple.fr/a?b=1&c=2)'),
        fc.constant('<span>brut</span>'),
      ),
      { minLength: 1, maxLength: 5 },
    )
    .map((parts) => parts.join(' ').replace(/^\s+|\s+$/g, '') || 'x');
  const directive = fc.constantFrom('', '<!-- center -->\n', '<!-- small -->\n', '<!-- pagebreak -->\n', '<!-- aside -->\n', '<!-- keep -->\n', '<!-- space-before -->\n');
  const row = (n: number) => fc.array(inline, { minLength: n, maxLength: n }).map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`);
  const table = fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc
      .tuple(fc.constantFrom('', `<!-- widths=${Array.from({ length: n }, (_, i) => 10 + i * 5).join(',')} -->\n`, '<!-- tall-last-row -->\n', '<!-- form-rows -->\n'), row(n), fc.array(row(n), { maxLength: 3 }))
      .map(([d, head, rows]) => `${d}${head}\n|${' --- |'.repeat(n)}\n${rows.join('\n')}`),
  );
  const list = fc
    .tuple(fc.constantFrom('- ', '1. ', '- [x] ', '- [ ] '), fc.array(inline, { minLength: 1, maxLength: 3 }), fc.option(inline, { nil: undefined }))
    .map(([marker, items, nested]) => items.map((i, k) => `${marker}${i}${k === 0 && nested ? `\n\n   suite ${nested}\n   - ${nested}\n     1. ${nested}` : ''}`).join('\n'));
  const block = fc.oneof(
    fc.tuple(directive, inline).map(([d, i]) => `${d}${i}`),
    fc.tuple(directive, fc.constantFrom('# ', '## ', '### ', '#### '), inline).map(([d, h, i]) => `${d}${h}${i}`),
    fc.tuple(directive, list).map(([d, l]) => `${d}${l}`),
    table,
    inline.map((i) => `> ${i}`),
    inline.map((i) => `\`\`\`\n${i}\n\`\`\``),
    fc.constant('---'),
    fc.constant('<div>\nbloc HTML\n</div>'),
  );

  it('stays well-formed on random documents of every construct (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const parts = packageParts(bodyXml(markdownTree(blocks.join('\n\n'))), text(), NOW);
        expectWellFormed(parts);
        const used = [...parts.get('word/document.xml')!.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
        for (const id of used) expect(parts.get('word/numbering.xml')).toContain(`<w:num w:numId="${id}">`);
      }),
      { numRuns: 150 },
    );
  });

  it('zips the parts: the DOCX holds each part as packageParts writes it', async () => {
    const { tree, text: t } = await documentTree('lettre', samples[0]![1], { brouillon: false, today: '2026-11-23' });
    const file = join(tempDir(), 'lettre.docx');
    writeFileSync(file, packDocument(bodyXml(tree), t));
    const read = await docxParts(file);
    const timeless = (xml: string) => xml.replace(/(<dcterms:(?:created|modified) [^>]*>)[^<]*/g, `$1${NOW.toISOString()}`);
    const parts = packageParts(bodyXml(tree), t, NOW);
    expect([...read.keys()].sort()).toEqual([...parts.keys()].filter((p) => p.endsWith('.xml')).sort());
    for (const [path, xml] of parts) if (path.endsWith('.xml')) expect(timeless(read.get(path)!), path).toBe(xml);
  });

  it('gives the same bytes for the same parts', () => {
    const parts = [...packageParts(bodyXml(markdownTree('x')), text(), NOW)].map(([p, x]) => [p, Buffer.from(x)] as const);
    expect(zipFiles(parts).equals(zipFiles(parts))).toBe(true);
  });
});
