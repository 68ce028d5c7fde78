import { describe, expect, it } from 'vitest';
import { departements, specialites, typesPartenaires, formalisations, rubriquesPartenaires, indicateurs } from '../../src/referentiels/index.js';
import { resolveRef } from '../../src/dossier/schema-nav.js';
import { generateTypes } from '../../scripts/gen-types.mjs';
import { readFileSync } from 'node:fs';
import { ROOT } from '../helpers/cli.js';
import { join } from 'node:path';

const enumOf = (ref: string) => (resolveRef(ref) as { enum: string[] }).enum;

describe('referentials agree with the schema (enums are never typed twice)', () => {
  it('départements: the 12 of Nouvelle-Aquitaine', () => {
    expect(departements.map((d) => d.code)).toEqual(['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87']);
    expect(enumOf('#/$defs/departement/anyOf/0')).toEqual(departements.map((d) => d.code));
  });

  it('Pyrénées-Atlantiques has two caisses, every other département one', () => {
    for (const d of departements) expect(d.cpam.length, d.nom).toBe(d.code === '64' ? 2 : 1);
    expect(departements.find((d) => d.code === '64')!.cpam.map((c) => c.ville)).toEqual(['Bayonne', 'Pau']);
  });

  it('specialties: contract ids and codes, schema enum', () => {
    const byId = new Map(specialites.map((s) => [s.id, s]));
    expect(byId.get('cardiologie')!.codes).toEqual(expect.arrayContaining(['SM04', 'SM73', 'SM79', 'SM80', 'SM81']));
    expect(byId.get('dermatologie')!.codes).toContain('SM15');
    expect(byId.get('pneumologie')!.codes).toEqual(expect.arrayContaining(['SM41', 'SM91']));
    expect(byId.get('pediatrie')!.codes).toEqual(expect.arrayContaining(['SM40', 'SM87', 'SM88', 'SM89', 'SM90']));
    expect(byId.get('psychiatrie')!.codes).toEqual(expect.arrayContaining(['SM42', 'SM93']));
    expect(byId.get('pedopsychiatrie')!.codes).toEqual(expect.arrayContaining(['SM43', 'SM92']));
    expect(byId.get('medecine-generale')).toMatchObject({ eligible: false, codes: ['SM26', 'SM53', 'SM54'] });
    expect(specialites.filter((s) => !s.eligible).map((s) => s.id)).toEqual(['medecine-generale']);
    expect(enumOf('#/$defs/specialite/anyOf/0')).toEqual(specialites.map((s) => s.id));
    const codes = specialites.flatMap((s) => s.codes);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^SM\d{2}$/);
  });

  it('partner types: each under one of the five headings of §4, schema enum', () => {
    expect(rubriquesPartenaires).toHaveLength(5);
    const headings = new Set(rubriquesPartenaires.map((r) => r.id));
    for (const t of typesPartenaires) expect(headings.has(t.rubrique), t.id).toBe(true);
    expect(enumOf('#/properties/partenaires/items/properties/type/anyOf/0')).toEqual(typesPartenaires.map((t) => t.id));
    expect(enumOf('#/properties/partenaires/items/properties/formalisation/anyOf/0')).toEqual(formalisations.map((f) => f.id));
    const rubriqueOf = Object.fromEntries(typesPartenaires.map((t) => [t.id, t.rubrique]));
    expect(rubriqueOf).toMatchObject({ msp: 'premier_recours', cds: 'premier_recours', esp: 'premier_recours', dac: 'coordination', ess: 'coordination', cpts: 'coordination', etablissement_sante: 'etablissements', medico_social: 'medico_social', autre: 'autres' });
  });

  it('national indicators of §7', () => {
    const nationaux = indicateurs.themes.flatMap((t) => t.nationaux);
    expect(nationaux).toContain('Le nombre de patients pris en charge via l’ESS');
    expect(nationaux).toHaveLength(8);
  });
});

describe('types derived from the schema', () => {
  it('src/generated/dossier.ts is up to date (run `node scripts/gen-types.mjs` after editing the schema)', async () => {
    expect(readFileSync(join(ROOT, 'src/generated/dossier.ts'), 'utf8')).toBe(await generateTypes());
  });
});

describe('schema documentation', () => {
  it('every property has a French title and description', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8'));
    const missing: string[] = [];
    const walk = (node: Record<string, any>, path: string) => {
      for (const [key, child] of Object.entries<Record<string, any>>(node.properties ?? {})) {
        if (!child.title || !child.description) missing.push(`${path}/${key}`);
        walk(child, `${path}/${key}`);
        if (child.items) walk(child.items, `${path}/${key}[]`);
      }
    };
    walk(schema, '');
    for (const def of Object.values<Record<string, any>>(schema.$defs)) walk(def, '$defs');
    expect(missing).toEqual([]);
  });
});
