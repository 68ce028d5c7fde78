import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDossier, checkDossierStages } from '../../src/check.js';
import { decodeDossier } from '../../src/dossier/read.js';
import { computeFacts } from '../../src/facts/index.js';
import { COMPLETE_SAMPLE } from '../helpers/cli.js';

const sample = readFileSync(COMPLETE_SAMPLE);

describe('checkDossier: the result carries the facts the rules quoted', () => {
  it('facts of a valid dossier, the same figures as computeFacts', () => {
    const result = checkDossier(decodeDossier('d.yaml', sample), 'projet');
    expect(result.facts).toEqual(computeFacts(result.dossier!));
  });

  it('no facts when the structure is wrong (the rules did not run)', () => {
    const result = checkDossier(decodeDossier('d.yaml', Buffer.from('version: 1\ness: 3\n')), 'projet');
    expect(result.dossier).toBeUndefined();
    expect(result.facts).toBeUndefined();
    expect(result.results.map((f) => f.rule)).toContain('schema');
  });

  it('several stages read the file once and share one facts object', () => {
    const [lettre, projet] = checkDossierStages(decodeDossier('d.yaml', sample), ['lettre', 'projet']);
    expect(lettre!.stage).toBe('lettre');
    expect(lettre!.facts).toBe(projet!.facts);
  });
});
