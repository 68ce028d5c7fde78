// Whether a draft's answers have the dossier's shape, as the wizard writes them: a draft edited by
// hand must not crash the wizard. Its own module, loaded only when a draft is found: the compiled
// schema validator is large.
import validate from '../generated/validate-dossier.js';
import type { InitAnswers } from './skeleton.js';

/** The schema's verdict on the answers; nothing is required yet in a draft. */
export function draftFits(answers: InitAnswers): boolean {
  return validate({ version: 1, ...answers }) || (validate.errors ?? []).every((e) => e.keyword === 'required');
}
