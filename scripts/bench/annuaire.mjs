import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateBigExtract } from '../annuaire-extract.mjs';

// Issue #6: on a generated extract of 2 million lines (about 760 MB like the real one),
// `ess effectifs` and `ess check --annuaire` within 3× `grep -c '|SM15|'`, peak memory < 200 MB.
// The extract is generated once in .bench/ (gitignored), never committed.
export default async function (b) {
  const lines = Number(process.env.BENCH_ANNUAIRE_LINES ?? 2_000_000);
  const file = join(b.tmp, `PS_LibreAcces_Personne_activite_bench_${lines}.txt`);
  if (!existsSync(file)) {
    const started = Date.now();
    generateBigExtract(file, lines);
    console.error(`extrait généré : ${file} (${(statSync(file).size / 1e6).toFixed(0)} Mo, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const mb = (statSync(file).size / 1e6).toFixed(0);
  const runs = Number(process.env.BENCH_ANNUAIRE_RUNS ?? 3);
  const sample = join(b.root, 'samples/ess-cardio-cote-basque.yaml');

  // grep reads the file like ess does (page cache warm after the first run of each). Its output
  // goes to a file: GNU grep stops at the first match when stdout is /dev/null (the bench's stdout).
  const grepMs = b.median(['sh', '-c', 'grep -c "|SM15|" "$0" > "$1"', file, join(b.tmp, 'grep-count.txt')], { runs, expectStatus: 0 });
  b.row(`grep -c '|SM15|' (${lines} lignes, ${mb} Mo)`, grepMs);

  const effectifs = [...b.ess, 'effectifs', '--annuaire', file, '--specialite', 'dermatologie', '--departements', '40,64', '--format', 'json'];
  const effMs = b.median(effectifs, { runs, expectStatus: 0 });
  b.row('ess effectifs (dermatologie, 40,64)', effMs, { against: 'grep -c', againstMs: grepMs, note: `pic mémoire ${b.peakRssMb(effectifs)?.toFixed(0) ?? '?'} Mo` });

  const effCardio = [...b.ess, 'effectifs', '--annuaire', file, '--specialite', 'cardiologie', '--departements', '16,17,19,23,24,33,40,47,64,79,86,87', '--format', 'json'];
  const effCardioMs = b.median(effCardio, { runs, expectStatus: 0 });
  b.row('ess effectifs (cardiologie, 5 codes, 12 départements)', effCardioMs, { against: 'grep -c', againstMs: grepMs, note: `pic mémoire ${b.peakRssMb(effCardio)?.toFixed(0) ?? '?'} Mo` });

  // The sample's adhérents are not in the generated extract: every one is looked up, all are reported.
  const check = [...b.ess, 'check', sample, '--annuaire', file, '--format', 'json'];
  const checkMs = b.median(check, { runs, expectStatus: 1 });
  b.row('ess check --annuaire (échantillon complet)', checkMs, { against: 'grep -c', againstMs: grepMs, note: `pic mémoire ${b.peakRssMb(check)?.toFixed(0) ?? '?'} Mo` });
}
