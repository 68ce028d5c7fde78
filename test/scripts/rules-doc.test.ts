import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../scripts/docs/rules-doc.js';
import { EXAMPLES } from '../../scripts/docs/examples.js';
import { rules } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';

describe('docs/regles.md', () => {
  it('is up to date with the registry (regenerate: node scripts/gen-rules-doc.mjs)', () => {
    const current = readFileSync(join(ROOT, 'docs/regles.md'), 'utf8');
    expect(current, 'docs/regles.md is stale: run node scripts/gen-rules-doc.mjs').toBe(renderRulesDoc(ROOT));
  });

  it('documents every rule with an example, and nothing else', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(rules.map((r) => r.id).sort());
    const doc = readFileSync(join(ROOT, 'docs/regles.md'), 'utf8');
    for (const r of rules) expect(doc).toContain(`## ${r.id}\n`);
  });

  it('the registry keeps the contract ids, in the table’s order', () => {
    const contract = ['a-completer', 'specialite-medecine-generale', 'rpps-cle', 'rpps-doublon', 'adherent-specialite', 'siret-cle', 'statut-siret', 'statut-date-prefecture', 'territoire-medecins-minimum', 'seuil-adherents', 'seuil-adherents-cible', 'mission-socle', 'partenaires-premier-recours', 'partenaires-etablissement', 'partenaires-dac', 'consultation-hors-territoire', 'indicateur-qualitatif', 'delai-projet-sante', 'delai-missions-socle', 'cpam-rattachement', 'financement'];
    const ids = rules.map((r) => r.id);
    expect(ids.filter((id) => contract.includes(id))).toEqual(contract);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
