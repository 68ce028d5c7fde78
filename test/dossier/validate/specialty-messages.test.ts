// A specialty's label or usual name typed where the dossier expects its id gets the id to write.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { decodeDossier } from '../../../src/dossier/read.js';
import { checkDossier } from '../../../src/check.js';
import { ROOT } from '../../helpers/cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8'));

/** Every place of a dossier whose value is a specialty id, as a path of keys (0 for a list item). */
function specialtyPaths(node: Record<string, any> = schema, path: Array<string | number> = []): Array<Array<string | number>> {
  if (node.$ref === '#/$defs/specialite') return [path];
  const found: Array<Array<string | number>> = [];
  for (const [key, child] of Object.entries<Record<string, any>>(node.properties ?? {})) found.push(...specialtyPaths(child, [...path, key]));
  if (node.items) found.push(...specialtyPaths(node.items, [...path, 0]));
  return found;
}

function dossierWith(path: Array<string | number>, value: string): string {
  const root: Record<string, any> = { version: 1 };
  let node: any = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else node = node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
  });
  return stringify(root);
}

const schemaFindings = (text: string) =>
  checkDossier(decodeDossier('d.yaml', Buffer.from(text)), 'projet').results.filter((f) => f.rule === 'schema');

const paths = specialtyPaths();

describe('a specialty written as people say it', () => {
  it('covers every place of the dossier that holds a specialty id', () => {
    expect(paths.map((p) => p.join('.'))).toEqual(expect.arrayContaining(['ess.specialite', 'territoire.autres_specialites.0.specialite', 'adherents.0.specialite']));
  });

  it.each(paths.map((p) => [p.join('.'), p] as const))('%s: one schema finding at the value, suggesting the id', (_, path) => {
    const text = dossierWith(path, 'Cardiologue');
    const found = schemaFindings(text);
    expect(found).toHaveLength(1);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('Cardiologue'));
    expect(found[0]).toMatchObject({ severity: 'error', path: '/' + path.join('/'), line: line + 1, column: lines[line]!.indexOf('Cardiologue') + 1 });
    expect(found[0]!.message).toContain('« Cardiologue » n’est pas un identifiant de spécialité. Vouliez-vous dire « cardiologie » (Cardiologie et maladies vasculaires) ?');
  });

  it.each([
    ['Cardiologie', 'cardiologie'],
    ['cardiologue', 'cardiologie'],
    ['Cardiologues', 'cardiologie'],
    ['Endocrinologue', 'endocrinologie'],
    ['Endocrinologie', 'endocrinologie'],
    ['Hématologie', 'hematologie'],
    ['pédiatre', 'pediatrie'],
    ['Pneumologie', 'pneumologie'],
    ['dermato', 'dermatologie'],
    ['ORL', 'orl'],
    ['gastro', 'gastro-enterologie'],
    ['Médecine vasculaire', 'medecine-vasculaire'],
    ['Maladies infectieuses et tropicales', 'maladies-infectieuses'],
    ['généraliste', 'medecine-generale'],
    ['cardiolgie', 'cardiologie'],
  ])('« %s » → « %s »', (typed, id) => {
    const found = schemaFindings(dossierWith(['ess', 'specialite'], typed));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(new RegExp(`Vouliez-vous dire « ${id} » \\(`));
    expect(found[0]!.message).not.toContain('Identifiants possibles');
  });

  it('a name shared by two specialties: both ids', () => {
    const [finding] = schemaFindings(dossierWith(['adherents', 0, 'specialite'], 'gynécologue'));
    expect(finding!.message).toContain('Vouliez-vous dire « gynecologie-medicale » (Gynécologie médicale) ou « gynecologie-obstetrique » (Gynécologie-obstétrique) ?');
  });

  it('nothing close: every id, no guess', () => {
    const [finding] = schemaFindings(dossierWith(['ess', 'specialite'], 'astrologie'));
    expect(finding!.message).toContain('« astrologie » n’est pas une spécialité connue. Identifiants possibles : allergologie, anatomie-cytologie-pathologiques,');
    expect(finding!.message).not.toMatch(/vouliez-vous/i);
  });

  it('ids themselves pass', () => {
    for (const path of paths) expect(schemaFindings(dossierWith(path, 'endocrinologie'))).toEqual([]);
  });
});
