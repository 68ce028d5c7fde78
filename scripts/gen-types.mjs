// Derives the TypeScript types of the dossier from schemas/dossier.schema.json.
// `node scripts/gen-types.mjs` rewrites src/generated/dossier.ts; `--check` fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src/generated/dossier.ts');

// Titles are French sentences for editors; as type names they would be unreadable, so only the
// $defs keep names. String formats (date, e-mail…) are plain strings to TypeScript.
function forTypes(node) {
  if (Array.isArray(node)) return node.map((n) => forTypes(n));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'title' || k === '$id') continue;
    out[k] = k === 'properties' || k === '$defs' ? Object.fromEntries(Object.entries(v).map(([n, s]) => [n, forTypes(s)])) : forTypes(v);
  }
  if (out.type === 'string' && Array.isArray(out.anyOf)) {
    delete out.anyOf;
    out.tsType = 'string';
  }
  return out;
}

export async function generateTypes() {
  const schema = forTypes(JSON.parse(readFileSync(join(root, 'schemas/dossier.schema.json'), 'utf8')));
  return compile(schema, 'Dossier', {
    bannerComment: '/* Generated from schemas/dossier.schema.json by scripts/gen-types.mjs: do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 120 },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ts = await generateTypes();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== ts) {
      console.error('src/generated/dossier.ts is stale: run `node scripts/gen-types.mjs`.');
      process.exit(1);
    }
  } else writeFileSync(target, ts);
}
