import { describe, expect, it } from 'vitest';
import { terminalWidth, visibleLength, words, wrap, wrapWithTail } from '../../src/report/wrap.js';

describe('terminalWidth', () => {
  it('COLUMNS first, then the terminal, then 80; never narrower than 40', () => {
    expect(terminalWidth({ COLUMNS: '100' }, { columns: 132 })).toBe(100);
    expect(terminalWidth({}, { columns: 132 })).toBe(132);
    expect(terminalWidth({}, {})).toBe(80);
    expect(terminalWidth({ COLUMNS: 'abc' }, {})).toBe(80);
    expect(terminalWidth({ COLUMNS: '12' }, {})).toBe(40);
  });
});

describe('wrap', () => {
  const text = 'Aucun établissement de santé parmi les partenaires : le cahier des charges demande une articulation avec les professionnels hospitaliers.';

  it('fits the width, breaks between words only, indents the continuation lines', () => {
    const lines = wrap(text, 40, { firstIndent: 10, indent: 4 });
    expect(visibleLength(lines[0]!)).toBeLessThanOrEqual(30);
    for (const l of lines.slice(1)) {
      expect(visibleLength(l)).toBeLessThanOrEqual(40);
      expect(l).toMatch(/^ {4}\S/);
    }
    expect(lines.map((l) => l.trim()).join(' ')).toBe(text);
  });

  it('keeps French non-breaking spaces: inside a number, before « : » and €, after «', () => {
    expect(words('soit 80 000 € : « À COMPLÉTER »')).toEqual(['soit', '80 000 € :', '« À', 'COMPLÉTER »']);
    for (const width of [40, 41, 42, 43, 44, 45, 46]) {
      const lines = wrap('Crédit d’amorçage : 80 000 € (40 000 € + 40 000 €) et encore 1 234 567 €', width);
      expect(lines.join('\n')).not.toMatch(/\d\n|\n\s*€|\n\s*:/);
    }
  });

  it('cuts a word longer than a line, and only then', () => {
    const path = `/home/${'x'.repeat(70)}/dossier.yaml`;
    const lines = wrap(`voir ${path}`, 40, { indent: 2 });
    expect(lines.every((l) => visibleLength(l) <= 40)).toBe(true);
    expect(lines.map((l) => l.trim()).join('')).toBe(`voir${path}`);
  });

  it('counts code points and leaves our colours out', () => {
    expect(visibleLength('« É »')).toBe(5);
    expect(visibleLength('\u001b[31merreur\u001b[39m')).toBe(6);
  });

  it('a tail after two spaces on the last line when it fits, else on its own line', () => {
    expect(wrapWithTail('un message court', '[regle]', 80)).toEqual(['un message court  [regle]']);
    expect(wrapWithTail('un message qui remplit la ligne', '[une-regle]', 40, { indent: 4 })).toEqual(['un message qui remplit la ligne', '    [une-regle]']);
  });
});
