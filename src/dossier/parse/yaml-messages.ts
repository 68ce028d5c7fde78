import type { YAMLError } from 'yaml';
import { freeTextHint } from './free-text-hint.js';

const HINT = 'Vérifiez cette ligne et la précédente : indentation par espaces, deux-points suivi d’un espace, guillemets et crochets fermés.';

/** French text for each error code of the `yaml` parser (its own messages are English). */
const MESSAGES: Record<string, string> = {
  BAD_INDENT: `Indentation incorrecte. Les clés d’une même section doivent être alignées, avec des espaces. ${HINT}`,
  TAB_AS_INDENT:
    'Une tabulation sert d’indentation : YAML n’accepte que des espaces. Remplacez les tabulations de début de ligne par des espaces (réglage « insérer des espaces » de votre éditeur).',
  MISSING_CHAR: `Un caractère manque (guillemet, crochet ou accolade fermant). ${HINT}`,
  UNEXPECTED_TOKEN: `Caractère inattendu à cet endroit. ${HINT}`,
  BLOCK_AS_IMPLICIT_KEY: `Une clé est mal formée (bloc utilisé comme clé). ${HINT}`,
  MULTILINE_IMPLICIT_KEY: `Une clé s’étend sur plusieurs lignes, ou un texte long n’est pas introduit par « | ». Écrivez « clé: | » puis le texte indenté sur les lignes suivantes.`,
  BLOCK_IN_FLOW: `Un bloc apparaît à l’intérieur de crochets ou d’accolades. ${HINT}`,
  BAD_SCALAR_START: `Une valeur commence par un caractère réservé (@, \`, %, |, >…) : mettez-la entre guillemets.`,
  BAD_DQ_ESCAPE: `Séquence d’échappement invalide entre guillemets doubles (une barre oblique inverse « \\ » seule) : doublez-la ou utilisez des guillemets simples.`,
  KEY_OVER_1024_CHARS: 'Une clé dépasse 1 024 caractères : un texte long doit être une valeur, pas une clé.',
  MULTIPLE_DOCS:
    'Le fichier contient plusieurs documents YAML (séparés par « --- ») : un dossier ESS tient en un seul document. Supprimez les « --- » en trop.',
  MULTIPLE_ANCHORS: 'Un nœud porte plusieurs ancres (&nom) : gardez-en une seule.',
  MULTIPLE_TAGS: 'Un nœud porte plusieurs étiquettes (!tag) : gardez-en une seule.',
  BAD_ALIAS: 'Alias (*nom) invalide : il ne renvoie à aucune ancre (&nom) définie plus haut.',
  ALIAS_PROPS: 'Un alias (*nom) ne peut pas porter d’ancre ni d’étiquette.',
  BAD_DIRECTIVE: 'Directive YAML (%…) invalide : supprimez-la.',
  BAD_PROP_ORDER: 'Ancre et étiquette mal placées avant une valeur.',
  NON_STRING_KEY: 'Une clé doit être un mot simple (les clés du dossier sont écrites en minuscules, sans accents).',
  TAG_RESOLVE_FAILED: 'Étiquette YAML (!tag) inconnue : supprimez-la.',
  BAD_COLLECTION_TYPE: 'Type de collection inattendu à cet endroit.',
  RESOURCE_EXHAUSTION:
    'Le fichier est imbriqué trop profondément pour être lu (des centaines de niveaux de listes ou de sections) : un dossier ESS n’a que quelques niveaux. Repartez du modèle écrit par « ess init ».',
  IMPOSSIBLE: `Le fichier n’a pas pu être lu comme du YAML. ${HINT}`,
};

export function yamlErrorMessage(error: YAMLError, text: string): string {
  const hint = freeTextHint(error.code, text, error.pos[0]);
  if (hint) return hint;
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(error.pos[0]))?.[1]?.trim();
    return `La clé « ${key} » apparaît deux fois dans la même section : YAML n’en garde qu’une. Supprimez ou renommez le doublon (une liste s’écrit avec des tirets « - »).`;
  }
  return MESSAGES[error.code] ?? `Erreur de syntaxe YAML. ${HINT}`;
}
