// Issue 13, items 2, 3, 4, 8, 10: what a shared or damaged dossier must not do to `ess`.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ess, lineOf, mutateSample, sampleText, tempDir } from '../helpers/cli.js';
import { docxParts } from '../documents/docx-text.js';

function write(name: string, text: string | Buffer): string {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

function noStack(out: string) {
  expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|erreur inattendue|TypeError|RangeError/);
}

describe('2. dossier text never reaches the terminal as control sequences', () => {
  // ESC (colour, clear screen), OSC (window title) ended by BEL, a C1 CSI, a right-to-left override.
  const hostile = String.raw`\e[2J\e]0;pirate\a\x9b31m\u202Etxt.exe`;
  const file = mutateSample([
    ['  specialite: cardiologie\n', `  specialite: "cardio${hostile}"\n`],
    ['version: 1\n', `version: 1\n"cle${hostile}": 1\n`],
  ]);

  it('check (stylish) shows them escaped, in values and keys', () => {
    const r = ess(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout).toContain('cardio\\u001b[2J\\u001b]0;pirate\\u0007\\u009b31m\\u202etxt.exe');
    expect(r.stdout).toMatch(/Clé inconnue « cle\\u001b\[2J/);
  });

  it('the JSON output stays valid JSON', () => {
    const r = ess(['check', file, '--format', 'json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { results: Array<{ message: string }> };
    expect(json.results.some((f) => f.message.includes('cardio'))).toBe(true);
  });

  it('documents keep the text as it is (bidi marks included), dropping only what XML cannot hold', async () => {
    const dossier = mutateSample([['nom: ESS Cardiologie Côte Basque et Sud Landes', 'nom: "ESS \\u202Eabc\\u202C Côte \\e[31mBasque"']]);
    const dir = tempDir();
    expect(ess(['render', dossier, '-o', dir, '--document', 'projet']).status).toBe(0);
    const { readdirSync } = await import('node:fs');
    const parts = await docxParts(join(dir, readdirSync(dir)[0]!));
    const body = parts.get('word/document.xml')!;
    expect(body).toContain('ESS \u202eabc\u202c Côte [31mBasque');
    expect(body).not.toContain('\u001b');
  });
});

describe('3. __proto__, constructor, prototype are keys like any other', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('%s: an unknown key at its own line and column', (key) => {
    const file = mutateSample([['  specialite: cardiologie\n', `  specialite: cardiologie\n  ${key}:\n    nom: Piège\n`]]);
    const r = ess(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${file}:12:3`);
    expect(r.stdout).toContain(`Clé inconnue « ${key} »`);
    noStack(r.stdout + r.stderr);
  });

  it('__proto__ at the top level does not change what the dossier holds (version, ess.nom)', () => {
    const file = mutateSample([['version: 1\n', 'version: 1\n__proto__: { version: 2, ess: { nom: faux } }\n']]);
    const r = ess(['check', file, '--format', 'json']);
    const json = JSON.parse(r.stdout) as { results: Array<{ message: string; line: number; rule: string }> };
    const line = lineOf(sampleText(), 'version: 1') + 1;
    // The only finding: the unknown key. Neither version 2 nor a missing ess section.
    expect(json.results.filter((f) => f.rule !== 'a-completer' || f.line !== 1).map((f) => [f.line, f.message.slice(0, 26)])).toEqual([[line, 'Clé inconnue « __proto__ »']]);
  });
});

describe('4. dates: ISO or JJ/MM/AAAA; an impossible one is an error however written', () => {
  const base = sampleText();
  const dateLine = lineOf(base, '  date: 2026-11-15');

  it.each([
    ['plain ISO', 'date: 2027-02-30', ''],
    ['quoted ISO', 'date: "2027-02-30"', ''],
    ['French', 'date: 30/02/2027', ''],
    ['quoted French', "date: '30/02/2027'", ''],
    ['!!timestamp', 'date: !!timestamp 2027-02-30', ''],
    ['YAML 1.1 file', 'date: 2027-02-30', '%YAML 1.1\n---\n'],
  ])('%s: « le 30 février 2027 n’existe pas », at the field, never rolled over', (_name, replacement, prefix) => {
    const file = write('d.yaml', prefix + base.replace('  date: 2026-11-15', `  ${replacement}`));
    const r = ess(['check', file]);
    expect(r.status).toBe(1);
    const line = dateLine + (prefix ? 2 : 0);
    expect(r.stdout).toMatch(new RegExp(`${file}:${line}:\\d+\\s.*le 30 février 2027 n’existe pas`));
    expect(r.stdout).not.toMatch(/2 mars 2027|2027-03-02/);
  });

  it('31/04, 29/02 of a common year, month 13: each named', () => {
    for (const [written, said] of [
      ['31/04/2027', 'le 31 avril 2027 n’existe pas'],
      ['2026-02-29', 'le 29 février 2026 n’existe pas'],
      ['15/13/2026', 'le mois 13 n’existe pas'],
    ]) {
      const r = ess(['check', write('d.yaml', base.replace('  date: 2026-11-15', `  date: ${written}`))]);
      expect(r.stdout).toContain(said);
    }
  });

  it('a French date is read as the ISO one: same verdict, same deadlines, same document date', async () => {
    const french = write(
      'fr.yaml',
      base
        .replace(/date: (\d{4})-(\d{2})-(\d{2})/g, (_m, y: string, mo: string, d: string) => `date: ${d}/${mo}/${y}`)
        .replace(/date_depot: (\d{4})-(\d{2})-(\d{2})/, (_m, y: string, mo: string, d: string) => `date_depot: ${Number(d)}/${Number(mo)}/${y}`),
    );
    expect(french).toBeTruthy();
    const iso = JSON.parse(ess(['check', write('iso.yaml', base), '--format', 'json']).stdout) as { results: unknown[]; summary: unknown };
    const fr = JSON.parse(ess(['check', french, '--format', 'json']).stdout) as { results: unknown[]; summary: unknown };
    expect(fr.summary).toEqual(iso.summary);
    const dir = tempDir();
    expect(ess(['render', french, '-o', dir, '--document', 'projet']).status).toBe(0);
    const { readdirSync } = await import('node:fs');
    const body = (await docxParts(join(dir, readdirSync(dir)[0]!))).get('word/document.xml')!;
    expect(body).toContain('15 novembre 2026');
    expect(body).not.toContain('15/11/2026');
  });

  it('a late French date is caught by the deadline rules as the ISO one', () => {
    const late = write('late.yaml', base.replace('  date: 2026-11-15', '  date: 15/11/2029'));
    const r = ess(['check', late]);
    expect(r.stdout).toMatch(/\[delai-projet-sante\]/);
    expect(r.stdout).toContain('15 novembre 2029');
  });
});

const canFifo = spawnSync('mkfifo', ['--help']).status === 0;

describe('8. special files never hang or eat memory', () => {
  it.runIf(canFifo)('a FIFO as dossier, CSV-free check, or extract: refused at once', () => {
    const dir = tempDir();
    const fifo = join(dir, 'tube.yaml');
    spawnSync('mkfifo', [fifo]);
    for (const args of [['check', fifo], ['render', fifo], ['effectifs', '--annuaire', fifo, '--specialite', 'cardiologie', '--departements', '64']]) {
      const started = Date.now();
      const r = ess(args);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/tube nommé \(FIFO\), pas un fichier/);
    }
  });

  it('/dev/zero and a directory: refused at once', () => {
    let r = ess(['check', '/dev/zero']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero est un périphérique, pas un fichier/);
    r = ess(['check', '/dev/null', '--annuaire', '/dev/zero']);
    expect(r.status).toBe(2);
    r = ess(['check', tempDir()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/est un répertoire/);
  });

  it('a dossier over the size limit is refused, saying so', () => {
    const file = join(tempDir(), 'gros.yaml');
    writeFileSync(file, Buffer.alloc(33 * 1024 * 1024, 0x20));
    const r = ess(['check', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/trop volumineux \(33 Mo ; au plus 32 Mo\)/);
  });
});

describe('10. YAML edge cases are findings, not internal errors', () => {
  const expectFinding = (text: string | Buffer, message: RegExp, line = 2) => {
    const file = write('y.yaml', text);
    const r = ess(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(r.stdout).toContain(`${file}:${line}:`);
    noStack(r.stdout + r.stderr);
    return r;
  };

  it('a recursive alias', () => {
    expectFinding('version: 1\na: &a [*a]\n', /L’alias \*a est placé à l’intérieur de la valeur &a.*\[yaml\]/);
    expectFinding('version: 1\nb: &b { c: { d: *b } }\n', /L’alias \*b est placé à l’intérieur/);
  });

  it('an undefined alias says so; it is not an alias bomb', () => {
    const r = expectFinding('version: 1\nx: 1\na: *inconnu\n', /L’alias \*inconnu ne renvoie à aucune ancre &inconnu/, 3);
    expect(r.stdout).not.toMatch(/bombe/);
  });

  it('UTF-16 and UTF-32 files are named, with how to save them in UTF-8', () => {
    const text = 'version: 1\ness:\n  nom: Test\n';
    for (const [bytes, name] of [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'UTF-16'],
      [Buffer.from(text, 'utf16le'), 'UTF-16'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'UTF-16'],
      [Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...text].map((c) => Buffer.from([c.charCodeAt(0), 0, 0, 0]))]), 'UTF-32'],
    ] as const) {
      expectFinding(bytes, new RegExp(`encodé en ${name}, pas en UTF-8.*enregistrez-le « en UTF-8 »`), 1);
    }
  });

  it('old-Mac CR line ends are read, not « vide »', () => {
    const file = write('cr.yaml', sampleText().replace(/\n/g, '\r'));
    const r = ess(['check', file]);
    expect(r.stdout).not.toMatch(/vide|\[yaml\]|\[schema\]/);
    expect(r.status).toBe(0);
  });

  it('a mapping of 40,000 keys with an anchor: answered within seconds', () => {
    let text = 'version: 1\ngrand: &g\n';
    for (let i = 0; i < 40_000; i++) text += `  cle${i}: valeur ${i}\n`;
    text += 'copie: *g\n';
    const started = Date.now();
    expectFinding(text, /Clé inconnue « grand »/);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('duplicate keys are still all reported, at their lines', () => {
    const r = expectFinding('version: 1\ness:\n  nom: A\n  nom: B\n  nom: C\n', /La clé « nom » apparaît deux fois/, 4);
    expect(r.stdout).toContain(':5:3');
  });

  it.each(['0x1F', '0o17', '0xff'])('%s where a count is expected asks for decimal digits', (written) => {
    const file = mutateSample([['medecins_specialite: 182', `medecins_specialite: ${written}`]]);
    const r = ess(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`« ${written} » n’est pas écrit en chiffres décimaux`));
  });

  it('a name made only of zero-width or blank characters is not an answer', () => {
    const file = mutateSample([['nom: ESS Cardiologie Côte Basque et Sud Landes', 'nom: "\\u200B\\u200D\\u2060\\uFEFF\\u00A0 "']]);
    const r = ess(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/« Nom de l'ESS » \(ess › nom\) est vide/);
  });
});
