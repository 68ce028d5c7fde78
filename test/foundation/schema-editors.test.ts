// What editors read in the schema: the French label of each enum value (enumDescriptions, from
// the referentials, never typed twice) and a French message for each pattern; Ajv's strict mode
// accepts them once registered, as the build does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import departements from '../../src/referentiels/departements.json' with { type: 'json' };
import partenaires from '../../src/referentiels/partenaires.json' with { type: 'json' };
import { addEditorKeywords } from '../../scripts/schema-keywords.mjs';
import { ROOT } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8'));

function nodes(node: unknown, found: Record<string, any>[] = []): Record<string, any>[] {
  if (node && typeof node === 'object') {
    if (!Array.isArray(node)) found.push(node as Record<string, any>);
    for (const child of Object.values(node)) nodes(child, found);
  }
  return found;
}

const withEnum = (first: string) => nodes(schema).find((n) => Array.isArray(n.enum) && n.enum[0] === first)!;

describe('schema annotations for editors', () => {
  it('labels every département with its name and code, from the referential', () => {
    const node = withEnum('16');
    expect(node.enum).toEqual(departements.items.map((d) => d.code));
    expect(node.enumDescriptions).toEqual(departements.items.map((d) => `${d.nom} (${d.code})`));
  });

  it('labels every partner type and formalisation level as the referential does', () => {
    const types = withEnum('msp');
    expect(types.enum).toEqual(partenaires.types.map((t) => t.id));
    expect(types.enumDescriptions).toEqual(partenaires.types.map((t) => t.libelle));
    const levels = withEnum('envisagee');
    expect(levels.enumDescriptions).toEqual(partenaires.formalisations.map((f) => f.libelle));
  });

  it('gives every enum with labels one label per value', () => {
    for (const node of nodes(schema).filter((n) => n.enumDescriptions)) expect(node.enumDescriptions).toHaveLength(node.enum.length);
  });

  it('gives every pattern a French message', () => {
    const patterns = nodes(schema).filter((n) => typeof n.pattern === 'string');
    expect(patterns.length).toBeGreaterThanOrEqual(4);
    for (const node of patterns) expect(node.patternErrorMessage, node.pattern).toMatch(/^[A-ZÉ][^]* attendue? : .+\.$/);
  });

  it('compiles in strict mode with the editor keywords registered, and not without', () => {
    const strict = () => {
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      formats.default(ajv, ['date', 'email']);
      return ajv;
    };
    expect(() => strict().compile(schema)).toThrow(/unknown keyword: "(enumDescriptions|patternErrorMessage|x-ess)"/);
    const validate = addEditorKeywords(strict()).compile(schema);
    expect(validate({ version_format: 1 })).toBeTypeOf('boolean');
  });
});
