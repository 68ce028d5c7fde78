import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decodeDossier } from '../../src/dossier/read.js';
import { checkDossier } from '../../src/check.js';
import { sampleText } from '../helpers/cli.js';
import type { Stage } from '../../src/core/findings.js';

const sample = sampleText();
const sampleLines = sample.split('\n');
const TIME_BOUND_MS = 2_000;

function lintQuickly(bytes: Uint8Array, stage: Stage = 'projet') {
  const started = performance.now();
  const result = checkDossier(decodeDossier('propriete.yaml', bytes), stage);
  expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
  for (const f of result.results) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.message.length).toBeGreaterThan(10);
    expect(['error', 'warning', 'info']).toContain(f.severity);
  }
  return result;
}

// A line-level edit of the sample, as a careless editor or a bad merge would make.
const lineEdit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 40 }) }),
  fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('*x', '&a', '[', '{', '|', '>', '"', "'", '~', '!!binary', '2026-13-45', '-1', '1e400', 'null', '- -', '? x')) }),
);

type LineEdit = typeof lineEdit extends fc.Arbitrary<infer T> ? T : never;

function applyEdits(edits: LineEdit[]): string {
  const lines = [...sampleLines];
  for (const edit of edits) {
    const at = edit.at % lines.length;
    if (edit.kind === 'delete') lines.splice(at, 1);
    else if (edit.kind === 'duplicate') lines.splice(at, 0, lines[at]!);
    else if (edit.kind === 'indent') lines[at] = edit.by >= 0 ? ' '.repeat(edit.by) + lines[at] : lines[at]!.slice(-edit.by);
    else if (edit.kind === 'insert') lines.splice(at, 0, edit.text);
    else lines[at] = lines[at]!.replace(/:\s.*$/, `: ${edit.text}`);
  }
  return lines.join('\n');
}

describe('check never throws, and answers quickly', () => {
  it('on random mutations of the complete sample', () => {
    fc.assert(
      fc.property(fc.array(lineEdit, { minLength: 1, maxLength: 6 }), fc.constantFrom<Stage>('lettre', 'projet'), (edits, stage) => {
        lintQuickly(Buffer.from(applyEdits(edits)), stage);
      }),
      { numRuns: 300 },
    );
  });

  it('on random YAML documents (any structure, any values)', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), tie('map'), fc.array(tie('node'), { maxLength: 4 })),
      map: fc.dictionary(fc.oneof(fc.constantFrom('version', 'ess', 'nom', 'adherents', 'rpps', 'territoire', 'departements', 'partenaires', 'type', 'missions'), fc.string()), tie('node'), { maxKeys: 5 }),
    }));
    fc.assert(
      fc.property(value.node, fc.boolean(), (doc, withVersion) => {
        const data = withVersion && doc && typeof doc === 'object' && !Array.isArray(doc) ? { version: 1, ...doc } : doc;
        lintQuickly(Buffer.from(stringify(data)));
      }),
      { numRuns: 300 },
    );
  });

  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        lintQuickly(bytes);
      }),
      { numRuns: 300 },
    );
  });
});
