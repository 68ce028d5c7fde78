import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EffectifsCounter } from '../../src/annuaire/effectifs.js';
import { scanExtract } from '../../src/annuaire/scan.js';
import type { ActivityRow } from '../../src/annuaire/definitions.js';
import { InputError } from '../../src/core/errors.js';
import { generateBigExtract } from '../../scripts/annuaire-extract.mjs';
import { tempDir } from '../helpers/cli.js';
import { COLUMNS_52, COLUMNS_56, ENTRY_NAME, extractText, writeExtract, writeZip, type ExtractRow } from './helpers.js';

const CARDIO = ['SM04', 'SM73', 'SM79', 'SM80', 'SM81'];

async function count(file: string, codes: string[], departements: string[]) {
  const counter = new EffectifsCounter(codes, departements);
  await scanExtract(file, { patterns: counter.patterns, onPatternRow: (row) => counter.add(row) });
  return counter.result();
}

async function rowsOf(file: string, ids: string[]): Promise<ActivityRow[]> {
  const rows: ActivityRow[] = [];
  await scanExtract(file, { ids: new Set(ids), onIdRow: (row) => rows.push(row) });
  return rows;
}

/** The definition of docs/contributing/annuaire.md, written the slow and obvious way, to check the fast reader. */
function reference(text: string, codes: string[], departements: string[]) {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).filter(Boolean);
  const header = lines[0]!.split('|');
  const col = (name: string) => header.indexOf(name);
  const byDept = new Map(departements.map((d) => [d, new Set<string>()]));
  const all = new Set<string>();
  for (const line of lines.slice(1)) {
    const f = line.split('|');
    let id = f[col('Identifiant PP')]!;
    if (id.length === 12 && id[0] === '8') id = id.slice(1);
    const commune = f[col('Code commune (coord. structure)')]!;
    const cp = f[col('Code postal (coord. structure)')]!;
    const d = commune ? (/^9[78]/.test(commune) ? commune.slice(0, 3) : commune.slice(0, 2)) : f[col('Code Département (structure)')] || (/^9[78]/.test(cp) ? cp.slice(0, 3) : cp.slice(0, 2));
    if (f[col('Code profession')] === '10' && codes.includes(f[col('Code savoir-faire')]!) && f[col('Code mode exercice')] === 'L' && byDept.has(d)) {
      byDept.get(d)!.add(id);
      all.add(id);
    }
  }
  return { departements: Object.fromEntries([...byDept].map(([d, s]) => [d, s.size])), total: all.size };
}

const person = (id: string, more: Partial<ExtractRow> = {}): ExtractRow => ({ id, nom: 'ETCHEVERRY', prenom: 'MAITE', sf: 'SM04', mode: 'L', commune: '64102', ...more });

