import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/check.js';
import { decodeDossier } from '../../src/dossier/read.js';
import { formatJson } from '../../src/report/json.js';
import { formatStylish } from '../../src/report/stylish.js';
import { COMPLETE_SAMPLE } from '../helpers/cli.js';
import { plainColors } from './plain-colors.js';

const result = checkDossier(decodeDossier('d.yaml', readFileSync(COMPLETE_SAMPLE)), 'projet');

describe('formatters are pure over the result', () => {
  it('the summary prints result.facts and computes nothing: other facts, other figures', () => {
    expect(result.facts).toBeDefined();
    const facts = { ...result.facts!, adherents: 7, medecins: 70, part: '10 %' };
    const text = formatStylish({ ...result, dossier: undefined, facts }, plainColors);
    expect(text).toContain('Synthèse');
    expect(text).toMatch(/7 adhérents de la spécialité sur 70 médecins/);
  });

  it('no facts (structure not valid): no summary', () => {
    expect(formatStylish({ ...result, facts: undefined }, plainColors)).not.toContain('Synthèse');
  });

  it('json: the contract’s object only (with the progress), facts and data left out', () => {
    expect(Object.keys(JSON.parse(formatJson(result)))).toEqual(['file', 'stage', 'results', 'summary', 'progress']);
    expect(Object.keys(JSON.parse(formatJson({ ...result, progress: undefined })))).toEqual(['file', 'stage', 'results', 'summary']);
  });

  it('progress: printed from result.progress, before the verdict', () => {
    const text = formatStylish({ ...result, progress: { stage: 'projet', answered: 38, total: 55, missing: [] } }, plainColors);
    expect(text).toMatch(/38 réponses rédigées sur 55 pour le projet de santé\.\n✔/);
    expect(formatStylish({ ...result, progress: { stage: 'projet', answered: 1, total: 55, missing: [] } }, plainColors)).toContain('1 réponse rédigée sur 55');
  });
});
