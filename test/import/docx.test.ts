// The pure steps of the DOCX import: WordprocessingML → blocks, blocks → answers, answers → plan.
import { describe, expect, it } from 'vitest';
import { readBlocks, type Paragraph } from '../../src/import/docx/wordml.js';
import { matchParagraph, readProjet } from '../../src/import/docx/match.js';
import { parseFrenchDate, parseLieu, planImport, sameText } from '../../src/import/docx/plan.js';
import { ANSWERS } from '../../src/import/docx/phrases.js';
import { questionsOf } from '../../src/trame/index.js';
import { COMPLETE_SAMPLE, ess, tempDir } from '../helpers/cli.js';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const texts = (xml: string, styles?: string) => readBlocks(doc(xml), styles).blocks.map((b) => (b.kind === 'p' ? b.text : 'TABLE'));

describe('WordprocessingML → paragraphs', () => {
  it('joins runs split by Word, keeps insertions, drops deletions, keeps field results only', () => {
    const xml = p(
      r('Délai de ') +
        r('rendez', '<w:b/>') +
        r('-vous') +
        `<w:ins w:id="1" w:author="A"><w:r><w:t> médian</w:t></w:r></w:ins>` +
        `<w:del w:id="2" w:author="A"><w:r><w:delText> supprimé</w:delText></w:r></w:del>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
        r(' : 97') +
        `<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        `<w:fldSimple w:instr="NUMPAGES">${r(' jours')}</w:fldSimple>`,
    );
    const { blocks, stats } = readBlocks(doc(xml));
    expect((blocks[0] as Paragraph).text).toBe('Délai de rendez-vous médian : 97 jours');
    expect(stats.revisions).toBe(2);
  });

  it('reads through smart tags, content controls and hyperlinks; ignores comments; cleans soft hyphens, no-break spaces, tabs; keeps line breaks', () => {
    const xml = p(
      `<w:smartTag w:uri="u" w:element="place">${r('Saint-Pa\u00ADlais')}</w:smartTag>` +
        `<w:commentRangeStart w:id="0"/><w:sdt><w:sdtContent>${r('\u00A0:\u202Fmardi')}</w:sdtContent></w:sdt><w:commentRangeEnd w:id="0"/>` +
        `<w:r><w:commentReference w:id="0"/></w:r>` +
        `<w:r><w:tab/><w:t>matin</w:t><w:br/><w:t>et soir</w:t><w:br w:type="page"/></w:r>` +
        `<w:hyperlink r:id="x" xmlns:r="r">${r(' (lien)')}</w:hyperlink>`,
    );
    expect(texts(xml)).toEqual(['Saint-Palais : mardi matin\net soir (lien)']);
  });

  it('tells headings, list items (numbering or list style) and bold paragraphs', () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Puces"><w:name w:val="List Bullet"/></w:style></w:styles>`;
    const xml =
      p(r('2. Diagnostic territorial'), '<w:pStyle w:val="Titre1"/>') +
      p(r('un'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>') +
      p(r('deux'), '<w:pStyle w:val="Puces"/>') +
      p(r('Question :', '<w:b/>'));
    const blocks = readBlocks(doc(xml), styles).blocks as Paragraph[];
    expect(blocks.map((b) => [b.heading, b.list, b.bold])).toEqual([
      [1, false, false],
      [undefined, true, false],
      [undefined, true, false],
      [undefined, false, true],
    ]);
  });

  it('reads tables as rows of cells, and rejects XML that is not well formed', () => {
    const cell = (t: string) => `<w:tc>${p(r(t))}</w:tc>`;
    const { blocks } = readBlocks(doc(`<w:tbl><w:tr>${cell('a')}${cell('b')}</w:tr></w:tbl>`));
    expect(blocks[0]).toMatchObject({ kind: 'table', rows: [[[{ text: 'a' }], [{ text: 'b' }]]] });
    expect(() => readBlocks('<w:document><w:body><w:p></w:body>')).toThrow();
  });
});

const para = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ kind: 'p', text, list: false, bold: false, ...extra });

