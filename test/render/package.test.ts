import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { zipFiles } from '../../src/core/zip.js';
import { documentTree, type DocumentKind } from '../../src/render/build.js';
import { markdownTree } from '../../src/render/markdown-tree.js';
import { mdastToDocx } from '../../src/render/mdast-to-docx.js';
import { packageParts, packDocument, type PackageText } from '../../src/render/package.js';
import { compileParts } from '../../src/render/skeleton.js';
import { bodyXml } from '../../src/render/wordml.js';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE, sampleText, tempDir } from '../helpers/cli.js';
import { docxParts } from './docx-text.js';

// ess writes the package from the skeleton docx made at build time and the body written by
// wordml.ts. It must be, part for part and byte for byte, the package docx writes for the same
// syntax tree through the docx mapper (mdast-to-docx.ts); only the dates of docProps/core.xml,
// which docx takes from the clock, are set to the same instant.

const NOW = new Date('2026-11-23T10:11:12.345Z');
const timeless = (xml: string) => xml.replace(/(<dcterms:(?:created|modified) [^>]*>)[^<]*/g, `$1${NOW.toISOString()}`);

function expectSamePackage(tree: Root, text: PackageText): Map<string, string> {
  const ours = packageParts(bodyXml(tree), text, NOW);
  const theirs = compileParts(mdastToDocx(tree, text));
  expect([...ours.keys()]).toEqual([...theirs.keys()]);
  for (const [path, xml] of theirs) {
    expect(typeof xml, path).toBe('string');
    expect(ours.get(path), path).toBe(timeless(xml as string));
  }
  return ours;
}

const HOSTILE = 'Dupré-Œuvray & fils <b>"gras"</b> \'x\' ctrl\u0001\u000b\u001f 👩‍⚕️ ]]> \uE100\uE101\uE102\uE103\uE104\uE105\uE106 (the skeleton’s markers)';
const text = (over: Partial<PackageText> = {}): PackageText => ({
  title: 'Projet de santé — ESS',
  author: 'Association',
  description: 'Essai',
  headerText: 'ESS — Projet de santé',
  draft: false,
  ...over,
});

const samples = [COMPLETE_SAMPLE, LETTRE_SAMPLE].map((file) => [file, parse(sampleText(file)) as unknown] as const);

