// Times this build against another build of ess (a worktree of an older commit, built), each on
// its own sample, in turn with `node -e 0`, round after round: on a machine whose speed drifts,
// two builds compared in one run say more than two runs of `npm run bench`.
//   node scripts/compare-builds.mjs ../ess-before [case…]     (RUNS=31 for more rounds)
// The Annuaire cases use the extract `npm run bench` generates in .bench/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const after = join(dirname(fileURLToPath(import.meta.url)), '..');
const [beforeArg, ...only] = process.argv.slice(2);
if (!beforeArg) {
  console.error('usage: node scripts/compare-builds.mjs BEFORE_DIR [case…]');
  process.exit(2);
}
const before = resolve(beforeArg);
const runs = Number(process.env.RUNS ?? 11);
const extract = join(after, '.bench/PS_LibreAcces_Personne_activite_bench_2000000.txt');
const out = mkdtempSync(join(tmpdir(), 'ess-compare-'));
const sample = (r) => join(r, 'samples/ess-cardio-cote-basque.yaml');
const ess = (r, ...args) => [process.execPath, join(r, 'bin/ess.js'), ...args];

function time(argv) {
  const started = process.hrtime.bigint();
  spawnSync(argv[0], argv.slice(1), { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  return Number(process.hrtime.bigint() - started) / 1e6;
}
const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];

const cases = {
  'check sample': (r) => ess(r, 'check', sample(r)),
  'init skeleton': (r) => ess(r, 'init', join(out, `init-${r === before ? 'b' : 'a'}.yaml`), '--non-interactif', '--force'),
  'render sample': (r) => ess(r, 'render', sample(r), '-o', join(out, r === before ? 'b' : 'a')),
  'effectifs dermato': (r) => ess(r, 'effectifs', '--annuaire', extract, '--specialite', 'dermatologie', '--departements', '40,64'),
  'effectifs cardio 12': (r) => ess(r, 'effectifs', '--annuaire', extract, '--specialite', 'cardiologie', '--departements', '16,17,19,23,24,33,40,47,64,79,86,87'),
  'check --annuaire': (r) => ess(r, 'check', sample(r), '--annuaire', extract),
};

for (const [name, argvOf] of Object.entries(cases)) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const n = /annuaire|effectifs/.test(name) ? Math.min(runs, 5) : runs;
  const b = [], a = [], z = [];
  for (let round = 0; round <= n; round++) {
    const tb = time(argvOf(before)), ta = time(argvOf(after)), tz = time([process.execPath, '-e', '0']);
    if (round > 0) b.push(tb), a.push(ta), z.push(tz); // the first round warms up
  }
  const [mb, ma, mz] = [median(b), median(a), median(z)];
  console.log(`${name.padEnd(22)} before ${mb.toFixed(1)} ms  after ${ma.toFixed(1)} ms  after/before ${(ma / mb).toFixed(2)}  (node -e 0 ${mz.toFixed(1)} ms)`);
}
