import { join } from 'node:path';

// `ess init --non-interactif` (skeleton built with the yaml Document API, atomic write): it must
// not load inquirer, which only the interactive path imports.
export default async function (b) {
  const file = join(b.tmp, 'init-squelette.yaml');
  const [nodeMs, ms] = b.interleaved([b.node, [...b.ess, 'init', file, '--non-interactif', '--force']], { expectStatus: [0, 0] });
  b.row('ess init --non-interactif (squelette complet)', ms, { against: 'node -e 0', againstMs: nodeMs });
}

