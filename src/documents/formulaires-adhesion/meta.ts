import type { DocumentMeta } from '../document.js';

/**
 * The formulaires d'adhésion (cahier des charges national, §VI.A, annexe 3): one pre-filled form per
 * adhérent, then a blank one. Stage `lettre`: the adhésions are gathered while the lettre d'intention
 * is prepared, long before the projet de santé is complete; the lettre stage checks what a form
 * prints (the ESS's and the association's names, the seat: errors; each RPPS's key and uniqueness,
 * each specialty). An adhérent's name or RPPS not yet written is only a warning there: the form
 * leaves its line blank, to be filled by hand.
 * Never part of `tous` (cli.md): it is printed when the porteurs ask for it.
 */
export const formulairesAdhesion: DocumentMeta = {
  id: 'adhesion',
  name: 'formulaires-adhesion',
  stage: 'lettre',
  label: 'formulaires d’adhésion',
  description: 'Formulaires d’adhésion des médecins à l’équipe de soins spécialisés — cahier des charges national, §VI.A (annexe 3)',
  inAll: false,
};