describe('the package ess writes is the one docx writes', () => {
  for (const [file, data] of samples) {
    for (const kind of ['projet', 'lettre'] as DocumentKind[]) {
      it.each([false, true])(`${kind} of ${file.split('/').pop()}, brouillon: %s`, (brouillon) => {
        const { tree, text } = documentTree(kind, data, { brouillon, today: '2026-11-23' });
        const parts = expectSamePackage(tree, text);
        expect(parts.get('word/header1.xml')).toContain(brouillon ? 'BROUILLON' : text.headerText.split(' — ')[0]);
      });
    }
  }

  it('with hostile text in the header and the document properties, escaped as docx escapes it', () => {
    const tree = markdownTree('Un paragraphe.');
    for (const draft of [false, true]) {
      const parts = expectSamePackage(tree, text({ title: HOSTILE, author: HOSTILE, description: HOSTILE, headerText: HOSTILE, draft }));
      expect(parts.get('docProps/core.xml')).toContain('Dupré-Œuvray &amp; fils &lt;b&gt;&quot;gras&quot;&lt;/b&gt; &apos;x&apos; ctrl 👩‍⚕️');
      expect(parts.get('word/header1.xml')).not.toMatch(/[\u0001\u000b\u001f]/);
    }
  });

  it('with no list, and with bullets and numbered lists in any order (numbering.xml)', () => {
    for (const markdown of ['Rien.', '- a\n- b', '1. a\n2. b\n\ntexte\n\n1. c\n\n- d\n  1. e\n\n3) f', '- [x] case\n- [ ] vide\n\n1. un']) {
      expectSamePackage(markdownTree(markdown), text());
    }
  });

  // Random documents made of every construct the writer knows, with the directives of the
  // templates, and hostile text: the body and numbering.xml must be docx's.
  const word = fc.constantFrom('mot', 'Éloïse', 'œ & <x>', '"q" \'a\'', '👩‍⚕️', 'a\u0001b', '10 %', ':', '?', ' ');
  const inline = fc.array(
    fc.oneof(
      word,
      word.map((w) => `**${w.trim() || 'g'}**`),
      word.map((w) => `*${w.trim() || 'i'}*`),
      word.map((w) => `\`${w.trim() || 'c'}\``),
      fc.constant('<br>'),
      fc.constant('~~barré~~'),
      fc.constant('[lien](https://exemple.fr/a?b=1&c=2)'),
      fc.constant('<span>brut</span>'),
      fc.constant('**Question :**'),
      fc.constant('*Précision ?*'),
    ),
    { minLength: 1, maxLength: 5 },
  ).map((parts) => parts.join(' ').replace(/^\s+|\s+$/g, '') || 'x');
  const directive = fc.constantFrom('', '<!-- center -->\n', '<!-- right -->\n', '<!-- small -->\n', '<!-- pagebreak -->\n', '<!-- aside -->\n', '<!-- keep -->\n', '<!-- space-before -->\n', '<!-- small center keep -->\n');
  const row = (n: number) => fc.array(inline, { minLength: n, maxLength: n }).map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`);
  const table = fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc
      .tuple(
        fc.constantFrom('', `<!-- widths=${Array.from({ length: n }, (_, i) => 10 + i * 5).join(',')} -->\n`, '<!-- tall-last-row -->\n', '<!-- widths=50 -->\n'),
        row(n),
        fc.array(fc.constantFrom('---', ':--', '--:', ':-:'), { minLength: n, maxLength: n }),
        fc.array(row(n), { maxLength: 4 }),
      )
      .map(([d, head, aligns, rows]) => `${d}${head}\n| ${aligns.join(' | ')} |\n${rows.join('\n')}`),
  );
  const list = fc
    .tuple(fc.constantFrom('- ', '1. ', '- [x] ', '- [ ] ', '3) '), fc.array(inline, { minLength: 1, maxLength: 3 }), fc.option(inline, { nil: undefined }))
    .map(([marker, items, nested]) => items.map((i, k) => `${marker}${i}${k === 0 && nested ? `\n\n   suite ${nested}\n   - ${nested}\n     1. ${nested}` : ''}`).join('\n'));
  const block = fc.oneof(
    fc.tuple(directive, inline).map(([d, i]) => `${d}${i}`),
    fc.tuple(directive, fc.constantFrom('# ', '## ', '### ', '#### '), inline).map(([d, h, i]) => `${d}${h}${i}`),
    fc.tuple(directive, list).map(([d, l]) => `${d}${l}`),
    table,
    fc.tuple(directive, table).map(([d, t]) => `${d}${t}`),
    inline.map((i) => `> ${i}`),
    inline.map((i) => `\`\`\`\n${i}\nligne 2\n\`\`\``),
    fc.constant('---'),
    fc.constant('<div>\nbloc HTML\n</div>'),
  );

  it('on random documents of every construct (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        expectSamePackage(markdownTree(blocks.join('\n\n')), text());
      }),
      { numRuns: 150 },
    );
  });
});

describe('packDocument', () => {
  it('zips the parts: the DOCX holds each part as packageParts writes it', async () => {
    const { tree, text } = documentTree('lettre', samples[0]![1], { brouillon: false, today: '2026-11-23' });
    const file = join(tempDir(), 'lettre.docx');
    writeFileSync(file, packDocument(bodyXml(tree), text));
    const read = await docxParts(file);
    const parts = packageParts(bodyXml(tree), text, NOW);
    for (const [path, xml] of parts) if (path.endsWith('.xml')) expect(timeless(read.get(path)!), path).toBe(xml);
  });

  it('gives the same bytes for the same parts', () => {
    const parts = [...packageParts(bodyXml(markdownTree('x')), text(), NOW)].map(([p, x]) => [p, Buffer.from(x)] as const);
    expect(zipFiles(parts).equals(zipFiles(parts))).toBe(true);
  });
});
