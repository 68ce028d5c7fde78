// `ess render` as a user runs it (the built binary): files, names, refusal, draft, special
// characters, and the content of both documents read back from the DOCX.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import indicateurs from '../../src/referentiels/indicateurs.json' with { type: 'json' };
import partenairesRef from '../../src/referentiels/partenaires.json' with { type: 'json' };
import { COMPLETE_SAMPLE, LETTRE_SAMPLE, ess, mutateSample, tempDir } from '../helpers/cli.js';
import { docxParts, docxText, firstOutOfOrder, type DocxText } from './docx-text.js';
import { TRAME_ORDER } from './trame.js';

const SLUG = 'ess-cardiologie-cote-basque-et-sud-landes';
const PROJET = `projet-de-sante-${SLUG}.docx`;
const LETTRE = `lettre-intention-${SLUG}.docx`;
const sample = parse(readFileSync(COMPLETE_SAMPLE, 'utf8'));

let out: string;
let projet: DocxText;
let lettre: DocxText;
let stdout: string;

beforeAll(async () => {
  out = join(tempDir(), 'sortie', 'imbriquee');
  const r = ess(['render', COMPLETE_SAMPLE, '-o', out]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  stdout = r.stdout;
  projet = await docxText(join(out, PROJET));
  lettre = await docxText(join(out, LETTRE));
});

describe('ess render on the complete sample', () => {
  it('writes both documents, named after the slug, in a folder it creates, and prints path and size', () => {
    expect(readdirSync(out).sort()).toEqual([LETTRE, PROJET].sort());
    for (const name of [PROJET, LETTRE]) {
      const size = statSync(join(out, name)).size;
      expect(size).toBeGreaterThan(5000);
      expect(stdout).toContain(join(out, name));
    }
    expect(stdout).toMatch(/Projet de santé : .*projet-de-sante-.*\.docx \(\d+(,\d)? Ko\)/);
    expect(stdout).toMatch(/Lettre d’intention : .*lettre-intention-.*\.docx \(\d+(,\d)? Ko\)/);
  });

  it('follows the trame: every heading and question, in order', () => {
    expect(firstOutOfOrder(projet.text, TRAME_ORDER)).toBeUndefined();
  });

  it('leaves out the guidance boxes of the trame', () => {
    for (const guidance of ['Définition :', 'Financement :', 'Attendus d’une ESS', 'Cette « trame type de projet »']) {
      expect(projet.text).not.toContain(guidance);
    }
  });

  it('shows the title block with the specialty and the date in French', () => {
    expect(firstOutOfOrder(projet.text, ['Projet de santé', 'ESS Cardiologie Côte Basque et Sud Landes', 'ESS spécialité : Cardiologie et maladies vasculaires', 'date : 15 novembre 2026'])).toBeUndefined();
  });

  it('checks the départements of the territory and the statut juridique', () => {
    const para = (start: string) => projet.paragraphs.find((p) => p.text.includes(start))?.text;
    expect(para('Landes (40)')).toMatch(/^☒/);
    expect(para('Pyrénées-Atlantiques (64)')).toMatch(/^☒/);
    expect(para('Gironde (33)')).toMatch(/^☐/);
    expect(para('Association loi 1901')).toMatch(/^☒/);
    expect(para('Association en cours de création')).toMatch(/^☐/);
    expect(projet.text).toContain('n° SIRET : 88432176500015');
  });

  it('computes the composition table from the adhérents and the territory', () => {
    const i = projet.text.indexOf('Médecin de la spécialité concernée : (annexe 1)');
    expect(projet.text.slice(i).split('\n').slice(0, 4)).toEqual(['Médecin de la spécialité concernée : (annexe 1)', 'Cardiologie et maladies vasculaires', '24', '182']);
    expect(projet.text).toContain('Les 24 médecins adhérents représentent 13,2 % des 182 médecins');
  });

  it('lists each partner under its heading of §4, with its cooperation and formalisation', () => {
    const titles = partenairesRef.rubriques.map((r) => r.titre);
    const typeToRubrique = new Map(partenairesRef.types.map((t) => [t.id, t.rubrique]));
    const start = projet.text.indexOf('4. Partenariats et gouvernance');
    const positions = titles.map((title) => projet.text.indexOf(title, start));
    expect(positions.every((p, i) => p > start && (i === 0 || p > positions[i - 1]!))).toBe(true);
    const sectionOf = (text: string) => {
      const at = projet.text.indexOf(text, start);
      expect(at, text).toBeGreaterThan(-1);
      const i = positions.filter((p) => p < at).length - 1;
      return partenairesRef.rubriques[i]?.id;
    };
    for (const p of sample.partenaires) {
      expect(sectionOf(p.nom)).toBe(typeToRubrique.get(p.type));
      expect(projet.text).toContain(p.cooperation);
    }
    expect(projet.text).toContain('Coopération formalisée (convention signée)');
  });

  it('shows the consultations avancées table and the deployment table', () => {
    expect(projet.text).toContain('Saint-Palais (64120) — MSP de Saint-Palais\n2e et 4e mardis, 2 demi-journées par mois\nInsuffisance cardiaque et rythmologie');
    expect(firstOutOfOrder(projet.text, ['Désignation des coordinateurs de bassin', '1er mars 2027', 'Ouverture de la télé-expertise', '1er mai 2027', 'Conventions avec les MSP', '1er septembre 2027'])).toBeUndefined();
  });

  it('lists the national indicators (fixed rows), the complementary and the qualitative ones', () => {
    const section = projet.text.slice(projet.text.indexOf('7. Indicateurs'), projet.text.indexOf('8. Plan'));
    for (const theme of indicateurs.themes) {
      for (const n of [...theme.nationaux, ...theme.regionaux]) expect(section).toContain(n.libelle);
    }
    expect(section).toContain(sample.indicateurs.complementaires[0]);
    expect(section).toContain(sample.indicateurs.qualitatifs[0]);
  });

  it('signs with the association and the date, and shows an optional empty answer quietly', () => {
    expect(projet.text).toContain('Projet de santé de l’ESS Cardiologie Côte Basque et Sud Landes');
    expect(projet.text).toContain('Etabli en date du 15 novembre 2026, à Bayonne');
    expect(projet.text).toContain('Maite Etcheverry, Présidente');
    // deploiement.autres_actions is "" in the sample.
    expect(projet.text).toMatch(/Autres actions prévues :\nSans objet\./);
  });

  it('lists every adhérent in Annexe 1 with number, name, specialty and RPPS', () => {
    const annexe = projet.text.slice(projet.text.indexOf('Annexe 1 :'));
    const expected = sample.adherents.flatMap((a: { nom: string; prenom: string; rpps: string }, i: number) => [
      String(i + 1),
      `${a.nom}, ${a.prenom}`,
      'Cardiologie et maladies vasculaires',
      a.rpps,
    ]);
    expect(firstOutOfOrder(annexe, expected)).toBeUndefined();
    expect(sample.adherents).toHaveLength(24);
  });

  it('has the ESS name in the header, "Page X sur Y" in the footer and document properties', () => {
    expect(projet.header).toContain('ESS Cardiologie Côte Basque et Sud Landes');
    expect(projet.header).not.toContain('BROUILLON');
    expect(projet.footer).toContain('Page {PAGE}');
    expect(projet.footer).toMatch(/sur \{NUMPAGES\}/);
    expect(projet.core).toContain('<dc:title>Projet de santé — ESS Cardiologie Côte Basque et Sud Landes</dc:title>');
    expect(projet.core).toContain('<dc:creator>Association des cardiologues libéraux Côte Basque – Sud Landes (ACCBSL)</dc:creator>');
  });

  it('sets explicit column widths on every table (LibreOffice ignores automatic widths)', async () => {
    const xml = (await docxParts(join(out, PROJET))).get('word/document.xml')!;
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(9);
    for (const t of tables) {
      expect(t).toMatch(/<w:tblLayout w:type="fixed"\/>/);
      expect(t).toMatch(/<w:gridCol w:w="\d+"\/>/);
      expect(t).not.toMatch(/<w:tcW w:type="auto"/);
    }
  });
});

describe('the lettre d’intention', () => {
  it('is a letter from the association to the ARS and the CPAM of the seat', () => {
    expect(firstOutOfOrder(lettre.text, [
      'Association des cardiologues libéraux Côte Basque – Sud Landes (ACCBSL)',
      '12 allée des Platanes',
      '64100 Bayonne',
      'Agence régionale de santé Nouvelle-Aquitaine',
      'CPAM de Bayonne',
      'Bayonne, le 15 juin 2026',
      'Objet : lettre d’intention pour la création de l’équipe de soins spécialisés « ESS Cardiologie Côte Basque et Sud Landes »',
      'Madame, Monsieur,',
    ])).toBeUndefined();
    expect(lettre.text).not.toContain('CPAM des Landes');
  });

  it('covers every element required by §VI.B.1, then the request and the signature', () => {
    expect(firstOutOfOrder(lettre.text, [
      'Cardiologie et maladies vasculaires',
      'Porteurs du projet.',
      'représentée par Maite Etcheverry (Présidente)',
      '24 médecins de la spécialité adhérents, soit 13,2 % des 182 médecins',
      'Julien Lacoste',
      'Territoire.',
      'Pyrénées-Atlantiques (64) et Landes (40)',
      'Coopérations envisagées ou déjà mises en place.',
      'MSP de Saint-Palais',
      'Association France Cœur Pays Basque',
      'Gouvernance envisagée.',
      'Assemblée générale annuelle',
      'Actions envisagées pour la mission socle.',
      'Coordination des parcours :',
      'Appui d’expertise, consultation :',
      'Appui d’expertise, télé-expertise et téléconsultation :',
      'Mission optionnelle : consultations avancées.',
      'Hagetmau (40700)',
      'Indicateur qualitatif retenu.',
      'Satisfaction des médecins traitants',
      'crédit d’amorçage de 80 000 €',
      '40 000 €',
      'salutations distinguées',
      'Maite Etcheverry',
    ])).toBeUndefined();
    expect(lettre.header).toContain('Lettre d’intention');
    expect(lettre.core).toContain('<dc:title>Lettre d’intention — ESS Cardiologie Côte Basque et Sud Landes</dc:title>');
  });

  it('renders the early sample (lettre stage) without a mission optionnelle paragraph', async () => {
    const dir = tempDir();
    const r = ess(['render', LETTRE_SAMPLE, '-o', dir, '--document', 'lettre']);
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['lettre-intention-ess-dermatologie-limousin.docx']);
    const l = await docxText(join(dir, 'lettre-intention-ess-dermatologie-limousin.docx'));
    expect(l.text).toContain('CPAM de la Haute-Vienne');
    expect(l.text).toContain('Limoges, le 1er octobre 2026');
    expect(l.text).toContain('association loi 1901 en cours de création, déclaration déposée en préfecture le 2 septembre 2026');
    expect(l.text).toContain('Haute-Vienne (87), Corrèze (19) et Creuse (23)');
    expect(l.text).not.toContain('Mission optionnelle');
  });
});

