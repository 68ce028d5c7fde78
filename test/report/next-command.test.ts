import { describe, expect, it } from 'vitest';
import { nextCommand, shellArgument } from '../../src/report/next-command.js';

describe('next command', () => {
  it('answers missing: ess completer, with --etape lettre at the lettre stage', () => {
    expect(nextCommand({ file: 'dossier-ess.yaml', stage: 'projet', missingAnswers: 3, errors: 3 })).toBe('ess completer dossier-ess.yaml');
    expect(nextCommand({ file: 'dossier-ess.yaml', stage: 'lettre', missingAnswers: 1, errors: 0 })).toBe('ess completer dossier-ess.yaml --etape lettre');
  });

  it('a year of the rapport d’activité still to write: ess completer with its stage and year', () => {
    expect(nextCommand({ file: 'd.yaml', stage: 'rapport', annee: '2028', missingAnswers: 18, errors: 1 })).toBe('ess completer d.yaml --etape rapport --annee 2028');
  });

  it('stage ready: ess render, with the stage’s document', () => {
    expect(nextCommand({ file: 'd.yaml', stage: 'projet', missingAnswers: 0, errors: 0 })).toBe('ess render d.yaml');
    expect(nextCommand({ file: 'd.yaml', stage: 'lettre', missingAnswers: 0, errors: 0 })).toBe('ess render d.yaml --document lettre');
  });

  it('other errors only: no command to offer', () => {
    expect(nextCommand({ file: 'd.yaml', stage: 'projet', missingAnswers: 0, errors: 2 })).toBeUndefined();
  });

  it('quotes a file name a shell would split or expand', () => {
    expect(shellArgument('dossiers/ESS cardio 64.yaml', 'linux')).toBe('"dossiers/ESS cardio 64.yaml"');
    expect(shellArgument('C:\\Users\\Anne\\Mes documents\\ess.yaml', 'win32')).toBe('"C:\\Users\\Anne\\Mes documents\\ess.yaml"');
    expect(shellArgument('prix $HOME l’ess.yaml', 'linux')).toBe(`'prix $HOME l’ess.yaml'`);
    expect(shellArgument("it's $x.yaml", 'linux')).toBe(`'it'\\''s $x.yaml'`);
    expect(shellArgument('dossier-éçà_1.yaml', 'linux')).toBe('dossier-éçà_1.yaml');
    expect(shellArgument('-x.yaml', 'linux')).toBe('./-x.yaml');
  });
});
