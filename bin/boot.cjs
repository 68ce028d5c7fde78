'use strict';
// Loads the bundles of dist/ with V8's code cache: each bundle's compiled code is kept beside it
// (FILE.cache) and reused by later runs, so that a command does not parse and compile its whole
// bundle at every start. A stale or foreign cache is rejected by V8 and rewritten. A damaged one
// must never reach V8, which checks no checksum in release builds and aborts on corrupt code: the
// file holds the data twice, compared natively (a hash in JavaScript would cost more than the
// cache saves; node:zlib or node:crypto would cost the start-up to load).
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const modules = new Map();
const toCache = [];

function requireFrom(file) {
  const nodeRequire = Module.createRequire(file);
  return (id) => (id.endsWith('.cjs') && id.startsWith('./') ? load(path.join(path.dirname(file), id)) : nodeRequire(id));
}

function load(file) {
  const known = modules.get(file);
  if (known) return known.exports;
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = intact(fs.readFileSync(cacheFile));
  } catch {
    cachedData = undefined;
  }
  // The build turns import() into require(); should a dependency still call import(), Node's own
  // loader answers it where this Node version allows.
  const dynamic = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData, ...(dynamic ? { importModuleDynamically: dynamic } : {}) });
  const module = { exports: {}, id: file, filename: file, loaded: false };
  modules.set(file, module);
  script.runInThisContext().call(module.exports, module.exports, requireFrom(file), module, file, path.dirname(file));
  module.loaded = true;
  if (cachedData === undefined || script.cachedDataRejected) toCache.push([script, cacheFile]);
  return module.exports;
}

const MAGIC = 0x43535345; // "ESSC"

/** The cached data when both copies are whole and identical; undefined otherwise (then rewritten). */
function intact(raw) {
  if (raw.length < 8 || raw.readUInt32LE(0) !== MAGIC) return undefined;
  const n = raw.readUInt32LE(4);
  if (n === 0 || raw.length !== 8 + 2 * n || raw.compare(raw, 8, 8 + n, 8 + n, 8 + 2 * n) !== 0) return undefined;
  return raw.subarray(8, 8 + n);
}

function framed(data) {
  const header = Buffer.alloc(8);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, data, data]);
}

// At exit the cache holds every function the run compiled, not only the top level.
process.on('exit', () => {
  for (const [script, cacheFile] of toCache) {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, framed(script.createCachedData()));
      fs.renameSync(tmp, cacheFile);
    } catch {
      try {
        fs.unlinkSync(tmp);
      } catch {
        // A read-only installation simply runs without a cache.
      }
    }
  }
});

const main = path.join(__dirname, '..', 'dist', 'ess.cjs');
if (!fs.existsSync(main)) {
  process.stderr.write('ess : le programme n’est pas construit. Lancez « npm install » (ou « npm run build ») dans le dossier du projet.\n');
  process.exitCode = 2;
} else load(main);
