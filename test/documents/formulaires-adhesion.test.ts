// The formulaires d'adhésion (issue 18, cli.md `--document adhesion`), read back from the DOCX: one
// pre-filled form per adhérent, in the order of the dossier, each on a page of its own, then a blank
// form; the engagement of the cahier des charges (§VI.A, annexe 3) and the missions it names.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../src/documents/build.js';
import { formDate, formulaires } from '../../src/documents/formulaires-adhesion/view.js';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE, sampleText, tempDir } from '../helpers/cli.js';
import { docxParts, firstOutOfOrder, paragraphsOf } from './docx-text.js';

type Data = Record<string, unknown> & { adherents: Array<Record<string, unknown>> };
const SAMPLE = parse(sampleText(COMPLETE_SAMPLE)) as Data;
const EARLY = parse(sampleText(LETTRE_SAMPLE)) as Data;

const dir = tempDir();
let n = 0;

/** The forms of a DOCX: the body cut where a paragraph starts a new page, each as its text. */
async function forms(data: unknown, brouillon = false): Promise<{ pages: string[]; header: string }> {
  const file = join(dir, `formulaires-${n++}.docx`);
  writeFileSync(file, await buildDocx('adhesion', data, { brouillon, today: '2026-12-01' }));
  const parts = await docxParts(file);
  const body = parts.get('word/document.xml')!;
  const pages = body.split(/(?=<w:p><w:pPr>(?:(?!<\/w:pPr>).)*<w:pageBreakBefore\/>)/).map((xml) =>
    paragraphsOf(xml)
      .map((p) => p.text)
      .join('\n'),
  );
  return { pages, header: paragraphsOf(parts.get('word/header1.xml') ?? '').map((p) => p.text).join('\n') };
}

const ENGAGEMENT = [
  'Formulaire d’adhésion',
  'Le médecin',
  'Engagement',
  'Le médecin soussigné déclare exercer à titre libéral la spécialité indiquée ci-dessus',
  'Il s’engage à répondre aux différentes missions de l’ESS',
  'la mission socle et ses deux activités',
  'la coordination des parcours',
  'l’appui d’expertise',
  'Fait à',
  'Le',
  'Signature du médecin',
  'Modèle établi d’après le cahier des charges national ; le formulaire fourni par l’ARS ou la CPAM, s’il existe, prévaut.',
];

describe('the formulaires d’adhésion', () => {
  it('gives each adhérent of the sample a pre-filled form of its own page, in order, then one blank form', async () => {
    const { pages } = await forms(SAMPLE);
    expect(pages).toHaveLength(SAMPLE.adherents.length + 1);
    SAMPLE.adherents.forEach((a, i) => {
      const page = pages[i]!;
      expect(firstOutOfOrder(page, ['Nom', String(a.nom), 'Prénom', String(a.prenom), 'Spécialité', 'Cardiologie et maladies vasculaires', 'N° RPPS', String(a.rpps)]), `form ${i + 1}`).toBeUndefined();
      expect(firstOutOfOrder(page, ENGAGEMENT), `form ${i + 1}`).toBeUndefined();
      // Nobody else's name on it.
      for (const other of SAMPLE.adherents.filter((o) => o !== a)) expect(page).not.toContain(String(other.rpps));
    });
    const blank = pages.at(-1)!;
    expect(firstOutOfOrder(blank, ENGAGEMENT)).toBeUndefined();
    for (const a of SAMPLE.adherents) expect(blank).not.toContain(String(a.rpps));
    expect(blank).not.toMatch(/Cardiologie et maladies vasculaires/);
  });

  it('prints the ESS, its association and seat, the territory, and the date of adhesion when known', async () => {
    const { pages } = await forms(SAMPLE);
    expect(pages[0]).toContain('à l’équipe de soins spécialisés « ESS Cardiologie Côte Basque et Sud Landes »');
    expect(pages[0]).toContain('portée par l’Association des cardiologues libéraux Côte Basque – Sud Landes (ACCBSL)');
    expect(pages[0]).toContain('siège : 12 allée des Platanes, 64100 Bayonne');
    expect(pages[0]).toContain('sur le territoire de l’ESS — Pyrénées-Atlantiques (64) et Landes (40) — et adhérer à l’ESS.');
    // 2026-03-02 in the sample, and 06/04/2026 written the French way: both printed JJ/MM/AAAA.
    expect(firstOutOfOrder(pages[0]!, ['Date d’adhésion', '02/03/2026', 'Fait à', '02/03/2026'])).toBeUndefined();
    expect(pages[5]).toContain('06/04/2026');
    const undated = structuredClone(SAMPLE);
    delete undated.adherents[0]!.adhesion;
    const first = (await forms(undated)).pages[0]!;
    expect(first).not.toMatch(/\d\d\/\d\d\/\d{4}/);
    expect(first).toContain('Date d’adhésion');
  });

  it('names the optional mission only when the ESS plans consultations avancées', async () => {
    const withMission = (await forms(SAMPLE)).pages[0]!;
    expect(withMission).toContain('la mission optionnelle retenue par l’ESS : les consultations avancées');
    expect(withMission).toMatch(/en consultation ou en télé-expertise ;/);
    const without = structuredClone(SAMPLE) as Data & { missions: Record<string, unknown> };
    delete without.missions.consultations_avancees;
    const page = (await forms(without)).pages[0]!;
    expect(page).not.toContain('consultations avancées');
    expect(page).toMatch(/en consultation ou en télé-expertise\.$/m);
  });

  it('leaves a line blank to fill by hand, never « À COMPLÉTER », and gives a médecin one form however often listed', () => {
    const data = structuredClone(EARLY);
    data.adherents = [
      { nom: 'À COMPLÉTER', prenom: 'Agnès', rpps: 'À COMPLÉTER' },
      { nom: 'Chassagne', prenom: 'Rémi', rpps: '10027020592', specialite: 'pneumologie', adhesion: '2026-02-30' },
      { nom: 'Chassagne', prenom: 'Rémi', rpps: '10027020592' },
      { nom: 'Martin', prenom: 'Paul', rpps: '10000013994', specialite: 'medecine-generale' },
    ];
    expect(formulaires(data)).toEqual([
      { nom: '', prenom: 'Agnès', specialite: 'Dermatologie et vénéréologie', rpps: '', adhesion: '' },
      { nom: 'Chassagne', prenom: 'Rémi', specialite: 'Pneumologie', rpps: '10027020592', adhesion: '' },
      { nom: '', prenom: '', specialite: '', rpps: '', adhesion: '' },
    ]);
  });

  it('writes only the blank form when the dossier has no adhérent yet, and marks a draft BROUILLON', async () => {
    const { pages, header } = await forms({ ...EARLY, adherents: [] }, true);
    expect(pages).toHaveLength(1);
    expect(firstOutOfOrder(pages[0]!, ENGAGEMENT)).toBeUndefined();
    expect(header).toContain('BROUILLON');
    expect(header).toContain('Formulaire d’adhésion');
  });

  it('writes a form’s date as one writes it by hand', () => {
    expect(formDate('2026-03-02')).toBe('02/03/2026');
    expect(formDate('6/4/2026')).toBe('06/04/2026');
    expect(formDate(new Date('2026-11-02T00:00:00Z'))).toBe('02/11/2026');
    expect(formDate('À COMPLÉTER')).toBe('');
    expect(formDate(undefined)).toBe('');
  });
});
