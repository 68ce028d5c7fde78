import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { draftPath, draftWhen, readDraft, removeDraft, writeDraft } from '../../src/wizard/draft.js';
import { draftFits } from '../../src/wizard/draft-shape.js';

describe('the draft file of an interrupted init', () => {
  it('is written in the state folder (not the user’s), 0600 even over a wider file, read back, removed', () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    expect(readDraft(file)).toBeUndefined();
    expect(draftPath(file).startsWith(join(process.env.ESS_ETAT!, 'brouillons'))).toBe(true);
    expect(draftPath(file)).not.toBe(draftPath(join(tempDir(), 'dossier.yaml'))); // one draft per dossier-to-be
    mkdirSync(dirname(draftPath(file)), { recursive: true });
    writeFileSync(draftPath(file), '{}');
    chmodSync(draftPath(file), 0o644);
    const draft = { savedAt: '2026-12-02T13:05:00.000Z', step: 'statut', reviewed: false, answers: { ess: { nom: 'ESS « Côte »' } } };
    expect(writeDraft(file, draft)).toBe(draftPath(file));
    expect(statSync(draftPath(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(draftPath(file), 'utf8'))).toEqual({
      format: 'ess-init-brouillon',
      dossier: file,
      version: 1,
      enregistre_le: draft.savedAt,
      etape: 'statut',
      recapitulatif_atteint: false,
      reponses: draft.answers,
    });
    expect(readDraft(file)).toEqual(draft);
    expect(readdirSync(dir)).toEqual([]);
    removeDraft(file);
    expect(existsSync(draftPath(file))).toBe(false);
    removeDraft(file); // already gone: nothing to do
  });

  it('says why a file is not a draft', () => {
    const file = join(tempDir(), 'dossier.yaml');
    writeFileSync(draftPath(file), '[1, 2]');
    expect(readDraft(file)).toEqual({ problem: 'ce n’est pas un brouillon d’ess init' });
    writeFileSync(draftPath(file), '{"format":"ess-init-brouillon","etape":"x","reponses":{}');
    expect(readDraft(file)).toEqual({ problem: 'ce n’est pas un brouillon d’ess init (JSON invalide)' });
  });

  it('checks the answers’ shape against the schema, nothing required yet', () => {
    expect(draftFits({ ess: { nom: 'A' } })).toBe(true);
    expect(draftFits({ adherents: [{ nom: 'D', prenom: 'M', rpps: '10071968035' }], territoire: { departements: ['64'] } })).toBe(true);
    expect(draftFits({ adherents: 'x' } as never)).toBe(false);
    expect(draftFits({ inconnu: 1 } as never)).toBe(false);
  });

  it('dates itself in local time, day/month and hour:minute', () => {
    const d = new Date(2026, 11, 2, 14, 5);
    expect(draftWhen(d.toISOString())).toBe('02/12 à 14:05');
  });
});
