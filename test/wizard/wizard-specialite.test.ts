import { draftPath } from '../../src/wizard/draft.js';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { dossierOf, structuralFindingsOf } from './helpers.js';
import { answer, erase, fastForwardToAdherents, screen, sees, settle, startInit } from './session.js';
import { specialites } from '../../src/referentiels/index.js';

/** The highlighted choice of the search prompt. */
const highlighted = () => /❯ (.+)/.exec(screen.getScreen())?.[1]?.trim();

describe('ess init: the specialty question among the ~50 specialties of the referential', () => {
  it('lists every specialty, 10 at a time, alphabetically, and the typed name brings the one meant to the top', async () => {
    expect(specialites.length).toBeGreaterThan(40);
    const dir = tempDir();
    const s = startInit(join(dir, 'dossier.yaml'));
    await settle(2000);
    await answer('ESS Test');
    sees('Spécialité médicale (tapez pour filtrer)');
    await settle();
    expect(highlighted()).toBe('Allergologie');
    expect(screen.getScreen()).toContain('Anatomie et cytologie pathologiques');
    expect(screen.getScreen()).toContain('Chirurgie pédiatrique'); // the 10th
    expect(screen.getScreen()).not.toContain('Chirurgie plastique'); // the 11th, one page down
    const typed: Array<[string, string]> = [
      ['Endocrinologue', 'Endocrinologie, diabétologie, nutrition'],
      ['ORL', 'Oto-rhino-laryngologie et chirurgie cervico-faciale'],
      ['gastro', 'Gastro-entérologie et hépatologie'],
      ['pédiatre', 'Pédiatrie'],
      ['cardio', 'Cardiologie et maladies vasculaires'], // before « Chirurgie thoracique et cardio-vasculaire »
      ['hémato', 'Hématologie'],
      ['urologue', 'Chirurgie urologique'],
      ['SM61', 'Médecine vasculaire'],
    ];
    for (const [term, label] of typed) {
      screen.type(term);
      await settle();
      expect(highlighted(), term).toBe(label);
      erase(term.length);
      await settle();
    }
    screen.type('cardio');
    await settle();
    expect(screen.getScreen()).toContain('Chirurgie thoracique et cardio-vasculaire');
    screen.keypress({ name: 'c', ctrl: true });
    await settle();
    sees('Quitter ?');
    screen.keypress({ name: 'c', ctrl: true }); // a second Ctrl-C quits
    expect(await s.result).toBe(130);
    expect(readdirSync(dir)).toEqual([]); // no dossier, and the draft is not in the user's folder
    expect(existsSync(draftPath(join(dir, 'dossier.yaml')))).toBe(true);
  });

  it('a specialty found by its usual name is written as its id', async () => {
    const file = join(tempDir(), 'dossier.yaml');
    const s = startInit(file);
    await fastForwardToAdherents('Endocrinologue');
    await answer(''); // saisir un par un
    await answer(''); // no adhérent
    sees('Que faire ?');
    await answer('');
    expect(await s.result).toBe(0);
    expect(dossierOf(readFileSync(file, 'utf8'))!.ess).toMatchObject({ specialite: 'endocrinologie' });
    expect(structuralFindingsOf(file)).toEqual([]);
  });
});
