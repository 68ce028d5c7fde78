import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../src/documents/build.js';
import { dropControlCharacters } from '../../src/documents/escape.js';
import { dossierSchema, deref, type SchemaNode } from '../../src/dossier/schema-nav.js';
import { docxText } from '../documents/docx-text.js';
import { COMPLETE_SAMPLE, sampleText, tempDir } from '../helpers/cli.js';

const sample = parse(sampleText(COMPLETE_SAMPLE)) as Record<string, unknown>;

/** Every free-text answer of the schema, lists taken at their first item (as in the sample). */
function freeTextPointers(node: SchemaNode, pointer = ''): string[] {
  const n = deref(node);
  if (node.$ref === '#/$defs/texte') return [pointer];
  if (n.items) return freeTextPointers(n.items, `${pointer}/0`);
  return Object.entries(n.properties ?? {}).flatMap(([key, child]) => freeTextPointers(child, `${pointer}/${key}`));
}
const POINTERS = freeTextPointers(dossierSchema);

function withText(data: unknown, pointer: string, text: string): void {
  const segments = pointer.split('/').slice(1);
  let node = data as Record<string, unknown>;
  for (const segment of segments.slice(0, -1)) {
    node[segment] ??= /^\d+$/.test(segments[segments.indexOf(segment) + 1] ?? '') ? [] : {};
    node = node[segment] as Record<string, unknown>;
  }
  node[segments.at(-1)!] = text;
}

// Hostile on purpose: Markdown, Handlebars, XML and YAML metacharacters, controls, accents, emoji.
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom('*', '_', '#', '|', '[x]', '[ ]', '{{', '}}', '{{{x}}}', '<', '>', '&', '&amp;', '"', "'", '`', '\\', '<w:p>', ']]>', '- ', '1. ', '> ', '---', '!', '~', 'œ', 'é', 'É', '«', '»', '🫀', '👩‍⚕️', '\u0000', '\u0007', '\u001b', '\uFFFF', 'À COMPLÉTER'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const flat = (s: string) => dropControlCharacters(s).replace(/\s+/g, ' ').trim();

async function documentsText(data: unknown, dir: string, name: string) {
  const texts: string[] = [];
  const files: string[] = [];
  for (const kind of ['projet', 'lettre'] as const) {
    const file = join(dir, `${name}-${kind}.docx`);
    writeFileSync(file, await buildDocx(kind, data, { brouillon: true, today: '2026-11-22' }));
    const t = await docxText(file);
    texts.push([t.text, t.header].join('\n'));
    files.push(file);
  }
  return { text: flat(texts.join('\n')), files };
}

describe('render: hostile text in every free-text answer', () => {
  it('knows the free-text answers of the schema', () => {
    expect(POINTERS).toEqual(expect.arrayContaining(['/ess/nom', '/diagnostic/etat_sante', '/partenaires/0/cooperation', '/adherents/0/nom', '/indicateurs/qualitatifs/0']));
    expect(POINTERS.length).toBeGreaterThan(40);
  });

  it('comes out literally (control characters dropped), in one document or the other', async () => {
    const dir = tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: POINTERS.length, maxLength: POINTERS.length }), async (texts) => {
        const data = structuredClone(sample);
        // A marker around each answer tells it apart from the labels of the trame.
        const expected = POINTERS.map((pointer, i) => {
          const text = `⟦${i}⟧${texts[i]}⟦/${i}⟧`;
          withText(data, pointer, text);
          return { pointer, text: flat(text) };
        });
        const { text } = await documentsText(data, dir, `run${run++}`);
        const missing = expected.filter((e) => !text.includes(e.text)).map((e) => `${e.pointer}: ${JSON.stringify(e.text)}`);
        expect(missing).toEqual([]);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  const haveLibreOffice = soffice.status === 0;
  if (!haveLibreOffice) console.warn('SKIPPED: LibreOffice (soffice) is not installed: hostile documents are not opened. apt-get install libreoffice-writer-nogui');

  it.skipIf(!haveLibreOffice)('still opens in LibreOffice', async () => {
    const dir = tempDir();
    const [texts] = fc.sample(fc.array(hostile, { minLength: POINTERS.length, maxLength: POINTERS.length }), { numRuns: 1, seed: 2026 });
    const data = structuredClone(sample);
    POINTERS.forEach((pointer, i) => withText(data, pointer, texts![i]!));
    const { files } = await documentsText(data, dir, 'hostile');
    const r = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...files], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    for (const file of files) {
      const info = spawnSync('pdfinfo', [file.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
      expect(info.status, info.stderr).toBe(0);
      expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBeGreaterThan(0);
    }
  }, 180_000);
});
