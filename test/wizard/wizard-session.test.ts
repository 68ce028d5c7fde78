import { stripVTControlCharacters } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer, erase, keys, screen, sees, seesSoon, settle, skipSection, startInit } from './session.js';
import { tempDir } from '../helpers/cli.js';
import { BAD_RPPS, dossierOf, RPPS, structuralFindings } from './helpers.js';
import { A_COMPLETER } from '../../src/wizard/skeleton.js';

describe('ess init: a whole wizard session', () => {
  it('types, selects, shows validation errors until corrected, reviews, goes back to a section, writes', async () => {
    const file = join(tempDir(), 'dossier-ess.yaml');
    const s = startInit(file);
    await settle(2000);

    // 1. Identification
    sees("Nom de l'ESS :");
    await answer('');
    sees('Une réponse est attendue ici.');
    await answer('ESS Cardiologie Test');

    sees('Spécialité médicale (tapez pour filtrer)');
    screen.type('généraliste'); // a usual name finds the specialty
    await screen.next();
    sees('❯ Médecine générale');
    sees('Impossible : une ESS se constitue « hors médecine générale »'); // shown as soon as it is highlighted
    await keys('enter'); // inquirer's search first completes the term…
    await keys('enter'); // …then validates: refused, with the referential's reason
    await seesSoon('> Impossible : une ESS se constitue « hors médecine générale » (article L.1411-11-1');
    erase('Médecine générale'.length);
    screen.type('cardiologue');
    await screen.next();
    sees('❯ Cardiologie et maladies vasculaires');
    await answer('');

    sees('Date du projet de santé (JJ/MM/AAAA)');
    await answer('31/02/2026');
    sees('Date impossible : le 31 février 2026 n’existe pas (février 2026 n’a que 28 jours). Vérifiez le jour et le mois (JJ/MM/AAAA).');
    erase(10);
    await answer('15/11/2026');

    // Territoire: checkbox of the 12 départements
    sees('Territoire(s) couvert(s)');
    sees('Landes (40)');
    sees('espace cocher');
    await keys('enter');
    sees('Cochez au moins un département');
    for (let i = 0; i < 6; i++) screen.keypress('down');
    screen.keypress('space'); // Landes (7th)
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('space'); // Pyrénées-Atlantiques (9th)
    await answer('');

    sees('Nombre de médecins de la spécialité sur le territoire ciblé');
    await answer('beaucoup');
    sees('Indiquez un nombre entier');
    erase(8);
    await answer('182');

    // Statut juridique
    sees('Statut juridique');
    await answer(''); // constituée (first choice)
    sees("Nom de l'association");
    await answer('Association des cardiologues');
    sees('n° SIRET');
    await answer('88432176500016');
    sees('clé de contrôle valide');
    erase(1);
    await answer('5');
    sees('Nom :');
    await answer('Etcheverry');
    await answer('Maite');
    sees('Qualité');
    await answer('Présidente');
    sees('Courriel');
    await answer('maite@');
    sees('Adresse électronique attendue');
    await answer('example.fr');
    sees('Téléphone');
    await answer('05 59 00 11 22');
    sees('Adresse :');
    await answer('12 allée des Platanes');
    sees('Code postal');
    await answer('6410');
    sees('5 chiffres');
    await answer('0');
    await answer('Bayonne');

    // Référent: the représentant légal, with his profession
    sees('Le référent est-il Maite Etcheverry');
    await answer('o');
    sees('Profession');
    await answer('Cardiologue libérale');

    // 2. Diagnostic: answered now, the optional question left empty
    sees('Répondre maintenant aux 5 questions de « 2. Diagnostic territorial »');
    await answer('o');
    sees('Etat de santé de la population et besoins');
    await answer('Population âgée.');
    await answer('Offre concentrée sur la côte.');
    await answer('');
    await answer('Délais de 97 jours.');
    sees('Autres éléments de diagnostic (facultatif)');
    await answer('');

    // 4. Partenaires: one, with type and formalisation from the lists
    sees('Ajouter un partenaire du projet ?');
    await answer('');
    sees('Nom de la structure');
    await answer('CPTS Pays Basque');
    sees('Type de structure');
    sees('Maison de santé pluriprofessionnelle (MSP)');
    await keys('down', 'down', 'down');
    sees('❯ Communauté professionnelle territoriale de santé (CPTS)');
    await answer('');
    sees('Coopérations envisagées');
    await answer('Télé-expertise pour les médecins traitants.');
    sees('Niveau de formalisation');
    await keys('down');
    await answer('');
    sees('Ajouter un autre partenaire ?');
    await answer('');

    // Gouvernance: the modalités d'actualisation of the projet de santé (cahier §VI.B.3) asked last
    sees('Répondre maintenant aux 3 questions de « Gouvernance de l');
    await answer('o');
    sees('Schéma de l');
    await answer('');
    sees('Instances envisagées');
    await answer('');
    sees('Modalités d');
    await answer('Revu chaque année par l’assemblée générale.');
    await skipSection('5. Missions de l');
    await skipSection('6. Outillage numérique');
    await skipSection('7. Indicateurs');
    await skipSection('8. Plan de déploiement');

    // Lettre d'intention et signature
    sees("Date de dépôt de la lettre d'intention");
    await answer('01/10/2026');
    sees('Fait à');
    await answer('Bayonne');
    await answer('');

    // Annexe 1: typed one by one, RPPS key and duplicates checked as typed
    sees('Comment saisir les médecins adhérents ?');
    await answer('');
    sees('Adhérent n° 1');
    await answer('Etcheverry');
    await answer('Maite');
    sees('RPPS (11 chiffres ; vide : abandonner cet adhérent)');
    await answer(BAD_RPPS);
    sees('clé de contrôle valide');
    erase(11);
    await answer(RPPS[0]);
    sees('Adhérent n° 2');
    await answer('Lacoste');
    await answer('Julien');
    await answer(RPPS[0]);
    sees(`${RPPS[0]} est déjà celui de Maite Etcheverry : vérifiez le numéro sur la carte CPS.`);
    erase(11);
    await answer(RPPS[1]);
    sees('Adhérent n° 3');
    await answer('');

    // Review: the threshold computed, then back to the territory to change the number of médecins
    sees('Que faire ?');
    let out = s.stdout.join('');
    expect(out).toContain('Récapitulatif avant écriture');
    // The sections are numbered as the trame numbers them (§1 to §8, then the annexe).
    const headings = [...stripVTControlCharacters(out).matchAll(/^— (.+) —$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      '1. Identification de l’ESS',
      '1. Identification de l’ESS — Territoire(s) couvert(s)',
      '1. Identification de l’ESS — Statut juridique',
      '1. Identification de l’ESS — Contact du référent de l’ESS',
      '2. Diagnostic territorial',
      '4. Partenariats et gouvernance de l’ESS — Liste des partenaires du projet',
      '4. Partenariats et gouvernance de l’ESS — Gouvernance de l’ESS',
      '5. Missions de l’ESS',
      '6. Outillage numérique',
      '7. Indicateurs de suivi et d’évaluation',
      '8. Plan de déploiement de l’ESS',
      'Lettre d\'intention et signature du projet de santé',
      'Annexe 1 : Liste des médecins de la spécialité concernée adhérents à l\'ESS',
    ]);
    expect(out).toContain('Départements : Landes (40), Pyrénées-Atlantiques (64)');
    expect(out).toContain('Seuil d’adhérents au départ (10 % de 182, arrondi au-dessus) : 19 — 2 adhérents de la spécialité : il en manque 17.');
    expect(out).toContain('Spécialité : Cardiologie et maladies vasculaires');
    expect(out).toContain('SIRET : 88432176500015');
    expect(out).toContain('1 réponse(s) sur 4 à rédiger plus tard');
    expect(out).toContain('2 réponse(s) sur 3 à rédiger plus tard');
    expect(out).toContain('  Les modalités de son actualisation en fonction des évolutions territoriales');
    // Each question's help is the schema's French description, printed above the prompt.
    expect(out).toContain('  Nombre de médecins libéraux de la spécialité sur le territoire ciblé');
    expect(out).toContain('data.ameli.fr');
    expect(out).toContain("  Numéro SIRET de l'association : 14 chiffres (obligatoire si l'association est");
    expect(out).toContain("  Etat de santé de la population et besoins, en termes d'accès aux soins, pour");
    await keys('down', 'down');
    sees('❯ Modifier : 1. Identification de l’ESS — Territoire(s) couvert(s)');
    await answer('');
    sees('◉ Landes (40)');
    await answer('');
    sees('Nombre de médecins');
    erase(3);
    await answer('15');
    sees('Que faire ?');
    out = s.stdout.join('');
    expect(out).toContain('Seuil d’adhérents au départ (10 % de 15, arrondi au-dessus) : 2 — 2 adhérents de la spécialité : seuil atteint.');
    screen.keypress('enter'); // Écrire le fichier

    expect(await s.result).toBe(0);
    out = s.stdout.join('');
    expect(out).toContain(`Dossier écrit : ${file}`);
    expect(out).toContain(`ess check ${file}`);
    expect(out).toContain(`ess render ${file}`);

    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/dossier\.schema\.json$/);
    expect(structuralFindings(text)).toEqual([]);
    const d = dossierOf(text)!;
    expect(d.ess).toEqual({ nom: 'ESS Cardiologie Test', specialite: 'cardiologie', date: '2026-11-15' });
    expect(d.territoire).toEqual({ departements: ['40', '64'], medecins_specialite: 15 });
    expect(d.statut_juridique).toMatchObject({ etat: 'constituee', siret: '88432176500015', siege: { code_postal: '64100', commune: 'Bayonne' } });
    expect(d.statut_juridique).not.toHaveProperty('date_depot_prefecture');
    expect(d.statut_juridique?.representant_legal).toEqual({
      nom: 'Etcheverry',
      prenom: 'Maite',
      qualite: 'Présidente',
      courriel: 'maite@example.fr',
      telephone: '05 59 00 11 22',
    });
    expect(d.referent).toEqual({
      nom: 'Etcheverry',
      prenom: 'Maite',
      profession: 'Cardiologue libérale',
      courriel: 'maite@example.fr',
      telephone: '05 59 00 11 22',
    });
    expect(d.diagnostic).toEqual({
      // Free text is written as a block (« | »): its text ends with the block's line end.
      etat_sante: 'Population âgée.\n',
      offre_de_soins: 'Offre concentrée sur la côte.\n',
      besoins_cpts: `${A_COMPLETER}\n`,
      fragilites_parcours: 'Délais de 97 jours.\n',
      autres: '',
    });
    expect(d.partenaires).toEqual([
      { nom: 'CPTS Pays Basque', type: 'cpts', cooperation: 'Télé-expertise pour les médecins traitants.\n', formalisation: 'en_cours' },
    ]);
    expect(d.gouvernance).toEqual({ articulation: `${A_COMPLETER}\n`, instances: `${A_COMPLETER}\n`, actualisation: 'Revu chaque année par l’assemblée générale.\n' });
    expect(d.lettre_intention).toEqual({ date_depot: '2026-10-01', lieu: '' });
    expect(d.signature).toEqual({ lieu: 'Bayonne', date: A_COMPLETER });
    expect(d.adherents).toEqual([
      { nom: 'Etcheverry', prenom: 'Maite', rpps: RPPS[0] },
      { nom: 'Lacoste', prenom: 'Julien', rpps: RPPS[1] },
    ]);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });
});
