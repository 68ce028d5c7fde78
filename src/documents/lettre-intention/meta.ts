import type { DocumentMeta } from '../document.js';

/** The lettre d'intention: cahier des charges national, §VI.B.1, one to two pages. */
export const lettreIntention: DocumentMeta = {
  id: 'lettre',
  name: 'lettre-intention',
  stage: 'lettre',
  label: 'lettre d’intention',
  description: 'Lettre d’intention d’équipe de soins spécialisés — cahier des charges national, §VI.B.1',
};
