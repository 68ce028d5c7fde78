// npm pack / publish: the published package.json carries no `prepare` script. Contributors need it
// (a clone builds dist/ at `npm install`), but npm 11 lists it as an install script when the
// package is installed from a file, and offers to run it, which would fail without the dev tools.
// `prepack` strips it from package.json (keeping the original beside it), `postpack` puts it back.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = join(root, 'package.json');
const kept = join(root, '.package.json.before-pack');

function restore() {
  if (existsSync(kept)) renameSync(kept, manifest);
}

if (process.argv[2] === 'strip') {
  restore(); // an earlier pack that stopped halfway
  const text = readFileSync(manifest, 'utf8');
  const data = JSON.parse(text);
  delete data.scripts.prepare;
  writeFileSync(kept, text);
  writeFileSync(manifest, `${JSON.stringify(data, null, 2)}\n`);
} else if (process.argv[2] === 'restore') {
  restore();
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
