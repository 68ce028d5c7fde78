import type { DocumentMeta } from '../document.js';

/** The rapport d'activité of one year: cahier des charges national, §VI.E; trame §7 (its indicators). */
export const rapportActivite: DocumentMeta = {
  id: 'rapport',
  name: 'rapport-activite',
  stage: 'rapport',
  label: 'rapport d’activité',
  description: 'Rapport d’activité annuel d’équipe de soins spécialisés — cahier des charges national, §VI.E',
  inAll: false,
  yearly: true,
};
