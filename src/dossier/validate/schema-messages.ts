import type { AjvError } from '../../generated/validate-dossier.js';
import { departements, region, specialites } from '../../referentiels/index.js';
import { suggestSpecialites } from '../../referentiels/specialites.js';
import { describePointer, escapeSegment } from '../../core/json-pointer.js';
import { closest } from '../../core/suggest.js';
import { quote } from '../../core/text.js';
import { readDate } from '../../core/dates.js';
import { allowedKeys, keyedByYear, defName, resolveRef, schemaAt } from '../schema-nav.js';

const digits = (v: unknown) => (typeof v === 'string' ? v.replace(/\D/g, '').length : 0);

/** Codes made of digits are text: YAML reads `rpps: 10000013994` as a number and loses leading zeros. */
const DIGIT_CODES = new Set(['code_postal', 'rpps', 'siret', 'departement', 'telephone']);

/** What is wrong with a value of each named type of the schema ($defs), and how to fix it. */
const TYPE_PROBLEMS: Record<string, (v: unknown) => string> = {
  date: (v) => {
    const reading = readDate(v);
    if (reading && 'impossible' in reading) return `${quote(v)} n’est pas une date : ${reading.impossible}. Corrigez le jour ou le mois.`;
    return `${quote(v)} n’est pas une date valide : écrivez-la au format JJ/MM/AAAA ou AAAA-MM-JJ, par exemple 15/10/2026 ou 2026-10-15.`;
  },
  courriel: (v) => `${quote(v)} n’est pas une adresse électronique valide : écrivez-la sous la forme prenom.nom@exemple.fr.`,
  telephone: (v) =>
    `${quote(v)} n’est pas un numéro de téléphone français : écrivez ses 10 chiffres (05 59 00 11 22) ou la forme internationale (+33 5 59 00 11 22).`,
  code_postal: (v) => `${quote(v)} n’est pas un code postal : un code postal compte 5 chiffres, entre guillemets (par exemple "64100").`,
  rpps: (v) =>
    `${quote(v)} n’est pas un numéro RPPS : il en faut exactement 11 chiffres${typeof v === 'string' && digits(v) ? ` (celui-ci en compte ${digits(v)})` : ''}. Recopiez-le depuis l’Annuaire santé, entre guillemets (par exemple "10000013994").`,
  siret: (v) =>
    `${quote(v)} n’est pas un numéro SIRET : il en faut exactement 14 chiffres${typeof v === 'string' && digits(v) ? ` (celui-ci en compte ${digits(v)})` : ''}, entre guillemets, sans espaces.`,
  departement: (v) =>
    `${quote(v)} n’est pas un département de ${region.nom}. Codes possibles, entre guillemets : ${departements.map((d) => `"${d.code}" (${d.nom})`).join(', ')}.`,
  specialite: (v) => {
    const guesses = typeof v === 'string' ? suggestSpecialites(v) : [];
    if (guesses.length === 0) return `${quote(v)} n’est pas une spécialité connue. Identifiants possibles : ${specialites.map((s) => s.id).join(', ')}.`;
    const ids = guesses.map((s) => `« ${s.id} » (${s.libelle})`).join(' ou ');
    return `${quote(v)} n’est pas un identifiant de spécialité. Vouliez-vous dire ${ids} ? Le dossier attend l’identifiant, écrit tel quel (minuscules, sans accents, mots reliés par des tirets).`;
  },
};

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  integer: 'un nombre entier',
  number: 'un nombre',
  array: 'une liste (une ligne par élément, commençant par « - »)',
  object: 'une section (des clés indentées en dessous)',
  boolean: 'oui ou non (true / false)',
};

/**
 * A text expected, a one-key section found: `- Satisfaction : enquête annuelle` or `lieu: Pau : Hôtel`
 * typed without quotes or block, which YAML reads as « clé : valeur » (issue 16: the « : » trap).
 */
function textReadAsKey(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length === 1 && (entries[0]![1] === null || typeof entries[0]![1] !== 'object');
}

function textReadAsKeyProblem(path: string): string {
  const item = /\/\d+$/.test(path);
  const start = item ? '« - | »' : `« ${path.slice(path.lastIndexOf('/') + 1)}: | »`;
  return (
    'ce texte contient « : » suivi d’une espace, que YAML lit comme « clé : valeur » au lieu d’un texte. ' +
    `Écrivez-le en bloc : ${start} sur la ligne, puis le texte en dessous, avec 2 espaces de plus que ${item ? 'le « - »' : 'la clé'} devant chaque ligne ` +
    '(dans un bloc, « : », « # » et les guillemets s’écrivent tels quels).'
  );
}