describe('user text comes out literally', () => {
  const nasty = 'ESS Cœur & Vaisseaux <Sud> "Basque" l\'Adour 🫀 *étoile* #1 | _x_ [x] {{nom}}';
  const nastyNom = 'O\'Lacoste & <Fils> "Jr" *x* | {{nom}}';
  let doc: DocxText;
  let reference: DocxText;
  let dir: string;

  beforeAll(async () => {
    const file = mutateSample([
      ['nom: ESS Cardiologie Côte Basque et Sud Landes', `nom: ${JSON.stringify(nasty)}`],
      [
        '  autres: |\n    Le départ en retraite de 23 cardiologues est attendu d\'ici 2030.',
        '  autres: "# Pas un titre\\n- [x] pas une case\\n\\n| a | b |\\n|---|---|\\n**pas gras** _pas italique_ <b>pas html</b> &amp; {{ess.nom}} `code` \\\\ fin\\a\\x01 ok"',
      ],
      ['cooperation: Éducation thérapeutique et prévention auprès des patients.', 'cooperation: "A | B || C\\nligne [ ] ~~barré~~ <br> suite"'],
      ['{ nom: Lacoste, prenom: Julien,', `{ nom: ${JSON.stringify(nastyNom)}, prenom: "Jül 👨‍⚕️ Œ",`],
    ]);
    dir = tempDir();
    const r = ess(['render', file, '-o', dir, '--document', 'projet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    doc = await docxText(join(dir, readdirSync(dir)[0]!));
    reference = projet;
  });

  it('uses the slug of the name (accents removed, œ as oe, other characters as -)', () => {
    expect(readdirSync(dir)).toEqual(['projet-de-sante-ess-coeur-vaisseaux-sud-basque-l-adour-etoile-1-x-x-nom.docx']);
  });

  it('prints & < > " \' accents, œ, emoji and Markdown/Handlebars characters as typed', () => {
    expect(doc.text).toContain(`Nom de l’ESS : ${nasty}`);
    expect(doc.header).toContain(nasty);
    // A line that looks like a list item keeps its own line, as text.
    expect(doc.text).toContain('# Pas un titre\n- [x] pas une case');
    expect(doc.text).toContain('| a | b | |---|---| **pas gras** _pas italique_ <b>pas html</b> &amp; {{ess.nom}} `code` \\ fin ok');
    expect(doc.text).toContain('A | B || C ligne [ ] ~~barré~~ <br> suite');
    // Annexe 1's rows join the syntax tree as text (src/documents/markdown.ts), not parsed as Markdown.
    const annexe = doc.text.slice(doc.text.indexOf('Annexe 1 :'));
    expect(firstOutOfOrder(annexe, ['1', 'Etcheverry, Maite', '2', `${nastyNom}, Jül 👨‍⚕️ Œ`, 'Cardiologie et maladies vasculaires', '10043216737', '3', 'Darrigrand, Pierre'])).toBeUndefined();
  });

  it('never lets user text change the structure (no new heading, table, list or checkbox)', async () => {
    const headings = (d: DocxText) => d.paragraphs.filter((p) => p.style?.startsWith('Heading')).length;
    expect(headings(doc)).toBe(headings(reference));
    const xmlOf = async (f: string) => (await docxParts(f)).get('word/document.xml')!;
    const count = (xml: string, re: RegExp) => xml.match(re)?.length ?? 0;
    const mine = await xmlOf(join(dir, readdirSync(dir)[0]!));
    const theirs = await xmlOf(join(out, PROJET));
    expect(count(mine, /<w:tbl>/g)).toBe(count(theirs, /<w:tbl>/g));
    expect(count(mine, /<w:tr>/g)).toBe(count(theirs, /<w:tr>/g));
    expect(count(mine, /<w:numPr>/g)).toBe(count(theirs, /<w:numPr>/g));
    expect(doc.text.match(/☒|☐/g)?.length).toBe(reference.text.match(/☒|☐/g)?.length);
  });

  it('drops control characters XML cannot hold', () => {
    expect(doc.text).not.toMatch(/[\u0001-\u0008]/);
  });
});

describe('refusal, draft and output folder', () => {
  const broken = () => mutateSample([['medecins_specialite: 182', 'medecins_specialite: beaucoup']]);

  it('refuses a dossier with errors: exit 1, findings printed, no file written', () => {
    const dir = join(tempDir(), 'out');
    const r = ess(['render', broken(), '-o', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/dossier\.yaml:\d+:\d+\s+erreur/);
    // The same structural error at both stages is printed once, then each stage's summary.
    expect(r.stdout.match(/dossier\.yaml:\d+:\d+\s+erreur/g)).toHaveLength(1);
    expect(r.stdout).toContain('« projet de santé »');
    expect(r.stdout).toContain('« lettre d’intention »');
    expect(r.stderr).toContain('aucun document écrit');
    expect(r.stderr).toContain('--brouillon');
    expect(existsSync(dir)).toBe(false);
  });

  it('--brouillon renders anyway and marks every page BROUILLON', async () => {
    const dir = tempDir();
    const r = ess(['render', broken(), '-o', dir, '--brouillon']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('brouillon');
    const files = readdirSync(dir).sort();
    expect(files).toEqual([LETTRE, PROJET].sort());
    for (const f of files) {
      const d = await docxText(join(dir, f));
      expect(d.header).toContain('BROUILLON');
    }
    const d = await docxText(join(dir, PROJET));
    expect(d.text).toContain('beaucoup');
  });

  it('--out naming an existing file: exit 2, the file untouched', () => {
    const file = join(tempDir(), 'existant.txt');
    writeFileSync(file, 'à garder');
    const r = ess(['render', COMPLETE_SAMPLE, '-o', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('est un fichier, pas un répertoire');
    expect(readFileSync(file, 'utf8')).toBe('à garder');
  });

  it('writes next to the dossier by default, replaces the previous file, and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    writeFileSync(file, readFileSync(COMPLETE_SAMPLE));
    writeFileSync(join(dir, PROJET), 'ancienne version');
    const r = ess(['render', file, '--document', 'projet']);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['dossier.yaml', PROJET].sort());
    expect(readFileSync(join(dir, PROJET)).subarray(0, 2).toString()).toBe('PK');
  });

  it('a missing dossier is exit 2 with a French message', () => {
    const r = ess(['render', join(tempDir(), 'absent.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Fichier introuvable');
  });

  it('--pdf without LibreOffice says how to install it (the DOCX is still written)', () => {
    const dir = tempDir();
    const r = ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', 'lettre', '--pdf'], { env: { ESS_SOFFICE: join(dir, 'pas-de-soffice') } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('LibreOffice est introuvable');
    expect(r.stderr).toContain('apt-get install libreoffice-writer-nogui');
    expect(readdirSync(dir)).toEqual([LETTRE]);
  });

  it('refuses an output folder it cannot create: exit 2', () => {
    const base = tempDir();
    writeFileSync(join(base, 'fichier'), 'x');
    mkdirSync(join(base, 'ok'));
    const r = ess(['render', COMPLETE_SAMPLE, '-o', join(base, 'fichier', 'sous-dossier')]);
    expect(r.status).toBe(2);
  });
});
