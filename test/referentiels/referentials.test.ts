import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { departements, specialites, typesPartenaires, formalisations, rubriquesPartenaires, indicateurs } from '../../src/referentiels/index.js';
import specialitesData from '../../src/referentiels/specialites.json' with { type: 'json' };
import { namesOf, resolveSpecialite } from '../../src/referentiels/specialites.js';
import { EDITOR_KEYWORDS } from '../../scripts/schema-keywords.mjs';
import { specialitesDoc, syncedSchema } from '../../scripts/sync-schema.mjs';
import { resolveRef, schemaAt } from '../../src/dossier/schema-nav.js';
import { questions } from '../../src/trame/index.js';
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
    const nationaux = indicateurs.themes.flatMap((t) => t.nationaux.map((i) => i.libelle));
    expect(nationaux).toContain('Le nombre de patients pris en charge via l’ESS');
    expect(nationaux).toHaveLength(8);
  });

  it('each indicator gets its value from answers of activite.{annee} that name it, or from the dossier (the partners)', () => {
    const all = indicateurs.themes.flatMap((t) => [...t.nationaux, ...t.regionaux] as Array<{ id: string; dossier?: string }>);
    const named = questions.filter((q) => q.indicateur).map((q) => q.indicateur!.id);
    // Ids are unique, and each answer names an indicator of the referential.
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    expect(named.filter((id) => !all.some((i) => i.id === id))).toEqual([]);
    for (const i of all) expect([i.id, i.dossier !== undefined || named.includes(i.id)]).toEqual([i.id, true]);
    // Every number or text of the year's national and regional indicators gives one.
    const yearly = questions.filter((q) => /^activite\.\{annee\}\.(indicateurs|regionaux)\./.test(q.path) || q.path === 'activite.{annee}.medecins_actifs');
    expect(yearly.filter((q) => !q.indicateur).map((q) => q.path)).toEqual([]);
    expect(questions.filter((q) => q.indicateur && !q.path.startsWith('activite.{annee}.')).map((q) => q.path)).toEqual([]);
  });

  it('the words of a choice are the schema’s (the rapport prints a mission’s state by them)', () => {
    const etat = schemaAt('/activite/2027/missions/avis_specialise/etat')!;
    const choices = (etat.anyOf as Array<{ enum?: string[]; enumDescriptions?: string[] }>).find((b) => b.enum)!;
    const q = questions.find((x) => x.path === 'activite.{annee}.missions.avis_specialise.etat')!;
    expect(q.choices).toEqual(choices.enum!.map((id, i) => ({ id, label: choices.enumDescriptions![i] })));
  });
});

/** The TRE_R38 nomenclature as published (a copy kept beside the referential): code → official label. */
function nomenclature(): Map<string, string> {
  const [header, ...lines] = readFileSync(join(ROOT, 'src/referentiels/tre-r38-specialites-medecins.tsv'), 'utf8').trim().split('\n');
  expect(header!.split('\t').slice(0, 2)).toEqual(['code', 'display']);
  return new Map(lines.map((l) => l.split('\t')).map(([code, display]) => [code!, display!]));
}

