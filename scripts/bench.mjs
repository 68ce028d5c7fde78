// `npm run bench`: wall-time medians of the built `ess` commands against bare `node -e 0`,
// all taken in one run on this machine, printed as a table of ratios.
// Each case lives in scripts/bench/<name>.mjs and exports `default async function (b)`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const tmp = join(root, '.bench');
mkdirSync(tmp, { recursive: true });

function once(argv, options = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: options.cwd ?? root, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (options.expectStatus !== undefined && r.status !== options.expectStatus) {
    throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return ms;
}

/** Median wall time in ms over `runs` runs (after one warm-up run). */
function median(argv, options = {}) {
  const n = options.runs ?? runs;
  once(argv, options);
  const times = Array.from({ length: n }, () => once(argv, options)).sort((a, b) => a - b);
  return times[Math.floor(n / 2)];
}

/**
 * Medians of several commands run in turn, round after round (after one warm-up round): a ratio
 * between them then holds even when the machine's speed drifts during the run.
 */
function interleaved(argvs, options = {}) {
  const n = options.runs ?? runs;
  const opts = (i) => ({ ...options, expectStatus: Array.isArray(options.expectStatus) ? options.expectStatus[i] : options.expectStatus });
  argvs.forEach((argv, i) => once(argv, opts(i)));
  const times = argvs.map(() => []);
  for (let round = 0; round < n; round++) argvs.forEach((argv, i) => times[i].push(once(argv, opts(i))));
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(n / 2)]);
}

/** Peak resident memory in MB of one run, read from GNU time when available. */
function peakRssMb(argv, options = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { cwd: options.cwd ?? root, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.error) return undefined;
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : undefined;
}

const rows = [];
const b = {
  root,
  tmp,
  runs,
  ess: [process.execPath, join(root, 'bin/ess.js')],
  median,
  interleaved,
  node: [process.execPath, '-e', '0'],
  peakRssMb,
  baseline: 0,
  /** Records a row: label, median ms, and what it is compared with. */
  row(label, ms, { against, againstMs, note } = {}) {
    rows.push({ label, ms, against, ratio: againstMs ? ms / againstMs : undefined, note });
  },
};

b.baseline = median([process.execPath, '-e', '0']);
b.row('node -e 0 (référence)', b.baseline);

const only = process.argv.slice(2);
const cases = readdirSync(join(root, 'scripts/bench')).filter((f) => f.endsWith('.mjs')).sort();
for (const file of cases) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const { default: run } = await import(pathToFileURL(join(root, 'scripts/bench', file)).href);
  await run(b);
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`\nMédianes sur ${runs} exécutions (node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
console.log(`${pad('cas', 58)} ${pad('médiane', 10)} ${pad('ratio', 8)} comparé à`);
for (const r of rows) {
  console.log(`${pad(r.label, 58)} ${pad(r.ms.toFixed(1) + ' ms', 10)} ${pad(r.ratio ? r.ratio.toFixed(2) + '×' : '', 8)} ${r.against ?? ''}${r.note ? `  (${r.note})` : ''}`);
}
