import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify, type ToStringOptions } from 'yaml';
import { describe, expect, it } from 'vitest';
import { escapeSegment } from '../../../src/core/json-pointer.js';
import { parseDossier, parseWithLibrary } from '../../../src/dossier/parse/index.js';
import { readPlainYaml } from '../../../src/dossier/parse/plain-yaml.js';
import { bigDossier } from '../../../scripts/bench/check-1000.mjs';
import { sampleText } from '../../helpers/cli.js';

const root = join(import.meta.dirname, '../../..');

/** Every pointer of a value, children included. */
function pointers(value: unknown, pointer = ''): string[] {
  const out = [pointer];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pointers(v, `${pointer}/${i}`)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pointers(v, `${pointer}/${escapeSegment(k)}`));
  return out;
}

/**
 * The plain reader either gives up or agrees with the `yaml` library on everything a finding can
 * use: the data, and for every node the position of its value and of its key, and the source of
 * plain scalars. Returns whether it accepted the text.
 */
function agrees(text: string): boolean {
  const library = parseWithLibrary(text);
  if (!readPlainYaml(text)) return false;
  const fast = parseDossier(text);
  expect(library.findings, 'the plain reader accepted a file the library reports on').toEqual([]);
  expect(fast.findings).toEqual([]);
  expect(fast.data).toEqual(library.data);
  // Missing answers are reported at their parent: check a child that is not there too.
  for (const p of [...pointers(library.data), '/absent', ...pointers(library.data).map((q) => `${q}/absent`)]) {
    expect(fast.index.at(p, 'value'), `value of ${p}`).toEqual(library.index.at(p, 'value'));
    expect(fast.index.at(p, 'key'), `key of ${p}`).toEqual(library.index.at(p, 'key'));
    if (library.index.plainSource(p)) expect(fast.index.plainSource(p), `source of ${p}`).toBe(library.index.plainSource(p));
  }
  return true;
}

describe('plain-YAML reader: agrees with the yaml library', () => {
  it('reads both samples, as the library does', () => {
    for (const file of readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.yaml'))) {
      expect(agrees(readFileSync(join(root, 'samples', file), 'utf8')), file).toBe(true);
    }
  });

  it('reads the 1,000-adhérent dossier of the benchmark (one-line flow mappings)', () => {
    expect(agrees(bigDossier(sampleText(), 1000))).toBe(true);
  });

  it('reads the same dossier written in block style, as ess init writes it', () => {
    const block = sampleText().replace(/^ {2}- \{ (.*) \}$/gm, (_line, body: string) => body.split(', ').map((pair, i) => `${i ? '    ' : '  - '}${pair}`).join('\n'));
    expect(block).not.toContain('{ nom');
    expect(agrees(block)).toBe(true);
  });

  it.each([
    ['a scalar with a comment', 'a: b # c\nd: "e" # f\n'],
    ['digits typed without quotes', 'rpps: 10000013994\ntel: 0559001122\nl: [64, 040]\n'],
    ['nulls, booleans, empty answers', 'a: ~\nb: null\nc: true\nd: FALSE\ne:\nf: # rien\ng: 2026-10-15\n'],
    ['literal and folded block scalars, every chomping', 'a: |\n  x\n\n  y\n\nb: |-\n  x\nc: |+\n  x\n\n\nd: >\n  x\n  y\n\n  z\ne: >-\n  x\n  y\n'],
    ['a compact sequence and nested items', 'a:\n- x\n- y: 1\n  z: 2\n-\n  w: 3\nb:\n  - [1, "2", \'3\']\n  - {}\n  - []\n'],
    ['quoted scalars with escapes', 'a: "x\\ty\\n\\"z\\" \\u00e9"\nb: \'it\'\'s\'\nc: "# not a comment"\n'],
    ['a document start and comments everywhere', '# head\n---\n# c\na:\n  # c\n  b: 1\n\n# c\nc: 2\n'],
    ['CRLF line ends', 'a: b\r\nc:\r\n  - d\r\ne: |\r\n  f\r\n'],
    ['nested sequences, quoted keys, negative numbers', 'a:\n  - - 1\n    - -2\n  - - "x": 1\n      y: 2\n"q k": 3\n\'s\': -4\n'],
    ['empty blocks, as init writes an optional answer', 'a:\n  b: |\n\n  c: |-\n  d: x\ne: |\n'],
    ['keys with colons, spaces and hashes inside', 'a:b: 1\nmot clé: 2\nx#y: 3\nurl: https://exemple.fr/a#b\n'],
  ])('%s', (_name, text) => {
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['a multi-line plain scalar', 'a: b\n  c\n'],
    ['a multi-line quoted scalar', 'a: "b\n  c"\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a tab in the indentation', 'a:\n\tb: 1\n'],
    ['floats', 'a: 1.5\n'],
    ['a flow collection on several lines', 'a: [1,\n  2]\n'],
    ['a syntax error', 'a: [b\nc: d\n'],
    ['a value that is a mapping on one line', 'a: b: c\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['an empty file', ''],
    ['an empty block kept with +', 'a: |+\n\nb: 1\n'],
    ['a BOM', '\uFEFFa: 1\n'],
  ])('gives up on %s (the library reads it)', (_name, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  it('on any data the yaml library writes, in any style', () => {
    const key = fc.oneof(fc.constantFrom('nom', 'rpps', 'a b', 'clé', 'x:y', 'n°'), fc.string({ minLength: 1, maxLength: 6 }));
    const scalar = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('', ' ', 'a # b', 'x: y', '- z', '"q"', "'", '#', '|', 'null', 'true', '0559', '1.5', '~', 'é\nà', 'a\n\nb\n', ' lead', 'trail '),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const data = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
    })).map;
    const options = fc.record({
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      flowCollectionPadding: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
      blockQuote: fc.constantFrom(true, 'literal', 'folded', false) as fc.Arbitrary<ToStringOptions['blockQuote']>,
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED') as fc.Arbitrary<ToStringOptions['defaultStringType']>,
      collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<ToStringOptions['collectionStyle']>,
    });
    let accepted = 0;
    fc.assert(
      fc.property(data, options, (value, opts) => {
        if (agrees(stringify(value, opts))) accepted++;
      }),
      { numRuns: 600 },
    );
    // The property is only worth something if the reader accepts a fair share of these documents.
    expect(accepted).toBeGreaterThan(150);
  });

  it('on line edits of the complete sample', () => {
    const lines = sampleText().split('\n');
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('delete', 'indent', 'dedent', 'duplicate', 'value'),
      text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('|', '>-', '"x"', "'y'", '[1, 2]', '{a: 1}', '# c', 'a: b', '- c', '')),
    });
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const copy = [...lines];
        for (const e of edits) {
          const at = e.at % copy.length;
          if (e.kind === 'delete') copy.splice(at, 1);
          else if (e.kind === 'indent') copy[at] = `  ${copy[at]}`;
          else if (e.kind === 'dedent') copy[at] = copy[at]!.replace(/^ {1,2}/, '');
          else if (e.kind === 'duplicate') copy.splice(at, 0, copy[at]!);
          else copy[at] = copy[at]!.replace(/:( .*)?$/, `: ${e.text}`);
        }
        if (agrees(copy.join('\n'))) accepted++;
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
