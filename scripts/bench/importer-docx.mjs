import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

// Issue #17: `ess importer projet.docx --dry-run` on the sample's projet de santé (rendered by ess,
// 9 pages in LibreOffice) stays within 3× bare node, run in turn with it.
export default async function (b) {
  const dir = join(b.tmp, 'importer-docx');
  const dossier = join(dir, 'dossier-ess.yaml');
  const r = spawnSync(b.ess[0], [...b.ess.slice(1), 'render', join(b.root, 'samples/ess-cardio-cote-basque.yaml'), '-o', dir, '--document', 'projet'], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error('ess render failed');
  copyFileSync(join(b.root, 'samples/ess-cardio-cote-basque.yaml'), dossier);
  const docx = join(dir, readdirSync(dir).find((f) => f.startsWith('projet-de-sante') && f.endsWith('.docx')));
  const [nodeMs, ms] = b.interleaved([b.node, [...b.ess, 'importer', docx, dossier, '--dry-run']], { expectStatus: [0, 0] });
  b.row('ess importer projet.docx --dry-run (échantillon)', ms, { against: 'node -e 0', againstMs: nodeMs });
}
