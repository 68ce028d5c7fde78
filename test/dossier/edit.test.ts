import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendItems, removeAnswer, setAnswer } from '../../src/dossier/edit.js';

const DOSSIER = `# yaml-language-server: $schema=schemas/dossier.schema.json
# Mon dossier : commentaire gardé
version: 1
ess:
  nom: 'ESS Cardio'   # nom court
diagnostic:
  etat_sante: |
    À COMPLÉTER
  offre_de_soins: À COMPLÉTER # à voir
  vide:

# Les adhérents
adherents:
  - nom: DUPONT
    rpps: "10003456789"
partenaires: []
`;

/** Every line of `before` but those named is still in `after`, in order. */
function keepsOtherLines(before: string, after: string, changed: string[]): void {
  const kept = before.split('\n').filter((l) => !changed.some((c) => l.includes(c)));
  let at = 0;
  const lines = after.split('\n');
  for (const line of kept) {
    const found = lines.indexOf(line, at);
    expect(found, `line kept: ${line}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

describe('setAnswer', () => {
  it('writes a free-text answer as a literal block, the rest of the file byte for byte', () => {
    const text = 'Premier paragraphe : « un ».\n\nSecond # pas un commentaire\n- une puce';
    const out = setAnswer(DOSSIER, ['diagnostic', 'etat_sante'], text, { block: true });
    expect(parse(out).diagnostic.etat_sante).toBe(`${text}\n`);
    expect(out).toContain('  etat_sante: |\n    Premier paragraphe : « un ».\n\n    Second # pas un commentaire\n    - une puce\n  offre_de_soins');
    keepsOtherLines(DOSSIER, out, ['À COMPLÉTER\n', '    À COMPLÉTER']);
  });

  it('turns a plain placeholder into a block and keeps its comment', () => {
    const out = setAnswer(DOSSIER, ['diagnostic', 'offre_de_soins'], 'Deux cabinets.', { block: true });
    expect(parse(out).diagnostic.offre_de_soins).toBe('Deux cabinets.\n');
    expect(out).toContain('offre_de_soins: | # à voir\n    Deux cabinets.\n');
  });

  it('fills an empty key (clé: alone)', () => {
    const out = setAnswer(DOSSIER, ['diagnostic', 'vide'], 'Texte', { block: true });
    expect(parse(out).diagnostic.vide).toBe('Texte\n');
    expect(parse(out).adherents).toHaveLength(1);
  });

  it('adds a missing key at the end of its section, and a missing section at the end', () => {
    let out = setAnswer(DOSSIER, ['diagnostic', 'autres'], 'Rien.', { block: true });
    out = setAnswer(out, ['gouvernance', 'instances'], 'Un bureau.', { block: true });
    out = setAnswer(out, ['ess', 'date'], '2027-01-15');
    const data = parse(out);
    expect(data.diagnostic.autres).toBe('Rien.\n');
    expect(data.gouvernance.instances).toBe('Un bureau.\n');
    expect(data.ess).toEqual({ nom: 'ESS Cardio', date: '2027-01-15' });
    expect(out.indexOf('autres:')).toBeLessThan(out.indexOf('# Les adhérents'));
    keepsOtherLines(DOSSIER, out, []);
  });

  it('quotes strings that YAML would read as something else', () => {
    const out = setAnswer(DOSSIER, ['ess', 'nom'], '10003456789');
    expect(parse(out).ess.nom).toBe('10003456789');
    expect(setAnswer(DOSSIER, ['territoire', 'medecins_specialite'], 182)).toContain('  medecins_specialite: 182\n');
  });

  it('replaces a flow collection with a block one', () => {
    const out = setAnswer(DOSSIER, ['partenaires'], [{ nom: 'CPTS Sud', type: 'cpts', cooperation: 'Ligne 1\nLigne 2' }]);
    expect(parse(out).partenaires).toEqual([{ nom: 'CPTS Sud', type: 'cpts', cooperation: 'Ligne 1\nLigne 2\n' }]);
  });

  it('refuses a file whose YAML is broken, in French', () => {
    expect(() => setAnswer('a: [\n', ['a'], 'x')).toThrow(/syntaxe YAML est incorrecte \(ligne/);
  });

  it('keeps Windows line ends', () => {
    const crlf = DOSSIER.replace(/\n/g, '\r\n');
    const out = setAnswer(crlf, ['gouvernance', 'instances'], 'Un\n\nDeux', { block: true });
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parse(out).gouvernance.instances).toBe('Un\n\nDeux\n');
  });
});

describe('appendItems', () => {
  it('adds adhérents after the last one, with the list’s indentation', () => {
    const out = appendItems(DOSSIER, ['adherents'], [{ nom: 'MARTIN', prenom: 'Léa', rpps: '10001234567' }]);
    expect(parse(out).adherents).toEqual([
      { nom: 'DUPONT', rpps: '10003456789' },
      { nom: 'MARTIN', prenom: 'Léa', rpps: '10001234567' },
    ]);
    expect(out).toContain('    rpps: "10003456789"\n  - nom: MARTIN\n');
    keepsOtherLines(DOSSIER, out, []);
  });

  it('creates the list when it is empty or missing', () => {
    expect(parse(appendItems(DOSSIER, ['partenaires'], [{ nom: 'DAC 64' }])).partenaires).toEqual([{ nom: 'DAC 64' }]);
    expect(parse(appendItems('version: 1\n', ['adherents'], [{ nom: 'A' }])).adherents).toEqual([{ nom: 'A' }]);
  });
});

describe('appendItems in the list’s style', () => {
  it('writes items in flow style after flow items, or when asked for a new list', () => {
    const flow = 'adherents:\n  - { nom: A, rpps: "10071968035" }\n';
    expect(appendItems(flow, ['adherents'], [{ nom: 'B', rpps: '10043216737' }])).toBe(`${flow}  - { nom: B, rpps: "10043216737" }\n`);
    expect(appendItems('version: 1\n', ['adherents'], [{ nom: 'B' }], { flowItems: true })).toBe('version: 1\nadherents:\n  - { nom: B }\n');
    // Block items stay block items, whatever was asked for a new list.
    expect(appendItems(DOSSIER, ['adherents'], [{ nom: 'B' }], { flowItems: true })).toContain('    rpps: "10003456789"\n  - nom: B\n');
  });

  it('starts a new line when the file does not end with one', () => {
    const out = appendItems('adherents:\n  - { nom: A }', ['adherents'], [{ nom: 'B' }]);
    expect(out).toBe('adherents:\n  - { nom: A }\n  - { nom: B }\n');
  });
});

describe('removeAnswer', () => {
  const text = [
    'statut_juridique:',
    '  etat: en_creation',
    '  # Numéro SIRET de l’association.',
    '  # À garder si l’association est constituée ; sinon supprimez cette ligne.',
    '  siret: À COMPLÉTER  # à voir',
    '  # Date du dépôt.',
    '  date_depot_prefecture: 2026-09-02',
    '  motif: |',
    '    deux',
    '    lignes',
    '',
    '# fin',
    'version: 1',
    '',
  ].join('\n');

  it('removes the key, its value and the comments just above it, and nothing else', () => {
    expect(removeAnswer(text, ['statut_juridique', 'siret'])).toBe(text.replace('  # Numéro SIRET de l’association.\n  # À garder si l’association est constituée ; sinon supprimez cette ligne.\n  siret: À COMPLÉTER  # à voir\n', ''));
    expect(removeAnswer(text, ['statut_juridique', 'motif'])).toBe(text.replace('  motif: |\n    deux\n    lignes\n', ''));
  });

  it('leaves the text as it is when the answer is not there', () => {
    expect(removeAnswer(text, ['statut_juridique', 'absent'])).toBe(text);
    expect(removeAnswer(text, ['referent', 'nom'])).toBe(text);
  });
});
