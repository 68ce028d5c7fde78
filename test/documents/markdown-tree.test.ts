import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentMarkdown } from '../../src/documents/build.js';
import { DOCUMENTS } from '../../src/documents/registry.js';
import { escapeBlock, escapeInline } from '../../src/documents/escape.js';
import { markdownTree } from '../../src/documents/markdown-tree.js';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE, sampleText } from '../helpers/cli.js';

/**
 * The tree as the mapper reads it: without source positions, and without `spread` (loose or
 * tight lists), which it does not use.
 */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) if (k !== 'position' && k !== 'spread') out[k] = shape(v);
    return out;
  }
  return node;
}

/** The reference: micromark through mdast-util-from-markdown, with GFM tables and task lists. */
const micromark = (markdown: string) =>
  fromMarkdown(markdown, { extensions: [gfmTable(), gfmTaskListItem()], mdastExtensions: [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()] });

function same(markdown: string): void {
  expect(shape(markdownTree(markdown))).toEqual(shape(micromark(markdown)));
}

const samples = [COMPLETE_SAMPLE, LETTRE_SAMPLE].map((file) => parse(sampleText(file)) as unknown);

describe('markdownTree (markdown-it) gives the tree micromark gives', () => {
  it.each(DOCUMENTS.map((d) => d.id))('on the Markdown of the %s, for both samples, placeholders or values escaped', async (id) => {
    for (const data of samples) {
      for (const escaped of [false, true]) same((await documentMarkdown(id, data, { brouillon: true, today: '2026-11-22' }, { escaped })).markdown);
    }
  });

  it('on every construct the templates use, and a few they might', () => {
    same(
      [
        '<!-- center -->',
        '# Titre *x* **y**',
        '',
        '**Nom :** a\\*b &nbsp; c &amp; d',
        'suite\\',
        'ligne',
        '',
        '- [x] coché `c`',
        '  - sous',
        '- [ ] non',
        '- [X] oui',
        '- sans case',
        '- \\[x\\] pas une case : des crochets échappés',
        '- [x] **gras** après la case',
        '',
        '3. trois',
        '4. quatre',
        '',
        '<!-- widths=50,50 -->',
        '| a | b | c |',
        '|---|--:|:-:|',
        '| **x**<br>*y* | 2 | |',
        '| \\| | • z<br>• w | |',
        '',
        '---',
        '',
        '[lien](https://exemple.fr "titre") et <https://exemple.fr>',
        '',
        '> citation',
        '',
        '    code',
      ].join('\n'),
    );
  });

  it('pads a short table row with empty cells, as the GFM spec says (micromark leaves that to the mapper)', () => {
    const table = markdownTree('| a | b |\n|---|---|\n| x |\n').children[0];
    expect(shape(table)).toMatchObject({ type: 'table', children: [{}, { children: [{ children: [{ value: 'x' }] }, { type: 'tableCell', children: [] }] }] });
  });

  it('on user text escaped as the first version did (any text)', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('*', '_', '#', '|', '[x] ', '{{', '<br>', '<', '&', '&amp;', '\\', '`', '- ', '1. ', '> ', '---', '\n', '\n\n', '  ', 'œ', '🫀'), fc.string({ maxLength: 5 })), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        same(`**Question :** ${escapeInline(a)}\n\n${escapeBlock(b)}\n\n| ${escapeInline(a)} | ${escapeInline(b)} |\n|---|---|\n| x | y |\n\n- ${escapeInline(a)}\n- [x] ${escapeInline(b)}\n`);
      }),
      { numRuns: 300 },
    );
  });
});
