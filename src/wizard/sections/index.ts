// The sections of the interview, in the order the trame's definition names them (`x-ess.ask.section`
// of the questions). A section with its own dialogue is written in this folder; any other section
// is a section of free texts built from its questions (texts.ts).
import type { Section } from '../ask.js';
import { questions } from '../../trame/index.js';
import { adherents } from './adherents.js';
import { identification, territoire } from './identification.js';
import { partenaires } from './partenaires.js';
import { signature } from './signature.js';
import { referent, statut } from './statut.js';
import { textSection } from './texts.js';

const DIALOGUES: readonly Section[] = [identification, territoire, statut, referent, partenaires, signature, adherents];

const ids = [...new Set(questions.flatMap((q) => (q.ask?.section ? [q.ask.section] : [])))];

/** Apostrophes and a leading « 2. » set aside, to compare a title with the trame's section title. */
const plainTitle = (text: string): string => text.replace(/^\s*\d+\.\s*/, '').replace(/[’']/g, "'").trim();

/**
 * The section's title numbered as the trame numbers it (`x-ess.section` of its questions): « 2.
 * Diagnostic territorial », « 4. Partenariats et gouvernance de l’ESS — Gouvernance de l'ESS »,
 * « Annexe 1 — … ». A section whose questions span several of the trame's (the signature and the
 * lettre d'intention) keeps its own title.
 */
export function numberedTitle(id: string, titre: string): string {
  const parts = [...new Map(questions.filter((q) => q.ask?.section === id).map((q) => [q.section.numero, q.section])).values()];
  if (parts.length !== 1 || !parts[0]!.numero) return titre;
  const { numero, titre: trame } = parts[0]!;
  // Shown with the trame's typographic apostrophe, as its section title beside it.
  const own = plainTitle(titre).replace(/'/g, '’');
  if (/^\d/.test(numero)) return plainTitle(titre) === plainTitle(trame) ? `${numero}. ${trame}` : `${numero}. ${trame} — ${own}`;
  // « Annexe 1 : Liste des médecins… » is already numbered by its own title.
  return titre.startsWith(numero) ? titre : `${numero} — ${own}`;
}

export const SECTIONS: readonly Section[] = ids.map((id) => {
  const section = DIALOGUES.find((s) => s.id === id) ?? textSection(id);
  return { ...section, titre: numberedTitle(id, section.titre) };
});

/** A section by its id (throws on an unknown id: a typo in the schema's annotations). */
export function section(id: string): Section {
  const found = SECTIONS.find((s) => s.id === id);
  if (!found) throw new Error(`Section inconnue de l’assistant : « ${id} »`);
  return found;
}
