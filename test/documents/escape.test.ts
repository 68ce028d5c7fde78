import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { dropControlCharacters, escapeBlock, escapeInline } from '../../src/documents/escape.js';
import { parseMarkdown } from '../../src/documents/markdown.js';

/** The visible text of a tree, and the kinds of node it holds. */
function textAndTypes(tree: Root): { text: string; types: Set<string> } {
  const types = new Set<string>();
  let text = '';
  const walk = (n: Nodes) => {
    types.add(n.type);
    if (n.type === 'text') text += n.value.replace(/\n/g, ' '); // a soft break reads as a space (as the mapper writes it)
    else if (n.type === 'break') text += '\n';
    else if ('value' in n) text += `[${n.type}:${n.value}]`;
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(tree);
  return { text, types };
}

const normalizeInline = (s: string) => dropControlCharacters(s.replace(/\r\n?/g, '\n')).replace(/\s+/g, ' ').trim();

// Characters that mean something to Markdown, GFM or Handlebars, plus text a French user types.
const tricky = fc.constantFrom(...'*_#|[]()<>&!`~\\{}-+.=:"\'/ \n\t1xœé🫀«»'.split(''), '[x]', '{{', '}}', '&amp;', '<br>', '- ', '1. ', '> ', '    ', '\u0007', '\u0000', 'http://a.fr', 'a@b.fr');
const userText = fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''));

describe('escapeInline', () => {
  it('turns any text into Markdown that reads back as exactly that text, in one plain paragraph', () => {
    fc.assert(
      fc.property(userText, (s) => {
        const expected = normalizeInline(s);
        const tree = parseMarkdown(escapeInline(s));
        const { text, types } = textAndTypes(tree);
        expect(text).toBe(expected);
        for (const t of types) expect(['root', 'paragraph', 'text']).toContain(t);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a table cell a single cell whatever the user typed', () => {
    fc.assert(
      fc.property(userText, userText, (a, b) => {
        const tree = parseMarkdown(`| h1 | h2 |\n|---|---|\n| ${escapeInline(a)} | ${escapeInline(b)} |`);
        const table = tree.children[0];
        expect(table?.type).toBe('table');
        if (table?.type !== 'table') return;
        expect(table.children).toHaveLength(2);
        const [c1, c2] = table.children[1]!.children.map((c) => textAndTypes({ type: 'root', children: [{ type: 'paragraph', children: c.children }] }).text);
        expect(c1).toBe(normalizeInline(a));
        expect(c2).toBe(normalizeInline(b));
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeBlock', () => {
  it('keeps paragraphs, bullets and numbered lines, and nothing else of Markdown', () => {
    const md = escapeBlock('Premier § avec *gras* ?\nsuite du même\n\n# pas un titre\n- une puce\nqui continue\n1. pas numérotée\n\n| a | b |');
    const tree = parseMarkdown(md);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'list', 'paragraph']);
    const texts = tree.children.map((c) => textAndTypes({ type: 'root', children: [c] }).text);
    expect(texts).toEqual(['Premier § avec *gras* ? suite du même', '# pas un titre', 'une puce qui continue\n1. pas numérotée', '| a | b |']);
  });

  it('reads back any text without structure beyond paragraphs, line breaks and bullets', () => {
    // Every line as textParagraphs reads it: controls dropped, spaces collapsed, a bullet's marker removed.
    const visible = (s: string) =>
      dropControlCharacters(s.replace(/\r\n?/g, '\n'))
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim().replace(/^[-*•–]\s+(?=\S)/, ''))
        .join('')
        .replace(/\s+/g, '');
    fc.assert(
      fc.property(userText, (s) => {
        const { text, types } = textAndTypes(parseMarkdown(escapeBlock(s)));
        for (const t of types) expect(['root', 'paragraph', 'text', 'break', 'list', 'listItem']).toContain(t);
        expect(text.replace(/\s+/g, '')).toBe(visible(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('dropControlCharacters', () => {
  it('drops what XML 1.0 cannot hold and keeps tabs, newlines, accents and emoji', () => {
    expect(dropControlCharacters('a\u0000b\u0007c\u001Fd\tE\nœ🫀\uFFFE\uD800')).toBe('abcd\tE\nœ🫀');
  });
});