describe('specialties: the whole TRE_R38 nomenclature of médecins', () => {
  const byId = new Map(specialites.map((s) => [s.id, s]));
  const codesOf = (id: string) => [...byId.get(id)!.codes].sort();

  it('the copy of the nomenclature holds the 95 codes SM01–SM95', () => {
    expect([...nomenclature().keys()]).toEqual(Array.from({ length: 95 }, (_, i) => `SM${String(i + 1).padStart(2, '0')}`));
    expect(nomenclature().get('SM62')).toBe('Endocrinologie, diabétologie, nutrition (SM)');
  });

  it('every code of the nomenclature belongs to exactly one specialty, and no other code is used', () => {
    const owners = new Map<string, string[]>();
    for (const s of specialites) for (const c of s.codes) owners.set(c, [...(owners.get(c) ?? []), s.id]);
    const codes = [...nomenclature().keys()];
    expect(codes.filter((c) => owners.get(c)?.length !== 1)).toEqual([]);
    expect([...owners.keys()].filter((c) => !codes.includes(c))).toEqual([]);
  });

  it('contract ids and codes (dossier-format.md « Specialty referential »)', () => {
    expect(codesOf('cardiologie')).toEqual(['SM04', 'SM73', 'SM79', 'SM80', 'SM81']);
    expect(byId.get('cardiologie')!.libelle).toBe('Cardiologie et maladies vasculaires');
    expect(codesOf('dermatologie')).toEqual(['SM15']);
    expect(codesOf('pneumologie')).toEqual(['SM41', 'SM91']);
    expect(codesOf('pediatrie')).toEqual(['SM40', 'SM87', 'SM88', 'SM89', 'SM90']);
    expect(codesOf('psychiatrie')).toEqual(['SM42', 'SM93']);
    expect(codesOf('pedopsychiatrie')).toEqual(['SM43', 'SM92']);
    expect(byId.get('medecine-generale')).toMatchObject({ eligible: false, codes: ['SM26', 'SM53', 'SM54'] });
  });

  it.each([
    ['endocrinologie', ['SM16', 'SM62']],
    ['hematologie', ['SM21', 'SM22', 'SM23', 'SM71']],
    ['gynecologie-obstetrique', ['SM20', 'SM51']],
    ['gynecologie-medicale', ['SM19', 'SM52']],
    ['medecine-interne', ['SM27', 'SM72']],
    ['nephrologie', ['SM30', 'SM83']],
    ['neurologie', ['SM32', 'SM84']],
    ['ophtalmologie', ['SM38', 'SM85']],
    ['orl', ['SM34', 'SM39', 'SM86']],
    ['medecine-vasculaire', ['SM61']],
    ['maladies-infectieuses', ['SM58']],
    ['radiologie', ['SM44', 'SM55', 'SM74', 'SM94']],
    ['chirurgie-viscerale', ['SM14', 'SM78']],
    ['chirurgie-pediatrique', ['SM09', 'SM69', 'SM70']],
    ['chirurgie-maxillo-faciale', ['SM06', 'SM07', 'SM68', 'SM77']],
    ['anesthesie-reanimation', ['SM02', 'SM76']],
    ['biologie-medicale', ['SM03', 'SM63', 'SM64', 'SM65', 'SM66', 'SM67']],
  ])('%s = %j (pre-2017 titles, 2017-reform titles and their options)', (id, codes) => {
    expect(codesOf(id)).toEqual(codes);
  });

  it('every specialty but médecine générale may found an ESS, and says why not when it may not', () => {
    expect(specialites.filter((s) => !s.eligible).map((s) => s.id)).toEqual(['medecine-generale']);
    for (const s of specialites) expect(Boolean(s.motif), s.id).toBe(!s.eligible);
    expect(specialites.length).toBeGreaterThanOrEqual(45);
  });

  it('ids are lowercase ASCII words joined by hyphens; labels are French, unique, and the list is in their order', () => {
    for (const s of specialites) expect(s.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(new Set(specialites.map((s) => s.id)).size).toBe(specialites.length);
    expect(new Set(specialites.map((s) => s.libelle)).size).toBe(specialites.length);
    for (const s of specialites) expect(s.libelle).toMatch(/^\p{Lu}[\p{L} ,’-]+$/u);
    const eligible = specialites.filter((s) => s.eligible).map((s) => s.libelle);
    expect(eligible).toEqual([...eligible].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(specialites.at(-1)!.id).toBe('medecine-generale');
  });

  it('each has its usual names, and each usual name leads to it alone', () => {
    expect(byId.get('cardiologie')!.noms_usuels).toEqual(expect.arrayContaining(['cardiologue', 'cardio']));
    expect(byId.get('dermatologie')!.noms_usuels).toContain('dermato');
    expect(byId.get('pediatrie')!.noms_usuels).toContain('pédiatre');
    expect(byId.get('orl')!.noms_usuels).toContain('ORL');
    expect(byId.get('gastro-enterologie')!.noms_usuels).toContain('gastro');
    for (const s of specialites) {
      expect(s.noms_usuels?.length, s.id).toBeGreaterThan(0);
      for (const name of namesOf(s)) expect(resolveSpecialite(name)?.id, name).toBe(s.id);
    }
  });

  it('keeps its source: the nomenclature, its version and OID', () => {
    expect(specialitesData.source).toMatch(/TRE_R38.*20260730120000.*1\.2\.250\.1\.213\.2\.28/);
    expect(specialitesData.nomenclature).toBe('tre-r38-specialites-medecins.tsv');
  });
});

describe('the schema\'s specialty list is generated from the referential', () => {
  const def = resolveRef('#/$defs/specialite/anyOf/0') as { enum: string[]; enumDescriptions: string[] };

  it('enum = the ids, enumDescriptions = their French labels, in the same order', () => {
    expect(def.enum).toEqual(specialites.map((s) => s.id));
    expect(def.enumDescriptions).toHaveLength(def.enum.length);
    specialites.forEach((s, i) => expect(def.enumDescriptions[i]!.startsWith(s.libelle), s.id).toBe(true));
    expect(def.enumDescriptions.at(-1)).toBe('Médecine générale (impossible pour une ESS)');
  });

  it('schemas/dossier.schema.json and docs/specialites.md are up to date (run `node scripts/sync-schema.mjs` after editing the referential)', () => {
    expect(readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8')).toBe(syncedSchema());
    expect(readFileSync(join(ROOT, 'docs/specialites.md'), 'utf8')).toBe(specialitesDoc());
  });

  it('a changed referential changes the schema there only', () => {
    const text = readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8');
    const changed = syncedSchema(text, [...specialites, { id: 'zz-test', libelle: 'Essai', codes: [], eligible: true }]);
    expect(changed.split('\n').length).toBe(text.split('\n').length + 2);
    const [before, after] = [JSON.parse(text), JSON.parse(changed)];
    expect(after.$defs.specialite.anyOf[0].enum.at(-1)).toBe('zz-test');
    expect(after.$defs.specialite.anyOf[0].enumDescriptions.at(-1)).toBe('Essai');
    delete before.$defs.specialite;
    delete after.$defs.specialite;
    expect(after).toEqual(before);
  });

  it('compiles with ajv in strict mode once the annotation keywords are declared, and not without', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8'));
    const strict = (keywords: readonly string[]) => {
      // Formats are not the point here: known, not checked.
      const ajv = new Ajv2020({ allErrors: true, strict: true, keywords: [...keywords], formats: { date: true, email: true } });
      return ajv.compile(schema);
    };
    expect(() => strict([])).toThrow(/enumDescriptions|patternErrorMessage|x-ess/);
    const validate = strict(EDITOR_KEYWORDS);
    expect(validate({ version: 1, ess: { specialite: 'endocrinologie' } })).toBe(true);
    expect(validate({ version: 1, ess: { specialite: 'Endocrinologie' } })).toBe(false);
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
