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

export const SECTIONS: readonly Section[] = ids.map((id) => DIALOGUES.find((s) => s.id === id) ?? textSection(id));

/** A section by its id (throws on an unknown id: a typo in the schema's annotations). */
export function section(id: string): Section {
  const found = SECTIONS.find((s) => s.id === id);
  if (!found) throw new Error(`Section inconnue de l’assistant : « ${id} »`);
  return found;
}
