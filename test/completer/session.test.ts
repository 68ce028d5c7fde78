// Whole `ess completer` sessions, driven in-process: the real prompts (and the multi-line one)
// wired to @inquirer/testing's virtual screen, on a copy of the lettre sample (its projet answers
// are « À COMPLÉTER »). A paste is sent as the terminal sends it in bracketed paste mode.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import * as inquirer from '@inquirer/prompts';
import { describe, expect, it } from 'vitest';
import { completer, EXIT_INTERRUPTED } from '../../src/commands/completer.js';
import type { CompleterPrompts } from '../../src/completer/session.js';
import { multilinePrompt } from '../../src/wizard/prompts/multiline.js';
import { checkDossier } from '../../src/check.js';
import { decodeDossier } from '../../src/dossier/read.js';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE, tempDir } from '../helpers/cli.js';
import { buildDossierYaml } from '../../src/wizard/build-yaml.js';
import { settle } from '../wizard/session.js';

const prompts: CompleterPrompts = {
  input: wrapPrompt(inquirer.input) as CompleterPrompts['input'],
  select: wrapPrompt(inquirer.select) as CompleterPrompts['select'],
  checkbox: wrapPrompt(inquirer.checkbox) as CompleterPrompts['checkbox'],
  confirm: wrapPrompt(inquirer.confirm) as CompleterPrompts['confirm'],
  search: wrapPrompt(inquirer.search) as CompleterPrompts['search'],
  multiline: wrapPrompt(multilinePrompt) as CompleterPrompts['multiline'],
};

function start(options: { editor?: (text: string) => string; text?: string; file?: string; etape?: 'lettre' | 'projet' } = {}) {
  const file = options.file ?? join(tempDir('ess-completer-'), 'dossier-ess.yaml');
  if (options.text) writeFileSync(file, options.text);
  else if (!options.file) copyFileSync(LETTRE_SAMPLE, file);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const deps = { prompts, interactive: true, stdout: (t: string) => void stdout.push(t), stderr: (t: string) => void stderr.push(t), editor: options.editor ?? null, columns: 100 };
  const result = completer(file, options.etape ? { etape: options.etape } : {}, deps);
  return { file, result, stdout, stderr };
}

const check = (file: string) => checkDossier(decodeDossier(file, readFileSync(file)), 'projet');

/** Lines typed one by one, each ended by Entrée, as a person types them. */
async function typeLines(...lines: string[]): Promise<void> {
  for (const line of lines) {
    if (line) screen.type(line);
    screen.keypress('enter');
    await settle(50);
  }
}

/**
 * A paste as the terminal sends it once the prompt enabled bracketed paste: ESC[200~ … ESC[201~.
 * A long paste reaches the program in several reads: a pause after each line break, so that only
 * the brackets tell the blank line from a typed Entrée.
 */
async function paste(text: string): Promise<void> {
  screen.keypress({ name: 'paste-start' });
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line) screen.type(line);
    if (i < lines.length - 1) {
      screen.keypress('enter');
      await settle(50);
    }
  }
  screen.keypress({ name: 'paste-end' });
  await settle(50);
}

const TWO_PARAGRAPHS = 'Premier paragraphe : la population « âgée » du Limousin.\nSuite du premier, avec un # dans le texte.\n\nSecond paragraphe, après une ligne vide.';

