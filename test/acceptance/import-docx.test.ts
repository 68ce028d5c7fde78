// `ess importer projet.docx`: a projet de santé read back into the dossier, from DOCX files written
// by tools no one here controls: python-docx (a DOCX library) editing our own render, LibreOffice
// re-saving it, and pandoc writing a trame filled by hand from Markdown. Each part runs where its
// tool is installed (.ci/run installs them all) and says so when it is skipped.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COMPLETE_SAMPLE, ess, ROOT, tempDir } from '../helpers/cli.js';

const FIXTURES = join(ROOT, 'test/acceptance/fixtures');
const runs = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
  return !r.error && r.status === 0;
};
/** A python with python-docx: the one on PATH, or the system's (where apt installs python3-docx). */
const python = ['python3', '/usr/bin/python3'].find((p) => runs(p, ['-c', 'import docx']));
const soffice = runs('soffice', ['--version']);
const pandoc = runs('pandoc', ['--version']);
if (!python) console.warn('⚠ import DOCX: python-docx SKIPPED (apt-get install python3-docx).');
if (!soffice) console.warn('⚠ import DOCX: LibreOffice SKIPPED (apt-get install libreoffice-writer-nogui).');
if (!pandoc) console.warn('⚠ import DOCX: pandoc SKIPPED (apt-get install pandoc).');

function renderProjet(dossier: string, dir: string, extra: string[] = []): string {
  const r = ess(['render', dossier, '-o', dir, '--document', 'projet', ...extra]);
  expect(r.status, r.stderr).toBe(0);
  return join(dir, readdirSync(dir).find((f) => f.startsWith('projet-de-sante') && f.endsWith('.docx'))!);
}

/** Re-saved by LibreOffice as Word 2007-365 DOCX, with a profile of its own (tests run in parallel). */
function libreOfficeResave(file: string, dir: string): string {
  const out = join(dir, 'libreoffice');
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'docx', '--outdir', out, file], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return join(out, file.split('/').pop()!);
}

const at = (data: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data);

