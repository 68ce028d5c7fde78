// Whole `ess completer --etape rapport --annee AAAA` sessions, driven in-process with the real
// prompts on @inquirer/testing's virtual screen: the year's report written without YAML.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import * as inquirer from '@inquirer/prompts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { completer, EXIT_INTERRUPTED } from '../../src/commands/completer.js';
import type { CompleterPrompts } from '../../src/completer/session.js';
import { multilinePrompt } from '../../src/wizard/prompts/multiline.js';
import { checkDossier } from '../../src/check.js';
import { decodeDossier } from '../../src/dossier/read.js';
import { COMPLETE_SAMPLE, tempDir } from '../helpers/cli.js';
import { settle } from '../wizard/session.js';

const prompts: CompleterPrompts = {
  input: wrapPrompt(inquirer.input) as CompleterPrompts['input'],
  select: wrapPrompt(inquirer.select) as CompleterPrompts['select'],
  checkbox: wrapPrompt(inquirer.checkbox) as CompleterPrompts['checkbox'],
  confirm: wrapPrompt(inquirer.confirm) as CompleterPrompts['confirm'],
  search: wrapPrompt(inquirer.search) as CompleterPrompts['search'],
  multiline: wrapPrompt(multilinePrompt) as CompleterPrompts['multiline'],
};

function start(annee: string, text?: string) {
  const file = join(tempDir('ess-completer-rapport-'), 'dossier-ess.yaml');
  if (text) writeFileSync(file, text);
  else copyFileSync(COMPLETE_SAMPLE, file);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const deps = { prompts, interactive: true, stdout: (t: string) => void stdout.push(t), stderr: (t: string) => void stderr.push(t), editor: null, columns: 100 };
  const result = completer(file, { etape: 'rapport', annee }, deps);
  return { file, result, stdout, stderr };
}

const check = (file: string, annee: string) => checkDossier(decodeDossier(file, readFileSync(file)), 'rapport', { annee });

/** Lines typed one by one, each ended by Entrée, as a person types them. */
async function typeLines(...lines: string[]): Promise<void> {
  for (const line of lines) {
    if (line) screen.type(line);
    screen.keypress('enter');
    await settle(50);
  }
}

/** A paste as the terminal sends it in bracketed paste mode (test/completer/session.test.ts). */
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

/** A choice of the select: `down` presses below « Plus tard », then Entrée. */
async function pick(down: number): Promise<void> {
  for (let i = 0; i < down; i++) screen.keypress('down');
  await typeLines('');
}

const COMPLEMENTAIRE = 'Part des patients vus dans les deux mois suivant une hospitalisation pour insuffisance cardiaque';

