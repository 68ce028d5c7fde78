import type { DocumentMeta } from '../document.js';

/** The projet de santé: the trame type of the ARS Nouvelle-Aquitaine, section by section. */
export const projetDeSante: DocumentMeta = {
  id: 'projet',
  name: 'projet-de-sante',
  stage: 'projet',
  label: 'projet de santé',
  description: 'Projet de santé d’équipe de soins spécialisés — trame type ARS Nouvelle-Aquitaine',
};
