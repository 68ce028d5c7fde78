import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseAdherentsCsv } from '../../../src/import/csv/adherents.js';
import { addToDossier, dossierAdherents, entryOf, mergeByRpps } from '../../../src/import/csv/merge.js';
import { RPPS } from '../../wizard/helpers.js';

const DOSSIER = `# yaml-language-server: $schema=schemas/dossier.schema.json
version: 1   # ne pas changer
ess:
  nom: 'ESS Cardio'

# Annexe 1 : les adhérents (commentaire de l'utilisateur)
adherents:
  - { nom: Etcheverry, prenom: Maite, rpps: "${RPPS[0]}" } # la coordinatrice
  # Julien signe en janvier
  - { nom: Lacoste, prenom: Julien, rpps: "${RPPS[1]}" }

# Fin
signature:
  lieu: Bayonne
`;

describe('mergeByRpps', () => {
  it('splits the CSV’s lines into new ones and those the list already has (an RPPS written as a number too)', () => {
    const { lines } = parseAdherentsCsv(`Nom;Prénom;RPPS\nETCHEVERRY;Maïté;${RPPS[0]}\nDarrigrand;Pierre;${RPPS[2]}\nX;Y;${RPPS[3]}\n`);
    const merge = mergeByRpps([{ nom: 'Etcheverry', prenom: 'Maite', rpps: RPPS[0] }, { nom: 'Z', rpps: Number(RPPS[3]) }], lines);
    expect(merge.added.map((l) => l.adherent.rpps)).toEqual([RPPS[2]]);
    expect(merge.known.map((l) => [l.line, l.existing.nom])).toEqual([
      [2, 'Etcheverry'],
      [4, 'Z'],
    ]);
  });
});

describe('entryOf', () => {
  it('leaves out the specialty when it is the ESS’s', () => {
    expect(entryOf({ nom: 'A', prenom: 'B', rpps: RPPS[0], specialite: 'cardiologie' }, 'cardiologie')).toEqual({ nom: 'A', prenom: 'B', rpps: RPPS[0] });
    expect(entryOf({ nom: 'A', prenom: 'B', rpps: RPPS[0], specialite: 'pediatrie' }, 'cardiologie')).toEqual({ nom: 'A', prenom: 'B', rpps: RPPS[0], specialite: 'pediatrie' });
  });
});

describe('addToDossier', () => {
  it('appends one adhérent per line after the last one, every other byte kept', () => {
    const out = addToDossier(DOSSIER, [{ nom: 'Darrigrand', prenom: 'Pierre', rpps: RPPS[2], specialite: 'cardiologie' }], false);
    const at = DOSSIER.indexOf('\n# Fin');
    expect(out).toBe(`${DOSSIER.slice(0, at)}  - { nom: Darrigrand, prenom: Pierre, rpps: "${RPPS[2]}", specialite: cardiologie }\n${DOSSIER.slice(at)}`);
    expect(parse(out).adherents).toHaveLength(3);
  });

  it('keeps CRLF line ends, and the block style of a list written so', () => {
    const block = 'version: 1\r\nadherents:\r\n  - nom: A\r\n    prenom: B\r\n    rpps: "10071968035"\r\n';
    const out = addToDossier(block, [{ nom: 'C', prenom: 'D', rpps: RPPS[1] }], false);
    expect(out).toBe(`${block}  - nom: C\r\n    prenom: D\r\n    rpps: "${RPPS[1]}"\r\n`);
  });

  it('replaces the entry `init` leaves for the adhérents to come, keeping the comments above', () => {
    const skeleton = '# Annexe 1\nadherents:\n  - { nom: À COMPLÉTER, prenom: À COMPLÉTER, rpps: À COMPLÉTER }\n# fin\n';
    const list = dossierAdherents(skeleton);
    expect(list).toEqual({ ok: true, entries: [{ nom: 'À COMPLÉTER', prenom: 'À COMPLÉTER', rpps: 'À COMPLÉTER' }], placeholdersOnly: true });
    const out = addToDossier(skeleton, [{ nom: 'A', prenom: 'B', rpps: RPPS[0] }], true);
    expect(out).toBe(`# Annexe 1\nadherents:\n  - { nom: A, prenom: B, rpps: "${RPPS[0]}" }\n# fin\n`);
  });

  it('creates the list where it is empty, missing or « À COMPLÉTER »', () => {
    for (const text of ['version: 1\nadherents:\n', 'version: 1\nadherents: []\n', 'version: 1\n', 'version: 1\nadherents: À COMPLÉTER\n']) {
      const list = dossierAdherents(text);
      expect(list).toEqual({ ok: true, entries: [], placeholdersOnly: false });
      const out = addToDossier(text, [{ nom: 'A', prenom: 'B', rpps: RPPS[0] }], false);
      expect(parse(out)).toEqual({ version: 1, adherents: [{ nom: 'A', prenom: 'B', rpps: RPPS[0] }] });
      expect(out).toContain(`  - { nom: A, prenom: B, rpps: "${RPPS[0]}" }\n`);
    }
  });

  it('says where `adherents` is something else than a list', () => {
    expect(dossierAdherents('version: 1\nadherents:\n  nom: A\n')).toEqual({ ok: false, line: 3 });
    expect(dossierAdherents('version: 1\nadherents: voir le tableur\n')).toEqual({ ok: false, line: 2 });
  });
});