describe('ess completer --etape rapport, a whole session', () => {
  it('a year without its section: each answer saved at once in a new activite.2028, with the checks of its type; check then reports only what was left', async () => {
    const original = readFileSync(COMPLETE_SAMPLE, 'utf8');
    const { file, result, stdout } = start('2028');
    await settle(1000);
    expect(stdout.join('')).toContain('2 réponses rédigées sur 20 pour le rapport d’activité 2028');
    expect(stdout.join('')).toContain('Rapport d’activité annuel 2028');

    // A count: an integer ≥ 0; the first answer creates the year's section and keeps the backup.
    expect(screen.getScreen()).toContain('Nombre de médecins adhérents réalisant les missions');
    await typeLines('vingt');
    expect(screen.getScreen()).toContain('nombre entier, 0 ou plus');
    for (let i = 0; i < 5; i++) screen.keypress('backspace');
    await typeLines('-3');
    expect(screen.getScreen()).toContain('nombre entier, 0 ou plus');
    for (let i = 0; i < 2; i++) screen.keypress('backspace');
    await typeLines('22');
    expect(readFileSync(file, 'utf8')).toContain('\n  "2028":\n    medecins_actifs: 22\n');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);

    // The national indicators: counts (« 1 400 » as people write it) and two délais, short texts.
    await typeLines('1 400', '95', '612', '387', '48 heures', '5 jours', '4', '213');
    expect(readFileSync(file, 'utf8')).toContain(
      '    indicateurs:\n      soignants_adressants: 1400\n      medecins_traitants_adressants: 95\n      patients_pris_en_charge: 612\n      teleexpertises: 387\n' +
        '      delai_reponse_teleexpertise: 48 heures\n      delai_consultation_non_programmee: 5 jours\n      medecins_consultations_avancees: 4\n      consultations_avancees: 213\n',
    );

    // The regional indicators, optional: offered once, where the trame has them; each count saved.
    expect(screen.getScreen()).toContain('Indicateurs complémentaires régionaux pour 2028 (facultatifs)');
    await typeLines('y', '421', '');
    expect(readFileSync(file, 'utf8')).toContain('      consultations_avancees: 213\n    regionaux:\n      actes_teleexpertise_teleconsultation: 421\n');

    // The projet's own indicator, named by its text; then its qualitative one, left for later.
    expect(screen.getScreen()).toContain('Valeur pour 2028');
    expect(stdout.join('').replace(/\s+/g, ' ')).toContain(`Indicateur spécifique du projet de santé : « ${COMPLEMENTAIRE} »`);
    await typeLines('68 %');
    expect(readFileSync(file, 'utf8')).toContain(`      actes_teleexpertise_teleconsultation: 421\n    complementaires:\n      - indicateur: ${COMPLEMENTAIRE}\n        valeur: 68 %\n`);
    expect(screen.getScreen()).toContain('Résultat pour 2028');
    await typeLines('');

    // A mission: its état among the definition's words; déployée asks its date, by 31 December.
    expect(screen.getScreen()).toContain('Structuration de l\'offre de 2nd recours — État de la mission');
    expect(screen.getScreen()).toContain('En cours de déploiement');
    await pick(1);
    expect(screen.getScreen()).toContain('Date de mise en service');
    await typeLines('31/02/2028');
    expect(screen.getScreen()).toContain('Date impossible');
    for (let i = 0; i < 10; i++) screen.keypress('backspace');
    await typeLines('15/03/2029');
    expect(screen.getScreen()).toContain('au plus tard le 31/12/2028');
    for (let i = 0; i < 10; i++) screen.keypress('backspace');
    await typeLines('15/03/2028');
    // Its réalisations: a long text over two lines.
    await typeLines('Quatre coordinateurs : « bassins » # 2.', 'Créneaux parcours.', '');
    expect(readFileSync(file, 'utf8')).toContain(
      '      structuration_second_recours:\n        etat: deployee\n        date: 2028-03-15\n        realisations: |\n          Quatre coordinateurs : « bassins » # 2.\n          Créneaux parcours.\n',
    );
    // En cours: no date asked; its réalisations left for later.
    await pick(2);
    expect(screen.getScreen()).not.toContain('Date de mise en service');
    await typeLines('');
    // The optional mission, planned by this projet: non commencée.
    expect(screen.getScreen()).toContain('Consultations avancées — État de la mission');
    await pick(3);
    await typeLines('Conventions en discussion.', '');
    // The texts of the year: faits marquants, difficultés (later), perspectives.
    expect(screen.getScreen()).toContain("Faits marquants de l'année");
    await paste('Comité des partenaires installé.\n\nDeuxième paragraphe.\n');
    await typeLines('');
    await typeLines('');
    await typeLines('Ouvrir Hagetmau.', '');

    expect(await result).toBe(0);
    const out = stdout.join('').replace(/\s+/g, ' ');
    expect(out).toContain('18 réponses rédigées sur 20 pour le rapport d’activité 2028');
    expect(out).toContain('19 réponse(s) enregistrée(s)');
    expect(out).toContain('3 question(s) laissée(s) pour plus tard : relancez « ess completer');
    expect(out).toContain('--etape rapport --annee 2028 »');
    expect(out).toContain('ess render');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);

    // The rest of the file is as it was; the year 2027 untouched.
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(original)).toBe(true);
    const data = parse(text) as { activite: Record<string, Record<string, unknown>> };
    expect(data.activite['2028']!.missions).toEqual({
      structuration_second_recours: { etat: 'deployee', date: '2028-03-15', realisations: 'Quatre coordinateurs : « bassins » # 2.\nCréneaux parcours.\n' },
      avis_specialise: { etat: 'en_cours' },
      consultations_avancees: { etat: 'non_commencee', realisations: 'Conventions en discussion.\n' },
    });
    expect(data.activite['2028']!.faits_marquants).toBe('Comité des partenaires installé.\n\nDeuxième paragraphe.\n');

    // check reads it: valid, and reports as a-completer only the answers left for later.
    const after = check(file, '2028');
    expect(after.results.filter((f) => f.rule === 'yaml' || f.rule === 'schema')).toEqual([]);
    expect(after.results.filter((f) => f.severity === 'error')).toEqual([]);
    expect(after.results.filter((f) => f.rule === 'a-completer').map((f) => f.path).sort()).toEqual([
      '/activite/2028/difficultes',
      '/activite/2028/missions/avis_specialise/realisations',
    ]);
    expect(after.results.filter((f) => f.rule === 'rapport-indicateurs-projet').map((f) => f.message)).toEqual([expect.stringContaining('indicateur qualitatif')]);
    expect(after.progress).toMatchObject({ answered: 18, total: 20 });
  });

  it('a year written by hand (its key without quotes): the answers go into it, the promised indicator’s entry gets its result', async () => {
    const text = readFileSync(COMPLETE_SAMPLE, 'utf8')
      .replace('  "2027":\n', '  2027:\n')
      .replace('    medecins_actifs: 22\n', '    medecins_actifs: À COMPLÉTER\n')
      .replace(/ {8}resultat: 91 %[^\n]*\n/, '');
    const { file, result, stderr } = start('2027', text);
    await settle(1000);
    await typeLines('21');
    await typeLines('88 % de satisfaits');
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('\n  2027:\n    medecins_actifs: 21\n');
    expect(written).not.toContain('"2027"');
    expect(written).toContain('        resultat: 88 % de satisfaits\n');
    expect(check(file, '2027').results.filter((f) => f.severity !== 'info')).toEqual([]);
    // Nothing left to ask: the session ends by itself.
    expect(await result).toBe(0);
    expect(stderr.join('')).toBe('');
  });

  it('Ctrl-C: exit 130, what was saved is kept, and the command to resume names the stage and the year', async () => {
    const { file, result, stderr } = start('2028');
    await settle(1000);
    await typeLines('22');
    screen.type('14');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await result).toBe(EXIT_INTERRUPTED);
    const err = stderr.join('').replace(/\s+/g, ' ');
    expect(err).toContain('1 réponse(s) enregistrée(s)');
    expect(err).toContain('--etape rapport --annee 2028 »');
    expect(readFileSync(file, 'utf8')).toContain('  "2028":\n    medecins_actifs: 22\n');
    expect(readFileSync(file, 'utf8')).not.toContain('soignants_adressants: 14\n');
  });
});
