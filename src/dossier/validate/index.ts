import validate from '../../generated/validate-dossier.js';
import { toFinding, type Finding } from '../../core/findings.js';
import { quote } from '../../core/text.js';
import { explainSchemaErrors } from './schema-messages.js';
import type { SourceIndex } from '../parse/source-index.js';

export const SUPPORTED_VERSIONS = [1] as const;

function schemaFinding(index: SourceIndex, path: string, message: string, at: 'key' | 'value' = 'value'): Finding {
  return toFinding('schema', 'error', message, path, index, at);
}

/**
 * Structure of the dossier against the JSON Schema (compiled at build time).
 * Returns the `schema` findings; none means the rules can trust the shape of the data.
 */
export function validateStructure(data: unknown, index: SourceIndex): Finding[] {
  if (data === undefined || data === null || (typeof data === 'string' && data.trim() === '')) {
    return [schemaFinding(index, '', 'Le fichier est vide. Créez un dossier avec « ess init », ou commencez le fichier par « version: 1 ».')];
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'une liste' : `une simple valeur (${quote(data)})`;
    return [
      schemaFinding(index, '', `Le fichier contient ${what} au lieu d’un dossier : un dossier ESS est une suite de sections (version:, ess:, territoire:…). Partez du modèle écrit par « ess init ».`),
    ];
  }
  const dossier = data as Record<string, unknown>;
  const versions = SUPPORTED_VERSIONS.join(', ');
  if (!('version' in dossier)) {
    return [
      schemaFinding(index, '', `La ligne « version: 1 » manque en tête du fichier : elle indique le format du dossier (ce programme lit la version ${versions}). Ajoutez-la en première ligne.`),
    ];
  }
  if (!SUPPORTED_VERSIONS.includes(dossier.version as 1)) {
    if (typeof dossier.version === 'string' && SUPPORTED_VERSIONS.includes(Number(dossier.version) as 1)) {
      return [schemaFinding(index, '/version', `La version s’écrit comme un nombre, sans guillemets : « version: ${dossier.version} ».`)];
    }
    return [
      schemaFinding(
        index,
        '/version',
        `Format de dossier version ${quote(dossier.version)} inconnu : ce programme lit la version ${versions}. Écrivez « version: 1 », ou mettez « ess » à jour si le fichier vient d’une version plus récente.`,
      ),
    ];
  }
  if (validate(data)) return [];
  return explainSchemaErrors(validate.errors ?? [], data).map((p) => {
    let message = p.message;
    if (p.firstOccurrence) message = `${message.replace(/\.$/, "")} (première occurrence ligne ${index.at(p.firstOccurrence).line}).`;
    return schemaFinding(index, p.path, message, p.at);
  });
}
