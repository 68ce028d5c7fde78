// Inquirer's key hints are English; the user reads French.
import { styleText } from 'node:util';

const ACTIONS: Record<string, string> = {
  navigate: 'naviguer',
  select: 'choisir',
  all: 'tout cocher',
  invert: 'inverser',
  submit: 'valider',
};

function keysHelpTip(selectWord: string) {
  return (keys: [key: string, action: string][]) =>
    keys
      .map(([key, action]) => {
        const label = key === 'space' ? 'espace' : key;
        const word = action === 'select' ? selectWord : (ACTIONS[action] ?? action);
        return `${styleText('bold', label)} ${styleText('dim', word)}`;
      })
      .join(styleText('dim', ' • '));
}

export const selectTheme = { style: { keysHelpTip: keysHelpTip('choisir') } };
export const checkboxTheme = {
  style: { keysHelpTip: keysHelpTip('cocher') },
  i18n: { disabledError: 'Ce choix n’est pas disponible.' },
};

const ENGLISH_ERRORS: Record<string, string> = {
  'No results found': 'Aucun résultat : essayez un autre mot.',
  'You must provide a valid value': 'Réponse non valable.',
  'You must provide a value': 'Une réponse est attendue ici.',
};

const error = (text: string) => styleText('red', `> ${ENGLISH_ERRORS[text] ?? text}`);

export const searchTheme = { style: { keysHelpTip: keysHelpTip('choisir'), error } };

export const confirmTheme = {
  keywords: { yes: 'Oui', no: 'Non', error: () => 'Répondez « o » (oui) ou « n » (non).' },
};