function label(pointer: string): string {
  const title = schemaAt(pointer)?.title;
  const where = describePointer(pointer);
  return title ? `« ${title} » (${where})` : where;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const seg of pointer.split('/').slice(1)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/** The first branch of an anyOf that is not the « À COMPLÉTER » placeholder: what the answer should be. */
function expectedFromAnyOf(schemaPath: string, value: unknown, pointer: string): string {
  const node = schemaAt(pointer)?.anyOf ?? resolveRef(schemaPath);
  const branches = Array.isArray(node) ? node : [];
  const main = branches.find((b) => b && b.const !== 'À COMPLÉTER') ?? {};
  if (Array.isArray(main.enum)) {
    const values = main.enum.map(String);
    const guess = typeof value === 'string' ? closest(value, values) : undefined;
    return `${quote(value)} n’est pas une valeur possible.${guess ? ` Vouliez-vous dire « ${guess} » ?` : ''} Valeurs possibles : ${values.join(', ')}.`;
  }
  if (main.type === 'integer') return `${quote(value)} ne convient pas : écrivez un nombre entier positif ou nul, sans guillemets (par exemple 182).`;
  return `${quote(value)} ne convient pas.`;
}

export interface SchemaProblem {
  path: string;
  message: string;
  /** Unknown keys are reported at the key itself. */
  at: 'key' | 'value';
  /** For a duplicate list item: the pointer of its first occurrence. */
  firstOccurrence?: string;
}

const PRIORITY: Record<string, number> = { type: 0, anyOf: 1, enum: 2, const: 2, format: 3, pattern: 3, minimum: 3, uniqueItems: 4 };

/** Turns ajv's errors into one French message per problem, written for the person who edits the file. */
export function explainSchemaErrors(errors: readonly AjvError[], data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const chosen = new Map<string, AjvError>();
  for (const e of errors) {
    if (e.keyword === 'additionalProperties') {
      const key = String(e.params.additionalProperty);
      // ajv gives a path inside the referenced definition when it validates it apart (activite's years):
      // the schema of the object at the data's pointer is the reliable one.
      const parent = schemaAt(e.instancePath);
      const allowed = parent?.properties ? Object.keys(parent.properties) : allowedKeys(e.schemaPath);
      const guess = closest(key, allowed);
      const where = e.instancePath ? `dans ${label(e.instancePath)}` : 'en tête du fichier';
      // An object keyed by year (activite): its keys are years, not names.
      if (allowed.length === 0 && (parent?.patternProperties !== undefined || keyedByYear(e.schemaPath))) {
        problems.push({ path: `${e.instancePath}/${escapeSegment(key)}`, at: 'key', message: `Clé « ${key} » ${where} : une année sur 4 chiffres est attendue, entre guillemets ("2027"), avec sous elle le rapport d’activité de cette année.` });
        continue;
      }
      problems.push({
        path: `${e.instancePath}/${escapeSegment(key)}`,
        at: 'key',
        message:
          `Clé inconnue « ${key} » ${where}.` +
          // A key with spaces is a sentence: most likely the second line of the answer above, typed without a block.
          (/\s/.test(key) && !guess
            ? ` Une clé n’a pas d’espace : si cette ligne continue la réponse du dessus, écrivez cette réponse en bloc (la clé suivie de « | », puis chaque ligne du texte en dessous, avec 2 espaces de plus que la clé).`
            : guess
              ? ` Vouliez-vous dire « ${guess} » ?`
              : ` Vérifiez l’orthographe (clés sans accents, mots séparés par « _ »).`) +
          ` Clés possibles : ${allowed.join(', ')}.`,
      });
      continue;
    }
    if (e.keyword === 'uniqueItems') {
      const later = Math.max(Number(e.params.i), Number(e.params.j));
      const first = Math.min(Number(e.params.i), Number(e.params.j));
      const path = `${e.instancePath}/${later}`;
      problems.push({
        path,
        at: 'value',
        firstOccurrence: `${e.instancePath}/${first}`,
        message: `${quote(valueAt(data, path))} est cité deux fois dans ${label(e.instancePath)} : supprimez le doublon.`,
      });
      continue;
    }
    if (e.keyword === 'if' || e.keyword === 'not') continue;
    // Errors inside an anyOf branch are explained by the anyOf itself.
    if (/\/anyOf\/\d+\//.test(e.schemaPath)) continue;
    const current = chosen.get(e.instancePath);
    if (!current || (PRIORITY[e.keyword] ?? 9) < (PRIORITY[current.keyword] ?? 9)) chosen.set(e.instancePath, e);
  }
  for (const [path, e] of chosen) {
    const value = valueAt(data, path);
    const def = defName(e.schemaPath);
    let problem: string;
    if (def && DIGIT_CODES.has(def) && typeof value === 'number')
      problem = `${value} est écrit comme un nombre : mettez-le entre guillemets, "${value}", pour que tous ses chiffres (zéros compris) soient gardés tels quels.`;
    else if (def && TYPE_PROBLEMS[def]) problem = TYPE_PROBLEMS[def](value);
    else if (e.keyword === 'type' && [e.params.type].flat().includes('string') && textReadAsKey(value)) problem = textReadAsKeyProblem(path);
    else if (e.keyword === 'type') {
      const expected = [e.params.type].flat().map((t) => TYPE_NAMES[String(t)] ?? String(t)).join(' ou ');
      problem = `${quote(value)} ne convient pas : la réponse doit être ${expected}.`;
    } else if (e.keyword === 'anyOf') problem = expectedFromAnyOf(e.schemaPath, value, path);
    else if (e.keyword === 'minimum') problem = `${quote(value)} ne convient pas : le nombre doit être positif ou nul.`;
    else if (e.keyword === 'enum') problem = `${quote(value)} n’est pas une valeur possible. Valeurs possibles : ${(e.params.allowedValues as unknown[]).join(', ')}.`;
    else problem = `${quote(value)} ne convient pas à cet endroit.`;
    problems.push({ path, at: 'value', message: `${label(path)} : ${problem}` });
  }
  return problems;
}
