import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/core/error-report.js';
import { EssError, InputError } from '../../src/core/errors.js';

describe('reportError: every error becomes French text and an exit code', () => {
  it('keeps the message and code of expected errors, without stack', () => {
    expect(reportError(new InputError('Fichier introuvable : x.yaml.'), false)).toEqual({ message: 'ess : Fichier introuvable : x.yaml.', exitCode: 2 });
    expect(reportError(new EssError('Refusé.', 1), false).exitCode).toBe(1);
  });

  it('names system errors in French', () => {
    const error = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path: '/tmp/x.docx' });
    expect(reportError(error, false)).toEqual({ message: 'ess : disque plein : /tmp/x.docx.', exitCode: 2 });
  });

  it('says an unexpected error is one, suggests --debug, exits 2', () => {
    const r = reportError(new TypeError('x is undefined'), false);
    expect(r.exitCode).toBe(2);
    expect(r.message).toMatch(/erreur inattendue.*--debug/s);
    expect(r.message).not.toMatch(/\n\s+at /);
  });

  it('adds the stack only with --debug', () => {
    expect(reportError(new TypeError('boom'), true).message).toMatch(/\n\s+at /);
  });
});

describe('reportError escapes control characters', () => {
  it('a path or value with ESC or a bidi override is shown escaped; line breaks stay', () => {
    const r = reportError(new InputError('Fichier introuvable : \u001b]0;x\u0007.yaml.\nSuite \u202e.'), false);
    expect(r.message).toBe('ess : Fichier introuvable : \\u001b]0;x\\u0007.yaml.\nSuite \\u202e.');
  });
});