describe('ess completer, a whole session', () => {
  it('saves a paste with its paragraphs and a typed answer at once, keeps a skipped placeholder, and Ctrl-C keeps what was saved', async () => {
    const original = readFileSync(LETTRE_SAMPLE, 'utf8');
    const before = check(LETTRE_SAMPLE).progress!;
    const { file, result, stdout, stderr } = start();
    await settle(1000);
    expect(stdout.join('')).toContain(`${before.answered} réponses rédigées sur ${before.total} pour le projet de santé`);

    // Date of the projet: the same check as init (a French date is written as ISO).
    expect(screen.getScreen()).toContain('Date du projet de santé');
    await typeLines('31/02/2026');
    expect(screen.getScreen()).toContain('31 février');
    for (let i = 0; i < 10; i++) screen.keypress('backspace');
    await typeLines('15/11/2026');
    expect(readFileSync(file, 'utf8')).toMatch(/^ {2}date: 2026-11-15$/m);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);

    // État de santé: pasted, two paragraphs; the lines stay on screen; one typed Entrée ends it.
    expect(stdout.join('')).toContain('2. Diagnostic territorial');
    expect(screen.getScreen()).toContain('Etat de santé');
    await paste(`${TWO_PARAGRAPHS}\n`);
    expect(screen.getScreen()).toContain('Second paragraphe');
    expect(readFileSync(file, 'utf8')).toContain('etat_sante: À COMPLÉTER');
    await typeLines('');
    const afterPaste = readFileSync(file, 'utf8');
    expect(afterPaste).toContain(
      '  etat_sante: |\n    Premier paragraphe : la population « âgée » du Limousin.\n    Suite du premier, avec un # dans le texte.\n\n    Second paragraphe, après une ligne vide.\n',
    );

    // Offre de soins: typed over two lines, Entrée on the empty third line ends it.
    await typeLines('Douze dermatologues libéraux.', 'Délais de 6 mois.', '');
    expect(readFileSync(file, 'utf8')).toContain('  offre_de_soins: |\n    Douze dermatologues libéraux.\n    Délais de 6 mois.\n');

    // Besoins des CPTS: Entrée at once leaves it for later.
    await typeLines('');
    // Fragilités: typing, then Ctrl-C.
    screen.type('une réponse pas finie');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await result).toBe(EXIT_INTERRUPTED);
    expect(stderr.join('')).toContain('3 réponse(s) enregistrée(s)');
    expect(stderr.join('')).toContain(`${file}.bak`);

    const text = readFileSync(file, 'utf8');
    expect(text).toContain('besoins_cpts: À COMPLÉTER');
    expect(text).toContain('fragilites_parcours: À COMPLÉTER');
    expect(text).not.toContain('pas finie');
    // The comments of the file are kept, and only the answers changed.
    expect(text.startsWith(original.split('version: 1')[0]!)).toBe(true);
    expect(text.split('\n').filter((l) => l.trimStart().startsWith('#'))).toEqual(original.split('\n').filter((l) => l.trimStart().startsWith('#')));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);

    // `check` reads the answers: valid, three more answers, none of them reported.
    const after = check(file);
    expect(after.results.filter((f) => f.rule === 'yaml' || f.rule === 'schema')).toEqual([]);
    expect(after.progress!.answered).toBe(before.answered + 3);
    const aCompleter = after.results.filter((f) => f.rule === 'a-completer').map((f) => f.path);
    expect(aCompleter).not.toContain('/diagnostic/etat_sante');
    expect(aCompleter).toContain('/diagnostic/besoins_cpts');
    expect((after.dossier as { diagnostic: { etat_sante: string } }).diagnostic.etat_sante).toBe(`${TWO_PARAGRAPHS}\n`);
  });

  it('a paste without bracketed paste: the keys that follow an Entrée at once are part of it', async () => {
    const { file, result } = start();
    await settle(1000);
    await typeLines('');
    // All the keys of a paste arrive in one burst: the blank line is kept, the answer goes on.
    screen.type('Ligne un');
    screen.keypress('enter');
    screen.keypress('enter');
    screen.type('Ligne trois');
    screen.keypress('enter');
    await settle(50);
    await typeLines('');
    expect(readFileSync(file, 'utf8')).toContain('  etat_sante: |\n    Ligne un\n\n    Ligne trois\n');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await result).toBe(EXIT_INTERRUPTED);
  });

  it('Ctrl-E continues the answer in the text editor, then Entrée saves it', async () => {
    const edited: string[] = [];
    const { file, result } = start({
      editor: (text) => {
        edited.push(text);
        return `${text}\nAjouté dans l’éditeur.\n`;
      },
    });
    await settle(1000);
    await typeLines('');
    expect(screen.getScreen()).toContain('Ctrl-E');
    await typeLines('Écrit dans le terminal.');
    screen.keypress({ name: 'e', ctrl: true });
    await settle(100);
    expect(edited).toEqual(['Écrit dans le terminal.']);
    expect(screen.getScreen()).toContain('Ajouté dans l’éditeur.');
    await typeLines('');
    expect(readFileSync(file, 'utf8')).toContain('  etat_sante: |\n    Écrit dans le terminal.\n    Ajouté dans l’éditeur.\n');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await result).toBe(EXIT_INTERRUPTED);
  });

  it('structured answers with init’s checks: the dérogation below 10, the statut removes the SIRET line, a date, a partner through the wizard’s dialogue', async () => {
    const { file, result, stdout } = start({ text: buildDossierYaml({}, { schemaRef: 'dossier.schema.json' }) });
    await settle(1000);
    expect(stdout.join('')).toContain('0 réponse rédigée sur');
    expect(stdout.join('')).toContain('pour la lettre d’intention');
    await typeLines('ESS Test');
    screen.type('dermato');
    await settle(100);
    await typeLines('');
    screen.keypress('space');
    await typeLines('');
    await typeLines('8');
    // Fewer than 10 médecins: the dérogation is offered, as in init; its motif is a long answer.
    expect(screen.getScreen()).toContain('demande de dérogation ?');
    await typeLines('', 'Zone en tension : deux dermatologues partent en 2027.', '');
    expect(readFileSync(file, 'utf8')).toContain('  derogation:\n    motif: |\n      Zone en tension : deux dermatologues partent en 2027.\n');
    screen.keypress('down');
    screen.keypress('down');
    await typeLines('');
    expect(readFileSync(file, 'utf8')).not.toContain('siret');
    expect(stdout.join('')).toContain('siret » retiré du fichier');
    await typeLines('');
    await typeLines('2/9/2026');
    expect(readFileSync(file, 'utf8')).toMatch(/^ {2}date_depot_prefecture: 2026-09-02$/m);
    for (let i = 0; i < 13; i++) await typeLines('');
    expect(screen.getScreen()).toContain('Ajouter un partenaire');
    await typeLines('', 'CPTS du Test', '', 'Adressage réciproque', '', 'n');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('partenaires:\n  - nom: CPTS du Test\n    type: ');
    expect(text).toContain('    cooperation: |\n      Adressage réciproque\n');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await result).toBe(EXIT_INTERRUPTED);
    const after = check(file);
    expect(after.results.filter((f) => f.rule === 'yaml' || f.rule === 'schema')).toEqual([]);
    expect(after.dossier!.ess!.specialite).toBe('dermatologie');
    expect(after.dossier!.territoire!.departements).toEqual(['16']);
    expect(after.dossier!.territoire!.medecins_specialite).toBe(8);
  });

  it('a file that is not valid YAML: a French message that sends to check, nothing written', async () => {
    const broken = 'version: 1\ness:\n  nom: ESS\n   specialite: [\n';
    const { file, result } = start({ text: broken });
    await expect(result).rejects.toThrow(/ne peut pas être repris.*ess check/s);
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });

  it('the format of a one-line answer comes from its schema type: a code postal, an RPPS already in the list', async () => {
    const text = readFileSync(COMPLETE_SAMPLE, 'utf8')
      .replace('code_postal: "64100"', 'code_postal: À COMPLÉTER')
      .replace('{ nom: Lacoste, prenom: Julien, rpps: "10043216737",', '{ nom: Lacoste, prenom: Julien, rpps: À COMPLÉTER,');
    // The lettre first (its code postal is missing); the adhérents are due for the projet.
    const lettre = start({ text });
    await settle(1000);
    expect(lettre.stdout.join('')).toContain('pour la lettre d’intention');
    expect(screen.getScreen()).toContain('Code postal');
    await typeLines('641');
    expect(screen.getScreen()).toContain('Code postal attendu');
    await typeLines('00');
    expect(await lettre.result).toBe(0);
    expect(readFileSync(lettre.file, 'utf8')).toContain('code_postal: "64100"');
    expect(lettre.stdout.join('')).toContain('ess render');

    const projet = start({ file: lettre.file, etape: 'projet' });
    await settle(1000);
    expect(screen.getScreen()).toContain('n° 2 (Julien Lacoste)');
    await typeLines('10071968035');
    expect(screen.getScreen()).toContain('déjà');
    for (let i = 0; i < 11; i++) screen.keypress('backspace');
    await typeLines('10043216737');
    expect(await projet.result).toBe(0);
    expect(readFileSync(lettre.file, 'utf8')).toContain('{ nom: Lacoste, prenom: Julien, rpps: "10043216737",');
    expect(readFileSync(lettre.file, 'utf8')).toBe(readFileSync(COMPLETE_SAMPLE, 'utf8'));
  });
  it('Entrée on the partner\'s name after the default « Oui » leaves the list: no trap with Ctrl-C as the only way out', async () => {
    const sample = readFileSync(COMPLETE_SAMPLE, 'utf8');
    const blank = '  - nom: À COMPLÉTER\n    type: À COMPLÉTER\n    cooperation: |\n      À COMPLÉTER\n    formalisation: À COMPLÉTER\n';
    const text = sample.replace(/^partenaires:\n(?:(?: .*)?\n)+?(?=\S)/m, `partenaires:\n${blank}\n`);
    expect(text).not.toBe(sample);
    const session = start({ text, etape: 'projet' });
    await settle(1000);
    expect(screen.getScreen()).toContain('Ajouter un partenaire du projet ?');
    await typeLines('');
    expect(screen.getScreen()).toContain('Nom de la structure (vide : aucun partenaire de plus)');
    await typeLines('');
    expect(await session.result).toBe(0);
    expect(readFileSync(session.file, 'utf8')).toBe(text);
  });
});
