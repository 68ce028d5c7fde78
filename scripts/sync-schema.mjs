// Writes what derives from the specialty referential (src/referentiels/specialites.json), so that
// the list is typed once: the schema's `$defs/specialite` (ids and their French labels for editors),
// the TypeScript types, and the French page docs/specialites.md.
// `node scripts/sync-schema.mjs` rewrites them; `--check` fails when one is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTypes } from './gen-types.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = {
  referential: join(root, 'src/referentiels/specialites.json'),
  schema: join(root, 'schemas/dossier.schema.json'),
  types: join(root, 'src/generated/dossier.ts'),
  doc: join(root, 'docs/specialites.md'),
};
const read = (file) => readFileSync(file, 'utf8');
const referential = () => JSON.parse(read(files.referential));

/** The `$defs/specialite` block of the schema, written one id per line (small diffs, easy merges). */
function specialiteDef(items) {
  const list = (values) => values.map((v) => `            ${JSON.stringify(v)}`).join(',\n');
  return [
    '    "specialite": {',
    '      "$comment": "Généré depuis src/referentiels/specialites.json par scripts/sync-schema.mjs : ne pas modifier ici.",',
    '      "anyOf": [',
    '        {',
    '          "enum": [',
    list(items.map((s) => s.id)),
    '          ],',
    '          "enumDescriptions": [',
    list(items.map((s) => (s.eligible ? s.libelle : `${s.libelle} (impossible pour une ESS)`))),
    '          ]',
    '        },',
    '        { "const": "À COMPLÉTER" }',
    '      ]',
    '    }',
  ].join('\n');
}

/**
 * The schema's text with its `$defs/specialite` replaced. The rest of the file is kept byte for
 * byte (it is formatted by hand); the block ends at the first line back at its own indentation.
 */
export function syncedSchema(text = read(files.schema), items = referential().items) {
  const defs = text.indexOf('\n  "$defs": {');
  const start = text.indexOf('\n    "specialite": {', defs);
  if (defs < 0 || start < 0) throw new Error('schemas/dossier.schema.json: no "$defs" › "specialite" block');
  const close = /\n    \}/g;
  close.lastIndex = start + 1;
  const end = close.exec(text);
  if (!end) throw new Error('schemas/dossier.schema.json: the "$defs" › "specialite" block does not end');
  const synced = text.slice(0, start + 1) + specialiteDef(items) + text.slice(end.index + end[0].length);
  JSON.parse(synced);
  return synced;
}

const cell = (text) => text.replace(/\|/g, '\\|');

/** docs/specialites.md: the ids to write in the dossier, in French, for the people who fill it in. */
export function specialitesDoc(data = referential()) {
  const rows = data.items.map(
    (s) =>
      `| \`${s.id}\` | ${cell(s.libelle)}${s.eligible ? '' : ' (impossible pour une ESS)'} | ${s.codes.join(', ')} | ${cell((s.noms_usuels ?? []).join(', '))} |`,
  );
  const notes = data.items.filter((s) => s.note).map((s) => `- \`${s.id}\` : ${s.note}`);
  const refused = data.items.filter((s) => !s.eligible).map((s) => `« ${s.libelle} » : ${s.motif}`);
  return [
    '<!-- Généré depuis src/referentiels/specialites.json par scripts/sync-schema.mjs : ne pas modifier ici. -->',
    '# Spécialités médicales',
    '',
    'Le dossier désigne une spécialité par son **identifiant** (colonne de gauche), écrit tel quel :',
    'minuscules, sans accents, mots reliés par des tirets. C’est le cas de `ess.specialite`, de',
    '`territoire.autres_specialites[].specialite`, de `adherents[].specialite` et de',
    '`partenaires[].specialite`. Les éditeurs qui lisent le schéma (VS Code…) proposent la liste avec',
    'les libellés.',
    '',
    'Un libellé ou un nom usuel écrit à la place de l’identifiant (« Cardiologie », « cardiologue »,',
    '« Endocrinologue », « ORL »…) est signalé par `ess check` avec l’identifiant à écrire :',
    '« Vouliez-vous dire « cardiologie » ? ». `ess effectifs --specialite` accepte l’identifiant, le',
    'libellé, un nom usuel ou un code RPPS.',
    '',
    `Toutes les spécialités de la nomenclature des médecins sont là, chacune avec **tous** ses codes RPPS`,
    '(spécialité ordinale, colonne `Code savoir-faire` de l’Annuaire santé) : titres antérieurs à 2017,',
    'titres de la réforme du 3e cycle de 2017 (SM62 à SM95) et leurs options. `ess effectifs` et',
    '`ess check --annuaire` comptent un médecin dès qu’il a l’un des codes de la spécialité.',
    '',
    `Toutes peuvent fonder une ESS, sauf ${refused.join(' ; ')}.`,
    '',
    `Source : ${data.source}`,
    '',
    '| identifiant | spécialité | codes RPPS | noms usuels compris |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## Choix de rattachement',
    '',
    'Chaque code de la nomenclature appartient à une seule spécialité. Là où le choix se discute :',
    '',
    ...notes,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const schema = syncedSchema();
  const stale = [];
  const update = (file, text) => {
    if (existsSync(file) && read(file) === text) return;
    if (check) stale.push(file);
    else writeFileSync(file, text);
  };
  update(files.schema, schema);
  update(files.doc, specialitesDoc());
  // The types derive from the schema as written (gen-types reads the file).
  if (!check) update(files.types, await generateTypes());
  if (stale.length > 0) {
    console.error(`Stale: ${stale.join(', ')}: run \`node scripts/sync-schema.mjs\`.`);
    process.exit(1);
  }
}
