import { draftPath } from '../../src/wizard/draft.js';
import { pathToFileURL } from 'node:url';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { init } from '../../src/commands/init.js';
import { ROOT, ess, tempDir } from '../helpers/cli.js';
import { structuralFindings, structuralFindingsOf } from './helpers.js';
import { answer, ctrlC, fastForwardToAdherents, screen, sees, settle, startInit } from './session.js';

const MINE = 'version: 1\n# mon dossier, à ne pas perdre\n';

describe('ess init: nothing the user wrote is lost', () => {
  it('refuses an existing file before asking anything: exit 2, file untouched', async () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    writeFileSync(file, MINE);
    await expect(init(file, {}, { interactive: true, prompts: undefined })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('existe déjà : rien n’a été modifié'),
    });
    const r = ess(['init', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`ess : ${file} existe déjà : rien n’a été modifié. Choisissez un autre nom, ou relancez avec --force`);
    expect(readFileSync(file, 'utf8')).toBe(MINE);
    expect(readdirSync(dir)).toEqual(['dossier.yaml']);
  });

  it('with --force, keeps the old file as FICHIER.bak and writes the new one', async () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    writeFileSync(file, MINE);
    const s = startInit(file, { force: true });
    await fastForwardToAdherents();
    await answer(''); // saisir un par un
    await answer(''); // no adhérent
    sees('Que faire ?');
    await answer('');
    expect(await s.result).toBe(0);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(MINE);
    expect(s.stdout.join('')).toContain(`L’ancien fichier est gardé dans ${file}.bak.`);
    expect(structuralFindingsOf(file)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['dossier.yaml', 'dossier.yaml.bak']);
  });

  it('Ctrl-C at the first prompt, nothing answered: no confirmation, exit 130, no file at all', async () => {
    const dir = tempDir();
    const s = startInit(join(dir, 'dossier.yaml'));
    await settle(2000);
    sees("Nom de l'ESS");
    await ctrlC();
    expect(await s.result).toBe(130);
    expect(s.stderr.join('')).toBe('Abandon. Aucune réponse n’était donnée : aucun fichier écrit.\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('Ctrl-C at a prompt asks to confirm; « oui » keeps the answers in a draft (0600), never the dossier', async () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    const s = startInit(file);
    await settle(2000);
    await answer('ESS interrompue');
    sees('Spécialité médicale');
    await ctrlC();
    sees(`Quitter ? Vos réponses seront gardées dans le brouillon ${draftPath(file)}`);
    await answer(''); // oui (the default)
    expect(await s.result).toBe(130);
    expect(s.stderr.join('')).toBe(
      `Abandon : le dossier n’est pas écrit.\nVos réponses sont gardées dans le brouillon ${draftPath(file)}.\nPour les reprendre : ess init ${file}\n`,
    );
    expect(readdirSync(dir)).toEqual([]); // Ctrl-C leaves no file behind in the folder (cli.md)
    expect(statSync(draftPath(file)).mode & 0o777).toBe(0o600);
    const draft = JSON.parse(readFileSync(draftPath(file), 'utf8'));
    expect(draft).toMatchObject({ format: 'ess-init-brouillon', etape: 'identification', recapitulatif_atteint: false, reponses: { ess: { nom: 'ESS interrompue' } } });
  });

  it('Ctrl-C at the review: « non » goes back to the review; a second Ctrl-C at the confirmation quits; --force leaves the old file as it was', async () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    writeFileSync(file, MINE);
    const s = startInit(file, { force: true });
    await fastForwardToAdherents();
    await answer('');
    await answer('');
    sees('Que faire ?');
    await ctrlC();
    sees('Quitter ?');
    await answer('n');
    sees('Que faire ?');
    await ctrlC();
    sees('Quitter ?');
    await ctrlC();
    expect(await s.result).toBe(130);
    expect(readFileSync(file, 'utf8')).toBe(MINE);
    expect(readdirSync(dir).sort()).toEqual(['dossier.yaml']);
    expect(JSON.parse(readFileSync(draftPath(file), 'utf8'))).toMatchObject({ etape: 'recapitulatif', recapitulatif_atteint: true });
  });

  it('« Quitter » at the review asks to confirm, then keeps the draft: no dossier', async () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    const s = startInit(file);
    await fastForwardToAdherents();
    await answer('');
    await answer('');
    sees('Que faire ?');
    screen.keypress('up'); // the last choice
    await settle();
    sees('❯ Quitter sans écrire le dossier (réponses gardées dans un brouillon)');
    await answer('');
    sees('Quitter ?');
    await answer('o');
    expect(await s.result).toBe(130);
    expect(s.stderr.join('')).toContain('Abandon : le dossier n’est pas écrit.');
    expect(existsSync(file)).toBe(false);
    expect(existsSync(draftPath(file))).toBe(true);
  });
});

describe('ess init without a terminal (built binary)', () => {
  it('no TTY: a French notice on stderr, the full skeleton written, no question, no hang', () => {
    const dir = tempDir();
    const r = ess(['init', 'mon-dossier.yaml'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('ess init : l’entrée ou la sortie n’est pas un terminal');
    expect(r.stderr).toContain('squelette complet');
    expect(r.stdout).toContain('Dossier écrit : mon-dossier.yaml');
    expect(r.stdout).toContain('ess check mon-dossier.yaml');
    expect(r.stdout).toContain('ess render mon-dossier.yaml');
    const text = readFileSync(join(dir, 'mon-dossier.yaml'), 'utf8');
    expect(structuralFindings(text)).toEqual([]);
    expect(text).toContain('nom: À COMPLÉTER');
    // The modeline leads to this package's schema: a dossier outside the program's folder gets
    // the file URL of the schema (a relative path would break when either moves).
    const ref = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split('\n')[0]!)?.[1];
    expect(ref).toBe(pathToFileURL(join(ROOT, 'schemas', 'dossier.schema.json')).href);
    const check = ess(['check', join(dir, 'mon-dossier.yaml'), '--format', 'json']);
    const rules = new Set((JSON.parse(check.stdout) as { results: Array<{ rule: string }> }).results.map((f) => f.rule));
    expect(rules.has('schema')).toBe(false);
    expect(rules.has('yaml')).toBe(false);
  });

  it('--non-interactif: the same skeleton, without the notice; default file dossier-ess.yaml', () => {
    const dir = tempDir();
    const r = ess(['init', '--non-interactif'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(structuralFindingsOf(join(dir, 'dossier-ess.yaml'))).toEqual([]);
    const first = readFileSync(join(dir, 'dossier-ess.yaml'), 'utf8');
    // Every answer of the projet is in the skeleton, among them the modalités d'actualisation (cahier §VI.B.3).
    expect(first).toMatch(/^gouvernance:\n(  .*\n|#.*\n)*  actualisation: \|\n    À COMPLÉTER$/m);
    expect(ess(['init', '--non-interactif'], { cwd: dir }).status).toBe(2);
    const forced = ess(['init', '--non-interactif', '--force'], { cwd: dir });
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('L’ancien fichier est gardé dans dossier-ess.yaml.bak.');
    expect(readFileSync(join(dir, 'dossier-ess.yaml.bak'), 'utf8')).toBe(first);
  });
});
