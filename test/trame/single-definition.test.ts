// Issue 15's acceptance, measured: « a question of the trame appears, as a key, in at most two
// source files (its definition and its template) ». The definition is schemas/dossier.schema.json
// (outside src/); the template is the template.md.hbs of each document that prints the question
// (x-ess.documents: a question both documents print has two templates). So, under src/ (without
// src/generated/, which the build writes from the schema), a question may be named only by the
// templates of its documents, and by nothing else: not the views, the wizard, the skeleton, the
// YAML comments of `init`, the requirements.
//
// How a file « names a question as a key »: its last key K (e.g. `motif` for
// territoire.derogation.motif), outside comments and import paths, written
//   - as a property: `.K`, `?.K`, `/K` (a dotted path or a JSON pointer in a string),
//   - as a string of its own: 'K', "K", `K`,
//   - as an object key: `K:` or `K?:`, or shorthand `{ K }` / `, K,`,
//   - in a template: inside `{{ … }}`.
// What is not measured, and why:
//   - CHECKS: the rules (src/rules/), the facts (src/facts/), the Annuaire checks (src/annuaire/)
//     and the true conditions (src/trame/conditions.ts). A rule is a statement of the cahier des
//     charges about given answers (the SIRET's key, the seuil of adhérents) and its message must
//     name the key the user edits; those are the program's knowledge, not the plumbing that used
//     to repeat every question (skeleton, wizard, review, requirements, views, YAML comments).
//   - CONTAINERS: a group, a person or a list whose items have questions: their key is the way
//     to their answers (a loop names `partenaires` to reach each partner); their answers are
//     measured one by one.
//   - SHARED words, listed below: the last key of several questions of the trame (`nom` is the
//     ESS's, the association's, each partner's and adhérent's…) or a word the code uses for
//     something else (`type` of a syntax-tree node). For those, only the full path counts
//     (`statut_juridique.siege.commune`, `/referent/courriel`), not the bare key.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questions, type Question } from '../../src/trame/index.js';
import { DOCUMENTS } from '../../src/documents/registry.js';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

const CHECKS = [/^src\/rules\//, /^src\/facts\//, /^src\/annuaire\//, /^src\/trame\/conditions\.ts$/];

/** Keys that name several questions, or something else in the code (see the header). */
const SHARED: Record<string, string> = {
  nom: 'the ESS, the association, the représentant, the référent, each partner, each adhérent',
  prenom: 'the représentant, the référent, each adhérent',
  specialite: 'the ESS, each other specialty, each partner ESS, each adhérent; also the referential of specialties',
  date: 'the projet, each row of the plan de déploiement, the signature',
  courriel: 'the représentant and the référent',
  telephone: 'the représentant and the référent',
  code_postal: 'the seat and each place of consultation',
  commune: 'the seat and each place of consultation; also a column of the Annuaire extract',
  departement: 'the seat and each place of consultation; also the referential of départements',
  departements: 'the territory; also the referential of départements, the `--departements` option of `ess effectifs` and its counts per département',
  lieu: 'the signature and the lettre',
  type: 'each partner; also the type of every syntax-tree node and schema node',
  structure: 'each place of consultation; also « the structure of the dossier » (schema validation)',
  profession: 'the référent; also a column of the Annuaire extract',
  medecins: 'each other specialty; also the count of médecins in the facts',
  autres: 'diagnostic.autres; also the rubrique « autres » of the partners referential',
  premier_recours: 'outils_numeriques.premier_recours; also a rubrique of the partners referential',
  motif: 'the dérogation; also why a specialty cannot form an ESS (referential of specialties)',
  rpps: 'each adhérent; also the RPPS number format (its checksum, its validator, its schema message)',
  siret: 'the association; also the SIRET number format (its checksum, its validator, its schema message)',
  etat: 'the statut juridique, and each mission of the year (activite.{annee}.missions.*.etat)',
  consultations_avancees: 'the optional mission (missions., deploiement.missions., activite.{annee}.missions.) and the national indicator of the year',
  complementaires: 'the projet’s indicateurs.complementaires and the year’s activite.{annee}.complementaires',
  qualitatifs: 'the projet’s indicateurs.qualitatifs and the year’s activite.{annee}.qualitatifs',
  indicateur: 'each complementary and each qualitative indicator of the year; also the indicators of the referential',
  valeur: 'each complementary indicator of the year; also a value in every table row the views compute',
  adhesion: 'each adhérent’s date of adhesion; also the id of the formulaires d’adhésion (`--document adhesion`) and a column of the CSV import',
};

/** Questions that still break the rule: each line is work left (the test fails once one is fixed, to shrink the list). */
const KNOWN: Record<string, string> = {};

const isContainer = (q: Question) =>
  q.kind === 'groupe' || q.kind === 'personne' || (q.kind === 'liste' && questions.some((c) => c.pointer.startsWith(`${q.pointer}/*/`)));

function sourceFiles(): Array<{ file: string; text: string }> {
  return readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|hbs|json)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith('src/generated/') && !CHECKS.some((c) => c.test(file)))
    .map((file) => ({ file, text: withoutComments(file, readFileSync(join(ROOT, file), 'utf8')) }));
}

