// Writes docs/regles.md from the rule registry. The registry is TypeScript: esbuild bundles the
// generator to a temporary ESM file, which is imported and run. `npm test` fails when the file is stale.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'ess-regles-'));
try {
  const outfile = join(dir, 'doc.mjs');
  await build({
    entryPoints: [join(root, 'scripts/docs/rules-doc.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'bundle',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __essRequire } from 'node:module'; const require = __essRequire(import.meta.url);" },
  });
  const { renderRulesDoc } = await import(pathToFileURL(outfile).href);
  writeFileSync(join(root, 'docs/regles.md'), renderRulesDoc(root));
  console.log('docs/regles.md écrit.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