describe('finding the questions of the trame', () => {
  it('has words for every free-text answer the projet de santé prints', () => {
    const tableCells = /^(partenaires|deploiement\.missions)\./;
    const free = questionsOf('projet-de-sante').filter((q) => q.kind === 'texte-long' && !tableCells.test(q.path));
    expect(free.map((q) => q.path).filter((path) => !ANSWERS.some((a) => a.path === path))).toEqual([]);
  });

  it('folds accents, case, spaces, punctuation and « … », and reads the trame type’s typos', () => {
    const m = (text: string, extra?: Partial<Paragraph>) => {
      const found = matchParagraph(para(text, extra));
      return found?.type === 'answer' ? [found.answer.path, found.inline] : found?.type;
    };
    expect(m('ÉTAT DE SANTÉ de la population  et besoins , en termes d’accès aux soins, pour la spécialité médicale ciblée :')).toEqual(['diagnostic.etat_sante', '']);
    expect(m('Etat de lieux de l’offre de soins de spécialité médicale sur le territoire envisagé :')).toEqual(['diagnostic.offre_de_soins', '']);
    expect(m("Etat des lieux de l'offre de soins : 92 cardiologues.")).toEqual(['diagnostic.offre_de_soins', '92 cardiologues.']);
    expect(m('AUTRES ACTIVITÉS DÉVELOPPÉES : exemples : promotion de l’éducation thérapeutique du patient, formation des professionnels, incitation à l’accueil d’internes par les médecins adhérents, télésurveillance, parcours coordonné renforcé...')).toEqual([
      'missions.fonctionnement.autres_activites',
      '',
    ]);
    // A typo in a question on its own line (bold) is still the question.
    expect(m('Besoins exprimé par les CPTS, en particulier les médecin traitants et le cas échéant les structures médicosociales :', { bold: true })).toEqual(['diagnostic.besoins_cpts', '']);
    // An answer that starts with the words of a short question is not a question.
    expect(m('Consultations avancées mensuelles à Saint-Palais.')).toBeUndefined();
    expect(m('2. Diagnostic territorial')).toBe('section');
  });

  it('takes the paragraphs up to the next question as the answer: blank lines between paragraphs, "- " list items', () => {
    const reading = readProjet([
      para('Autres éléments de diagnostic :', { bold: true }),
      para('Premier.'),
      para(''),
      para('un', { list: true }),
      para('deux', { list: true }),
      para('Second.'),
      para('3. Composition de l’ESS', { heading: 1 }),
      para('Texte hors question.'),
      para('Autres actions prévues : aucune pour le moment'),
    ]);
    expect(reading.answers.get('diagnostic.autres')?.text).toBe('Premier.\n\n- un\n- deux\n\nSecond.');
    expect(reading.answers.get('deploiement.autres_actions')?.text).toBe('aucune pour le moment');
    expect(reading.unplaced).toEqual([{ after: '3. Composition de l’ESS', text: 'Texte hors question.' }]);
  });
});

describe('the plan: what changes in the dossier', () => {
  const reading = (answers: Record<string, string>) => readProjet(Object.entries(answers).flatMap(([q, a]) => [para(q, { bold: true }), para(a)]));

  it('never overwrites a written answer with « À COMPLÉTER » nor erases it with an empty one, and says so', () => {
    const plan = planImport(
      reading({ 'Autres éléments de diagnostic :': 'À COMPLÉTER', 'Autres actions prévues :': 'Sans objet.', 'Calendrier prévisionnel de mise en place de la gouvernance :': 'Bureau élu en mars.' }),
      { diagnostic: { autres: 'Écrit.' }, deploiement: { autres_actions: 'Écrit aussi.', calendrier_gouvernance: 'À COMPLÉTER', communication: 'Texte' } },
    );
    const status = Object.fromEntries(plan.entries.map((e) => [e.path, e.status]));
    expect(status['diagnostic.autres']).toBe('kept-placeholder');
    expect(status['deploiement.autres_actions']).toBe('kept-empty');
    expect(status['deploiement.calendrier_gouvernance']).toBe('changed');
    expect(status['deploiement.communication']).toBe('missing');
  });

  it('reads the same text with other line wrapping and typographic marks as unchanged', () => {
    expect(sameText("L'offre est\nsaturée ; délais : 4 mois", 'L’offre est saturée\u00A0; délais\u202F: 4 mois')).toBe(true);
    expect(sameText('Un.\n\nDeux.', 'Un. Deux.')).toBe(false);
  });

  it('reads back the dates and places ess prints, and those people type', () => {
    expect(parseFrenchDate('1er mars 2027')).toBe('2027-03-01');
    expect(parseFrenchDate('15 Août 2027')).toBe('2027-08-15');
    expect(parseFrenchDate('01/09/2027')).toBe('2027-09-01');
    expect(parseFrenchDate('printemps 2027')).toBeUndefined();
    expect(parseLieu('Saint-Palais (64120) — MSP de Saint-Palais')).toEqual({ commune: 'Saint-Palais', code_postal: '64120', structure: 'MSP de Saint-Palais' });
    expect(parseLieu('MSP de Saint-Palais, 64120 Saint-Palais')).toEqual({ commune: 'Saint-Palais', code_postal: '64120', structure: 'MSP de Saint-Palais' });
  });
});

describe('ess importer on the projet ess renders', () => {
  it('reads the sample’s own projet back as unchanged: every question found, nothing unplaced', () => {
    const dir = tempDir();
    const dossier = join(dir, 'dossier-ess.yaml');
    copyFileSync(COMPLETE_SAMPLE, dossier);
    expect(ess(['render', dossier, '-o', dir, '--document', 'projet']).status).toBe(0);
    const docx = join(dir, readdirSync(dir).find((f) => f.endsWith('.docx'))!);
    const r = ess(['importer', docx, dossier, '--dry-run']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Bilan : 0 réponse modifiée, \d+ inchangées, 0 conservée, 0 non trouvée\./);
    expect(r.stdout).not.toContain('non placées');
    expect(r.stdout).toContain('Aucune réponse à changer');
  });
});
