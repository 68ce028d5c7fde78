import { draftPath } from '../../src/wizard/draft.js';
// The draft of an interrupted `ess init`: kept on quitting, offered and resumed by the next `init`
// of the same file, removed once the dossier is written.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { draftWhen } from '../../src/wizard/draft.js';
import { runCleanups } from '../../src/core/interrupt.js';
import { dossierOf, structuralFindingsOf } from './helpers.js';
import { answer, ctrlC, fastForwardFromTerritoire, fastForwardToAdherents, screen, sees, settle, startInit } from './session.js';

/** A session that answers the identification, then quits with Ctrl-C at the territory. */
async function quitAtTerritoire(file: string): Promise<void> {
  const s = startInit(file);
  await settle(2000);
  await answer('ESS Brouillon');
  screen.type('dermato');
  await settle();
  await answer('');
  await answer('15/11/2026');
  sees('Territoire(s) couvert(s)');
  await ctrlC();
  sees('Quitter ?');
  await answer('');
  expect(await s.result).toBe(130);
}

const draftOf = (file: string) => JSON.parse(readFileSync(draftPath(file), 'utf8'));

describe('ess init: the draft of an interrupted session', () => {
  it('the next init offers the draft with its date, resumes at the section it stopped in, and removes it once the dossier is written', async () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    await quitAtTerritoire(file);
    const draft = draftOf(file);
    expect(draft).toMatchObject({ etape: 'territoire', reponses: { ess: { nom: 'ESS Brouillon', date: '2026-11-15' } } });

    const s = startInit(file);
    await settle(2000);
    sees(`Reprendre le brouillon du ${draftWhen(draft.enregistre_le)} ?`);
    expect(draftWhen(draft.enregistre_le)).toMatch(/^\d\d\/\d\d à \d\d:\d\d$/);
    await answer('');
    // Straight to the territory: the identification is not asked again.
    expect(s.stdout.join('')).toContain('Brouillon repris : on reprend à « 1. Identification de l’ESS — Territoire(s) couvert(s) », réponses pré-remplies.');
    await fastForwardFromTerritoire();
    await answer(''); // saisir un par un
    await answer(''); // no adhérent
    sees('Que faire ?');
    expect(s.stdout.join('')).toContain('Nom : ESS Brouillon');
    expect(stripVTControlCharacters(s.stdout.join(''))).not.toMatch(/^— 1\. Identification de l’ESS —$/m);
    expect(stripVTControlCharacters(s.stdout.join(''))).toMatch(/^— 1\. Identification de l’ESS — Territoire\(s\) couvert\(s\) —$/m);
    await answer(''); // Écrire le fichier
    expect(await s.result).toBe(0);
    expect(structuralFindingsOf(file)).toEqual([]);
    expect(dossierOf(readFileSync(file, 'utf8'))!.ess).toMatchObject({ nom: 'ESS Brouillon', date: '2026-11-15' });
    expect(readdirSync(dir)).toEqual(['dossier.yaml']);
  });

  it('a draft left at the review resumes at the review', async () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    const first = startInit(file);
    await fastForwardToAdherents();
    await answer('');
    await answer('');
    sees('Que faire ?');
    await ctrlC();
    await answer(''); // Quitter ? oui
    expect(await first.result).toBe(130);

    const s = startInit(file);
    await settle(2000);
    sees('Reprendre le brouillon du');
    await answer('');
    sees('Que faire ?');
    expect(s.stdout.join('')).toContain('Brouillon repris : retour au récapitulatif.');
    expect(s.stdout.join('')).toContain('Nom : ESS Rapide');
    await answer('');
    expect(await s.result).toBe(0);
    expect(dossierOf(readFileSync(file, 'utf8'))!.ess?.nom).toBe('ESS Rapide');
    expect(existsSync(draftPath(file))).toBe(false);
  });

  it('« non » starts afresh; the draft stays until the dossier is written', async () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    await quitAtTerritoire(file);
    const s = startInit(file);
    await settle(2000);
    await answer('n');
    sees("Nom de l'ESS");
    expect(screen.getScreen()).not.toContain('ESS Brouillon');
    await ctrlC(); // nothing answered in this session: quits at once, the draft as it was
    expect(await s.result).toBe(130);
    expect(s.stderr.join('')).toContain('Abandon.');
    expect(draftOf(file).reponses.ess.nom).toBe('ESS Brouillon');
  });

  it('Ctrl-C then « non » asks the section again from its first question, answers pre-filled', async () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    const s = startInit(file);
    await settle(2000);
    await answer('ESS Reprise');
    sees('Spécialité médicale');
    await ctrlC();
    sees('Quitter ?');
    await answer('n');
    expect(s.stdout.join('')).toContain('On reprend cette section à sa première question');
    sees("Nom de l'ESS");
    sees('ESS Reprise'); // pre-filled
    await ctrlC();
    await ctrlC();
    expect(await s.result).toBe(130);
    expect(draftOf(file).reponses.ess.nom).toBe('ESS Reprise');
  });

  it('killed or its terminal closed (SIGTERM, SIGHUP) at a prompt: the answers are saved in the draft by the interruption cleanups', async () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    const s = startInit(file);
    await settle(2000);
    await answer('ESS Coupée');
    sees('Spécialité médicale');
    runCleanups(); // what the signal handler runs before the process exits with 128 + the signal
    expect(draftOf(file)).toMatchObject({ etape: 'identification', reponses: { ess: { nom: 'ESS Coupée' } } });
    await ctrlC();
    await ctrlC();
    expect(await s.result).toBe(130);
  });

  it('a draft that cannot be read is said so and set aside: the interview starts afresh', async () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    writeFileSync(draftPath(file), '{ pas du json');
    const s = startInit(file);
    await settle(2000);
    sees("Nom de l'ESS");
    expect(s.stderr.join('')).toBe(`Le brouillon ${draftPath(file)} est ignoré : ce n’est pas un brouillon d’ess init (JSON invalide). Il sera remplacé si vous quittez de nouveau.\n`);
    await ctrlC();
    expect(await s.result).toBe(130);
  });

  it('a draft whose answers do not have the dossier’s shape (edited by hand) is set aside too, never a crash', async () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    const draft = { format: 'ess-init-brouillon', version: 1, enregistre_le: 'hier', etape: 'recapitulatif', recapitulatif_atteint: true, reponses: { ess: 5, adherents: 'x' } };
    writeFileSync(draftPath(file), JSON.stringify(draft));
    const s = startInit(file);
    await settle(2000);
    sees("Nom de l'ESS");
    expect(s.stderr.join('')).toContain('est ignoré : ses réponses n’ont pas la forme d’un dossier (fichier modifié à la main ?)');
    await ctrlC();
    expect(await s.result).toBe(130);
  });
});
