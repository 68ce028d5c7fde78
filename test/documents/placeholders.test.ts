import fc from 'fast-check';
import type { Node } from 'unist';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentMarkdown } from '../../src/documents/build.js';
import { DOCUMENTS } from '../../src/documents/registry.js';
import { parseMarkdown } from '../../src/documents/markdown.js';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE, sampleText } from '../helpers/cli.js';

/** The tree without source positions (placeholders and escapes differ in length, not in meaning). */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Node)) if (k !== 'position') out[k] = shape(v);
    return out;
  }
  return node;
}

/** Both ways of getting the dossier's values into the syntax tree of a document. */
async function trees(kind: string, data: unknown) {
  const options = { brouillon: true, today: '2026-11-22' };
  const escaped = await documentMarkdown(kind, data, options, { escaped: true });
  const placed = await documentMarkdown(kind, data, options);
  return { escaped: shape(parseMarkdown(escaped.markdown)), placed: shape(parseMarkdown(placed.markdown, {}, placed.literals)), placedMarkdown: placed.markdown };
}

const samples = [COMPLETE_SAMPLE, LETTRE_SAMPLE].map((file) => parse(sampleText(file)) as Record<string, unknown>);

/** Every string of the dossier, replaced by `text(path)`. */
function replaceStrings(value: unknown, text: (i: number) => string, counter = { i: 0 }): unknown {
  if (typeof value === 'string') return text(counter.i++);
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, text, counter));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'version' ? v : replaceStrings(v, text, counter)]));
  return value;
}

describe('placeholders: the values of the dossier reach the syntax tree as escaped Markdown would', () => {
  it.each(DOCUMENTS.map((d) => d.id))('the %s of both samples', async (kind) => {
    for (const data of samples) {
      const { escaped, placed, placedMarkdown } = await trees(kind, data);
      expect(placed).toEqual(escaped);
      // The parser reads the templates' text only.
      expect(placedMarkdown).not.toContain(String((data.ess as { nom: string }).nom));
    }
  });

  it('with hostile text in every answer: Markdown, Handlebars, XML, line breaks, list-like lines', async () => {
    const piece = fc.oneof(
      fc.constantFrom('*', '_', '#', '|', '[x]', '{{', '}}', '<br>', '<', '&', '&amp;', '\\', '`', '- ', '1. ', '> ', '---', '\n', '\n\n', '  ', 'œ', '🫀', '\u0007', '\uE0000\uE001'),
      fc.string({ maxLength: 5 }),
    );
    const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 20 }), fc.constantFrom(...DOCUMENTS.map((d) => d.id)), async (texts, kind) => {
        const data = replaceStrings(samples[0], (i) => texts[i % texts.length]!);
        const { escaped, placed } = await trees(kind, data);
        expect(placed).toEqual(escaped);
      }),
      { numRuns: 60 },
    );
  });

  it('a placeholder a user types is printed as typed, not replaced', async () => {
    const data = structuredClone(samples[0]!);
    (data.diagnostic as Record<string, unknown>).etat_sante = 'avant \uE0000\uE001 après';
    const { placed } = await trees('projet', data);
    expect(JSON.stringify(placed)).toContain('avant \uE0000\uE001 après');
  });
});
