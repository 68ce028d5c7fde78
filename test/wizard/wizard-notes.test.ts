// The usability test's notes on the wizard (issue 16): the référent who is the représentant légal
// follows his corrections, an adhérent can be abandoned, a duplicate RPPS names its owner, dates
// typed the French or the ISO way, the plan de déploiement's questions name their mission.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { dossierOf, RPPS, structuralFindingsOf } from './helpers.js';
import { answer, erase, keys, screen, sees, settle, startInit } from './session.js';

/** Identification and territory, the least possible. */
async function identification(date = ''): Promise<void> {
  await settle(2000);
  await answer('ESS Notes');
  screen.type('dermato');
  await settle();
  await answer('');
  await answer(date);
  screen.keypress('space');
  await answer(''); // Charente
  await answer(''); // médecins
}

describe('ess init: the notes of the usability test', () => {
  it('the référent who is the représentant légal follows him when he is corrected at the review', async () => {
    const file = join(tempDir(), 'dossier.yaml');
    const s = startInit(file);
    await identification();
    await answer(''); // constituée
    await answer(''); // association
    await answer(''); // SIRET
    sees('Nom :');
    await answer('Etcheverry');
    await answer('Maite');
    await answer('Présidente');
    await answer('maite@example.fr');
    await answer('');
    for (let i = 0; i < 3; i++) await answer(''); // siège
    sees('Le référent est-il Maite Etcheverry, le représentant légal ?');
    await answer('o');
    sees('Profession');
    await answer('Cardiologue');
    await answer(''); // diagnostic: later
    await answer('n'); // no partner
    for (let i = 0; i < 5 + 3; i++) await answer('');

    // Annexe 1: an adhérent abandoned at his RPPS, a duplicate named by its owner.
    sees('Comment saisir les médecins adhérents ?');
    await answer('');
    await answer('Dupont');
    await answer('Marie');
    await answer(RPPS[0]);
    sees('Adhérent n° 2');
    await answer('Martin');
    await answer('Paul');
    await answer(RPPS[0]);
    sees(`${RPPS[0]} est déjà celui de Marie Dupont : vérifiez le numéro sur la carte CPS.`);
    erase(11);
    await answer('');
    sees('Abandonner cet adhérent (Paul Martin) ?');
    await answer('n');
    sees('RPPS (11 chiffres ; vide : abandonner cet adhérent)');
    await answer('');
    sees('Abandonner cet adhérent (Paul Martin) ?');
    await answer('');
    sees('Adhérent n° 2'); // Paul Martin was not added
    await answer('');

    // The review: the représentant's courriel corrected; the référent follows without a question.
    sees('Que faire ?');
    expect(s.stdout.join('')).toContain('Référent : Maite Etcheverry, Cardiologue, maite@example.fr');
    await keys('down', 'down', 'down');
    sees('❯ Modifier : 1. Identification de l’ESS — Statut juridique');
    await answer('');
    for (let i = 0; i < 3; i++) await answer(''); // état, association, SIRET as they were
    sees('Etcheverry');
    await answer('');
    await answer('');
    await answer('');
    sees('maite@example.fr');
    erase('maite@example.fr'.length);
    await answer('maite.etcheverry@example.fr');
    for (let i = 0; i < 4; i++) await answer(''); // téléphone, siège
    sees('Que faire ?');
    let out = s.stdout.join('');
    expect(out).toContain('Le référent, qui est le représentant légal, est mis à jour : Maite Etcheverry.');
    expect(out).toContain('Référent : Maite Etcheverry, Cardiologue, maite.etcheverry@example.fr');

    // Another name may be another person: asked, and followed on « oui ».
    await keys('down', 'down', 'down');
    await answer('');
    for (let i = 0; i < 3; i++) await answer('');
    sees('Nom :');
    erase('Etcheverry'.length);
    await answer('Dupont');
    sees('Prénom :');
    erase('Maite'.length);
    await answer('Jean');
    for (let i = 0; i < 2; i++) await answer('');
    sees('Téléphone');
    await answer('');
    sees('Le référent était Maite Etcheverry, le représentant légal : le référent est-il maintenant Jean Dupont ?');
    await answer('');
    for (let i = 0; i < 3; i++) await answer(''); // siège
    sees('Que faire ?');
    out = s.stdout.join('');
    expect(out).toContain('Référent : Jean Dupont, Cardiologue, maite.etcheverry@example.fr');
    // The référent's section asked again: « oui » is now the default.
    await keys('down', 'down', 'down', 'down');
    sees('❯ Modifier : 1. Identification de l’ESS — Contact du référent de l’ESS');
    await answer('');
    sees('Le référent est-il Jean Dupont, le représentant légal ? (O/n)');
    await answer('');
    sees('Cardiologue');
    await answer('');
    sees('Que faire ?');
    await answer('');
    expect(await s.result).toBe(0);
    const d = dossierOf(readFileSync(file, 'utf8'))!;
    expect(d.referent).toEqual({ nom: 'Dupont', prenom: 'Jean', profession: 'Cardiologue', courriel: 'maite.etcheverry@example.fr', telephone: 'À COMPLÉTER' });
    expect(d.adherents).toEqual([{ nom: 'Dupont', prenom: 'Marie', rpps: RPPS[0] }]);
  });

  it('a référent typed as someone else stays as he is when the représentant is corrected', async () => {
    const file = join(tempDir(), 'dossier.yaml');
    const s = startInit(file);
    await identification();
    for (let i = 0; i < 3; i++) await answer('');
    await answer('Etcheverry');
    await answer('Maite');
    for (let i = 0; i < 6; i++) await answer('');
    sees('Le référent est-il Maite Etcheverry');
    await answer('n');
    await answer('Lacoste');
    await answer('Julien');
    for (let i = 0; i < 3; i++) await answer('');
    await answer('');
    await answer('n');
    for (let i = 0; i < 5 + 3; i++) await answer('');
    await answer('');
    await answer('');
    sees('Que faire ?');
    await keys('down', 'down', 'down');
    await answer('');
    for (let i = 0; i < 3; i++) await answer('');
    erase('Etcheverry'.length);
    await answer('Dupont');
    for (let i = 0; i < 7; i++) await answer('');
    sees('Que faire ?');
    expect(s.stdout.join('')).not.toContain('le référent est-il maintenant');
    await answer('');
    expect(await s.result).toBe(0);
    expect(dossierOf(readFileSync(file, 'utf8'))!.referent).toMatchObject({ nom: 'Lacoste', prenom: 'Julien' });
  });

  it('dates typed JJ/MM/AAAA or AAAA-MM-JJ; the plan de déploiement names the mission of each « Travaux envisagés »', async () => {
    const file = join(tempDir(), 'dossier.yaml');
    const s = startInit(file);
    await settle(2000);
    await answer('ESS Dates');
    screen.type('dermato');
    await settle();
    await answer('');
    await answer('2027-01-15'); // ISO
    screen.keypress('space');
    await answer('');
    await answer('');
    for (let i = 0; i < 1 + 2 + 5 + 3 + 5; i++) await answer('');
    await answer(''); // diagnostic
    await answer('n'); // partners
    for (let i = 0; i < 4; i++) await answer(''); // gouvernance … indicateurs: later
    sees('Répondre maintenant aux 9 questions de « 8. Plan de déploiement');
    await answer('o');
    await answer('Bureau en mars.');
    sees('Travaux envisagés — Structuration de l');
    sees('offre de 2nd recours (mission socle)');
    await answer('Annuaire des adhérents.');
    sees('Date prévisionnelle de mise en service — Structuration de l');
    await answer('31/02/2027');
    sees('Date impossible : le 31 février 2027 n’existe pas (février 2027 n’a que 28 jours).');
    erase(10);
    await answer('1/3/2027');
    sees('Travaux envisagés — Avis spécialisé ponctuel (mission socle)');
    await answer('Créneaux de télé-expertise.');
    await answer('15/11/27');
    sees('L’année s’écrit avec ses 4 chiffres');
    erase(8);
    await answer('2027-06-30');
    for (let i = 0; i < 4; i++) await answer('');
    await answer(''); // lettre d'intention
    await answer('Pau');
    await answer('02.01.2027'); // signature date: dots, as a keypad makes easy
    await answer('');
    await answer('');
    sees('Que faire ?');
    const out = s.stdout.join('');
    // Each mission's help, once, above its first answer.
    expect(out).toContain('Structuration de l\'offre de 2nd recours sur le territoire');
    expect(out).toContain('Organisation permettant de donner un avis spécialisé ponctuel');
    await answer('');
    expect(await s.result).toBe(0);
    expect(structuralFindingsOf(file)).toEqual([]);
    const d = dossierOf(readFileSync(file, 'utf8'))!;
    expect(d.ess?.date).toBe('2027-01-15');
    expect(d.deploiement?.missions).toEqual({
      // Free texts are written as blocks (« | »): read back with their final line end.
      structuration_second_recours: { travaux: 'Annuaire des adhérents.\n', date: '2027-03-01' },
      avis_specialise: { travaux: 'Créneaux de télé-expertise.\n', date: '2027-06-30' },
    });
    expect(d.signature).toEqual({ lieu: 'Pau', date: '2027-01-02' });
  });
});