describe('scanExtract: the count matches the definition exactly', () => {
  const rows: ExtractRow[] = [
    person('10071968035'), // counted in 64
    person('10071968035', { commune: '40192' }), // same person, second activity: in 40 too, once in total
    person('10043216737', { sf: 'SM73', commune: '', dept: '', cp: '40100' }), // only a postal code
    person('10001601219', { commune: '', dept: '64', cp: '33000' }), // département column before postal code
    person('10090943837', { mode: 'S' }), // salarié
    person('10010763422', { mode: 'B' }), // bénévole
    person('10086584579', { profession: '60' }), // not a médecin
    person('10082003723', { sf: 'SM15' }), // other specialty
    person('10033043307', { commune: '33063' }), // outside the territory
    person('10041243931', { commune: '33063', dept: '64', cp: '64100' }), // the commune wins
    person('10032946740', { mode: 'S' }),
    person('10032946740', { mode: 'L', sf: 'SM79', commune: '40088' }), // one libéral row is enough
    { ...person('10052422408'), identifiant: '810052422408' }, // identification nationale
    person('10020118021', { commune: '97411' }),
  ];

  for (const [label, columns] of [['56 columns', COLUMNS_56], ['52 columns', COLUMNS_52]] as const) {
    it(`reads the ${label} header`, async () => {
      const file = writeExtract(rows, { columns, bom: true });
      const expected = { departements: { '40': 3, '64': 3 }, total: 5 };
      expect(reference(readFileSync(file, 'utf8'), CARDIO, ['40', '64'])).toEqual(expected);
      expect(await count(file, CARDIO, ['40', '64'])).toEqual(expected);
    });
  }

  it('finds columns by name, not position (shuffled header), with CRLF lines', async () => {
    const shuffled = [...COLUMNS_56].reverse();
    const file = writeExtract(rows, { columns: shuffled, eol: '\r\n' });
    expect(await count(file, CARDIO, ['40', '64'])).toEqual({ departements: { '40': 3, '64': 3 }, total: 5 });
    expect((await rowsOf(file, ['10052422408']))[0]).toMatchObject({ id: '10052422408', nom: 'ETCHEVERRY', prenom: 'MAITE', departement: '64' });
  });

  it('reads a last line without a newline', async () => {
    const file = writeExtract([], {});
    writeFileSync(file, extractText([person('10071968035')]).trimEnd());
    expect(await count(file, CARDIO, ['64'])).toEqual({ departements: { '64': 1 }, total: 1 });
  });

  it('agrees with the reference on a generated extract of 30 000 lines, across chunk boundaries, txt and zip', async () => {
    const dir = tempDir('ess-annuaire-big-');
    const file = join(dir, ENTRY_NAME);
    generateBigExtract(file, 30_000);
    const text = readFileSync(file, 'utf8');
    const zip = writeZip([{ name: 'LISEZMOI.txt', data: 'x' }, { name: ENTRY_NAME, data: text }]);
    for (const [codes, depts] of [[CARDIO, ['40', '64']], [['SM15'], ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87']], [['SM04'], ['974', '2A']]] as const) {
      const expected = reference(text, [...codes], [...depts]);
      expect(expected.total).toBeGreaterThan(0);
      expect(await count(file, [...codes], [...depts])).toEqual(expected);
      expect(await count(zip, [...codes], [...depts])).toEqual(expected);
    }
  });
});

describe('scanExtract: the pattern pre-filter', () => {
  it('passes each line containing one of the patterns once, whatever their first bytes', async () => {
    const file = writeExtract([
      person('10071968035', { sf: 'SM04', mode: 'S' }),
      person('10043216737', { sf: 'SM73', mode: 'S' }),
      person('10001601219', { sf: 'SM15', mode: 'L' }),
      person('10090943837', { sf: 'SM04', mode: 'L' }), // two patterns on one line
      person('10010763422', { sf: 'SM15', mode: 'B' }),
    ]);
    const seen: string[] = [];
    await scanExtract(file, { patterns: ['|SM04|', '|SM73|', '|L|'], onPatternRow: (row) => seen.push(row.id) });
    expect(seen.sort()).toEqual(['10001601219', '10043216737', '10071968035', '10090943837']);
  });
});

describe('scanExtract: rows of given persons', () => {
  it('returns every activity line of the adhérents, by RPPS or identification nationale', async () => {
    const file = writeExtract([
      person('10071968035', { nom: 'SAINT-MARTIN', prenom: 'HÉLÈNE' }),
      person('10043216737'),
      person('10071968035', { commune: '', cp: '40100', mode: 'S' }),
      { ...person('10001601219'), identifiant: '810001601219' },
    ]);
    const rows = await rowsOf(file, ['10071968035', '10001601219', '10000013994']);
    expect(rows.map((r) => [r.id, r.nom, r.prenom, r.mode, r.departement])).toEqual([
      ['10071968035', 'SAINT-MARTIN', 'HÉLÈNE', 'L', '64'],
      ['10071968035', 'ETCHEVERRY', 'MAITE', 'S', '40'],
      ['10001601219', 'ETCHEVERRY', 'MAITE', 'L', '64'],
    ]);
  });
});

describe('scanExtract: files that are not an extract', () => {
  it('names the missing columns (exit 2)', async () => {
    const file = join(tempDir(), 'autre.txt');
    writeFileSync(file, "Identifiant PP|Nom d'exercice|Prénom d'exercice|\n1|A|B|\n");
    const error = await scanExtract(file, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as Error).message).toContain('« Code profession »');
    expect((error as Error).message).toContain('« Code postal (coord. structure) »');
    expect((error as Error).message).not.toContain('« Identifiant PP »');
  });

  it('refuses an empty file, a binary file without lines, and a zip without the extract', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'vide.txt'), '');
    writeFileSync(join(dir, 'bin.dat'), Buffer.alloc(3 << 20, 7));
    for (const f of ['vide.txt', 'bin.dat']) await expect(scanExtract(join(dir, f), {})).rejects.toThrow(/n’est pas un extrait/);
    const zip = writeZip([{ name: 'PS_LibreAcces_Dipl_AutExerc_202611220000.txt', data: 'a|b|\n' }]);
    await expect(scanExtract(zip, {})).rejects.toThrow(/ne contient pas de fichier PS_LibreAcces_Personne_activite/);
  });
});
