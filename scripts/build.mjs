// Build: (1) compile the JSON Schema once into standalone validation code, so that `ess check`
// never compiles it at run time; (2) bundle the CLI with esbuild, one lazily loaded chunk per
// command, so that start-up reads few files.
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = JSON.parse(readFileSync(join(root, 'schemas/dossier.schema.json'), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true } });
addFormats(ajv, ['date', 'email']);
const validate = ajv.compile(schema);
const generated = join(root, 'src/generated');
mkdirSync(generated, { recursive: true });
writeFileSync(join(generated, 'validate-dossier.js'), standaloneCode(ajv, validate));

rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: { cli: join(root, 'src/cli.ts') },
  outdir: join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  packages: 'bundle',
  minify: process.env.ESS_NO_MINIFY ? false : true,
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  // CommonJS dependencies (yaml, ajv-formats) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __essRequire } from 'node:module'; const require = __essRequire(import.meta.url);" },
});
