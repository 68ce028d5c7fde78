// Shared by the three partner rules: which types a dossier's partners have.
import type { Dossier } from '../generated/dossier.js';
import { isEmpty } from './values.js';

/** undefined when the list is empty or missing: that is the a-completer rule's finding. */
export function partnerTypes(dossier: Dossier): Set<string> | undefined {
  const partenaires = dossier.partenaires;
  if (!partenaires || isEmpty(partenaires)) return undefined;
  return new Set(partenaires.map((p) => p?.type).filter((t): t is NonNullable<typeof t> => typeof t === 'string'));
}