/** Comments and import paths are not uses of a key (`./partenaires.js` is a file). */
function withoutComments(file: string, text: string): string {
  if (file.endsWith('.hbs')) return text.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, '');
  if (file.endsWith('.json')) return text;
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[\s;,)])\/\/.*$/gm, '$1')
    .replace(/\bfrom\s+'[^']*'|import\(\s*[`'][^`']*[`']\s*\)/g, '');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namesKey(file: string, text: string, key: string): boolean {
  const k = escape(key);
  if (file.endsWith('.hbs')) return new RegExp(`\\{\\{[^}]*(?<![\\w$])${k}(?![\\w$])[^}]*\\}\\}`).test(text);
  return new RegExp(
    `[./]${k}(?![\\w$])(?!\\.(?:js|ts|json)\\b)|['"\`]${k}['"\`]|(?<![\\w$])${k}\\??:(?!:)|[{,]\\s*${k}\\s*[,}]`,
  ).test(text);
}

/** The full path, dotted or as a pointer, without the list's `*` (`missions.consultations_avancees.lieux`…). */
function namesPath(text: string, q: Question): boolean {
  const segments = q.path.split('.').filter((s) => s !== '*');
  const dotted = new RegExp(`(?<![\\w$])${segments.map(escape).join('(?:\\.\\*|\\.\\d+|\\.\\$\\{[^}]+\\})?\\.')}(?![\\w$])`);
  const pointer = new RegExp(`/${segments.map(escape).join('(?:/\\*|/\\d+|/\\$\\{[^}]+\\})?/')}(?![\\w$])`);
  return dotted.test(text) || pointer.test(text);
}

function filesNaming(q: Question, files: ReturnType<typeof sourceFiles>): string[] {
  const key = q.path.split('.').filter((s) => s !== '*').at(-1)!;
  const shared = key in SHARED;
  return files.filter(({ file, text }) => namesPath(text, q) || (!shared && namesKey(file, text, key))).map((f) => f.file);
}

const templateOf = (documentId: string) => {
  const doc = DOCUMENTS.find((d) => d.name === documentId);
  return doc ? `src/documents/${doc.name}/template.md.hbs` : undefined;
};

describe('a question of the trame is named in its definition and its template only', () => {
  const files = sourceFiles();
  const measured = questions.filter((q) => !isContainer(q));

  it('measures the answers themselves (the detection finds what it should)', () => {
    expect(measured.length).toBeGreaterThan(50);
    // The detector sees a key in each of its forms, and not in prose or comments.
    expect(namesKey('a.ts', 'x.motif', 'motif')).toBe(true);
    expect(namesKey('a.ts', "t(d, 'motif')", 'motif')).toBe(true);
    expect(namesKey('a.ts', '{ motif: 1 }', 'motif')).toBe(true);
    expect(namesKey('a.ts', 'const { motif } = x', 'motif')).toBe(true);
    expect(namesKey('a.hbs', '{{md motif}}', 'motif')).toBe(true);
    expect(namesKey('a.ts', "'Le motif : …'", 'motif')).toBe(false);
    expect(namesKey('a.ts', withoutComments('a.ts', '// x.motif\nconst a = 1;'), 'motif')).toBe(false);
    expect(namesKey('a.ts', 'x.motifs', 'motif')).toBe(false);
    expect(namesPath("at(d, 'territoire.derogation.motif')", questions.find((q) => q.path === 'territoire.derogation.motif')!)).toBe(true);
  });

  it('each answer: at most its definition and the template of each document that prints it', () => {
    const over: Record<string, string[]> = {};
    for (const q of measured) {
      const allowed = new Set(q.documents.map(templateOf).filter((t) => t !== undefined));
      const others = filesNaming(q, files).filter((f) => !allowed.has(f));
      if (others.length > 0) over[q.path] = others;
    }
    const unexpected = Object.fromEntries(Object.entries(over).filter(([path]) => !(path in KNOWN)));
    expect(unexpected).toEqual({});
    // A question fixed leaves KNOWN (so that the list only shrinks).
    expect(Object.keys(KNOWN).filter((path) => !(path in over))).toEqual([]);
  });
});