describe.skipIf(!python || !soffice)('a projet rendered by ess, edited with python-docx, re-saved by LibreOffice', () => {
  it('imports exactly the two answers rewritten, keeps the rest, the comments and a backup; check stays clean', () => {
    const dir = tempDir();
    const dossier = join(dir, 'dossier-ess.yaml');
    copyFileSync(COMPLETE_SAMPLE, dossier);
    const before = readFileSync(dossier, 'utf8');
    const docx = renderProjet(dossier, dir);
    const edits = join(dir, 'edits.json');
    writeFileSync(
      edits,
      JSON.stringify([
        { question: 'Etat de santé de la population', paragraphs: ['La population vieillit vite à l’intérieur du Pays basque.', 'Les besoins de suivi cardiologique y doublent d’ici 2030.'] },
        { question: 'Actions de communication prévues', paragraphs: ['Une tournée des CPTS au printemps 2027.'] },
      ]),
    );
    const edited = join(dir, 'edited.docx');
    const py = spawnSync(python!, [join(FIXTURES, 'edit-docx.py'), docx, edited, edits], { encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    const resaved = libreOfficeResave(edited, dir);

    const dry = ess(['importer', resaved, dossier, '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/modifiée +diagnostic\.etat_sante .*2 paragraphes/);
    expect(dry.stdout).toContain('rien n’a été écrit');
    expect(readFileSync(dossier, 'utf8')).toBe(before);
    expect(existsSync(`${dossier}.bak`)).toBe(false);

    const r = ess(['importer', resaved, dossier]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.match(/^ +modifiée /gm)).toHaveLength(2);
    expect(r.stdout).toMatch(/modifiée +deploiement\.communication/);
    expect(r.stdout).toMatch(/Adhérents : les 24 du DOCX sont ceux du dossier/);
    const after = readFileSync(dossier, 'utf8');
    expect(readFileSync(`${dossier}.bak`, 'utf8')).toBe(before);

    const old = parse(before) as Record<string, unknown>;
    const now = parse(after) as Record<string, unknown>;
    expect(at(now, 'diagnostic.etat_sante')).toBe('La population vieillit vite à l’intérieur du Pays basque.\n\nLes besoins de suivi cardiologique y doublent d’ici 2030.\n');
    expect(at(now, 'deploiement.communication')).toBe('Une tournée des CPTS au printemps 2027.\n');
    // Everything else is the same data, and the same text: only the two answers' lines differ.
    const rest = (d: Record<string, unknown>) => {
      const copy = structuredClone(d) as Record<string, Record<string, unknown>>;
      delete copy.diagnostic!.etat_sante;
      delete copy.deploiement!.communication;
      return copy;
    };
    expect(rest(now)).toEqual(rest(old));
    expect(now.adherents).toEqual(old.adherents);
    const comments = (t: string) => t.split('\n').filter((l) => /^\s*#/.test(l));
    expect(comments(after)).toEqual(comments(before));
    expect(comments(after).length).toBeGreaterThan(5);
    const removed = before.split('\n').filter((l) => !after.includes(l));
    expect(removed.join('\n')).toMatch(/420 000 habitants/);
    expect(removed.every((l) => /^    \S/.test(l))).toBe(true);

    const check = ess(['check', dossier]);
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/0 erreur, 0 avertissement/);
  }, 180_000);
});

describe('documents that are not a projet de santé', () => {
  it('refuses a lettre d’intention rendered by ess (exit 1, nothing changed)', () => {
    const dir = tempDir();
    const dossier = join(dir, 'dossier-ess.yaml');
    copyFileSync(COMPLETE_SAMPLE, dossier);
    const before = readFileSync(dossier, 'utf8');
    expect(ess(['render', dossier, '-o', dir, '--document', 'lettre']).status).toBe(0);
    const lettre = join(dir, readdirSync(dir).find((f) => f.startsWith('lettre-intention'))!);
    const r = ess(['importer', lettre, dossier]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/n’est pas un projet de santé.*lettre d’intention/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(dossier, 'utf8')).toBe(before);
    expect(existsSync(`${dossier}.bak`)).toBe(false);
  });

  it('refuses a broken zip and a file that is not a DOCX (exit 1), and a missing file (exit 2)', () => {
    const dir = tempDir();
    const dossier = join(dir, 'dossier-ess.yaml');
    copyFileSync(COMPLETE_SAMPLE, dossier);
    const broken = join(dir, 'casse.docx');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    const text = join(dir, 'texte.docx');
    writeFileSync(text, 'pas un docx');
    for (const file of [broken, text]) {
      const r = ess(['importer', file, dossier]);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/n’est pas un projet de santé lisible/);
    }
    const missing = ess(['importer', join(dir, 'absent.docx'), dossier]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/introuvable/);
    expect(existsSync(`${dossier}.bak`)).toBe(false);
  });
});

describe.skipIf(!pandoc)('a trame filled by hand, written by pandoc', () => {
  it('places at least 12 of its 15 free-text answers at the right paths of a fresh skeleton', () => {
    const dir = tempDir();
    const dossier = join(dir, 'dossier-ess.yaml');
    expect(ess(['init', dossier, '--non-interactif']).status).toBe(0);
    const docx = join(dir, 'trame.docx');
    const p = spawnSync('pandoc', [join(FIXTURES, 'trame-remplie.md'), '-o', docx], { encoding: 'utf8' });
    expect(p.status, p.stderr).toBe(0);
    const r = ess(['importer', docx, dossier]);
    expect(r.status, r.stderr).toBe(0);
    const data = parse(readFileSync(dossier, 'utf8')) as unknown;
    const expected: Record<string, RegExp> = {
      'diagnostic.etat_sante': /^La Gironde compte .*\n\nL’asthme sévère/s,
      'diagnostic.offre_de_soins': /^92 pneumologues/,
      'diagnostic.besoins_cpts': /^Les CPTS du Médoc/,
      'diagnostic.fragilites_parcours': /^Délai de 5 mois/,
      'gouvernance.articulation': /^Le médecin traitant adresse/,
      'gouvernance.instances': /^Un bureau de cinq membres/,
      'missions.coordination_parcours': /^Un pneumologue référent/,
      'missions.appui_expertise.consultation': /^Créneaux dédiés/,
      'missions.appui_expertise.teleexpertise': /^Télé-expertise .*:\n\n- lundi et jeudi pour les EFR ;\n- mardi pour les scanners\.\n$/s,
      'missions.fonctionnement.exercice_pluripro': /^Protocole de coopération/,
      'missions.fonctionnement.acces_examens': /^Un planning partagé/,
      'missions.fonctionnement.soins_non_programmes': /^Deux créneaux par jour/,
      'missions.fonctionnement.telemedecine': /^Téléconsultations assistées/,
      'outils_numeriques.entre_adherents': /^Messagerie sécurisée/,
      'deploiement.communication': /^Une réunion par CPTS/,
    };
    const placed = Object.entries(expected).filter(([path, re]) => re.test(String(at(data, path))));
    expect(placed.length, `placées : ${placed.map(([p]) => p).join(', ')}`).toBeGreaterThanOrEqual(12);
    // An empty answer of the trame stays « À COMPLÉTER » in the skeleton; nothing outside the answers is touched.
    expect(String(at(data, 'deploiement.cooperations')).trim()).toBe('À COMPLÉTER');
    expect(String(at(data, 'ess.nom')).trim()).toBe('À COMPLÉTER');
  }, 60_000);
});
