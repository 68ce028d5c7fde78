// The one way from what a person types (« Cardiologue », « endocrino », « ORL », « SM62 ») to a
// specialty of the referential: the schema's messages, `ess effectifs`, the CSV import and the
// wizard all go through it, so that a name accepted in one place is understood everywhere.
import { distance } from '../core/suggest.js';
import { foldAccents } from '../core/text.js';
import { specialites, type Specialite } from './index.js';

/** Words that never tell two specialties apart (« Psychiatrie de l’enfant et de l’adolescent »). */
const STOP_WORDS = new Set(['et', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'en', 'option', 'opt']);

/** The doctor and the discipline are one name: cardiologue → cardiologie, pédiatre → pédiatrie. */
function stem(word: string): string {
  const w = word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
  return w
    .replace(/(?:logue|logiste)$/, 'logie')
    .replace(/iatre$/, 'iatrie')
    .replace(/^chirurgien(?:ne)?$/, 'chirurgie');
}

/**
 * The comparable form of a specialty's name: no case, accents, punctuation, spaces nor small
 * words, each word in its singular and discipline form (« Neuro-chirurgiens » = « neurochirurgie »).
 */
export function specialtyKey(text: string): string {
  return foldAccents(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP_WORDS.has(w))
    .map(stem)
    .join('');
}

/** Every name a specialty answers to: its id, its label, its usual names and its RPPS codes. */
export function namesOf(s: Specialite): string[] {
  return [s.id, s.libelle, ...(s.noms_usuels ?? []), ...s.codes];
}

let keys: Map<string, Specialite[]> | undefined;

/** Each comparable name and the specialties it names (built on first use: `check` of a valid dossier never needs it). */
function byKey(): Map<string, Specialite[]> {
  if (keys) return keys;
  keys = new Map();
  for (const s of specialites) {
    for (const name of namesOf(s)) {
      const key = specialtyKey(name);
      const list = keys.get(key) ?? [];
      if (!list.includes(s)) list.push(s);
      keys.set(key, list);
    }
  }
  return keys;
}

/** The specialty a text names exactly (id, label, usual name or code, forgivingly compared); undefined when none or several. */
export function resolveSpecialite(text: string): Specialite | undefined {
  const found = byKey().get(specialtyKey(text));
  return found?.length === 1 ? found[0] : undefined;
}

const unique = (list: Specialite[]) => [...new Set(list)];

const MAX_NAME = 120;

/**
 * What a text probably means, best first: the specialty it names; else those whose name begins
 * with it (« gynéco » → both gynécologies); else those spelt closest (« cardiolgie »). At most
 * three, none when nothing is close: a guess must help, not mislead.
 */
export function suggestSpecialites(text: string): Specialite[] {
  // No name of a specialty is this long; comparing a pasted page with each would take minutes.
  if (text.length > MAX_NAME) return [];
  const key = specialtyKey(text);
  if (!key) return [];
  const exact = byKey().get(key);
  if (exact) return exact.slice(0, 3);
  if (key.length >= 3) {
    const starting = unique([...byKey()].filter(([k]) => k.startsWith(key)).flatMap(([, list]) => list));
    if (starting.length > 0 && starting.length <= 3) return starting;
  }
  let best = Infinity;
  let closest: Specialite[] = [];
  for (const [k, list] of byKey()) {
    const d = distance(key, k);
    if (d < best) [best, closest] = [d, [...list]];
    else if (d === best) closest.push(...list);
  }
  const near = unique(closest);
  return best <= Math.max(2, Math.floor(key.length / 4)) && near.length <= 3 ? near : [];
}

/**
 * The specialties to offer for what is typed in a searchable list, best first: named exactly,
 * then a name beginning with it, then a name containing it; the referential's order (the
 * labels' alphabetical order, médecine générale last) within each group; for a misspelling
 * that none contains, the closest.
 */
export function searchSpecialites(term: string): Specialite[] {
  const key = specialtyKey(term);
  if (!key) return [...specialites];
  const rank = (s: Specialite) => {
    const keys = namesOf(s).map(specialtyKey);
    if (keys.includes(key)) return 0;
    if (keys.some((k) => k.startsWith(key))) return 1;
    if (keys.some((k) => k.includes(key))) return 2;
    return 3;
  };
  const found = specialites
    .map((s) => ({ s, r: rank(s) }))
    .filter(({ r }) => r < 3)
    .sort((a, b) => a.r - b.r)
    .map(({ s }) => s);
  // A misspelt name (« cardiolgie ») contains nothing: offer what it is closest to.
  return found.length > 0 ? found : suggestSpecialites(term);
}
