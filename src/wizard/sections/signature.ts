// The lettre d'intention's date of deposit and the signature of the projet de santé: the questions
// of the section (`x-ess.ask.section: signature`), each asked and reviewed by its definition.
import { askQuestion, promptOf, reviewLine, sectionQuestions, title, type Section } from '../ask.js';

/** The parts of the dossier the section's questions belong to, in the order it asks them (its title's). */
const PARTS = ['/lettre_intention', '/signature'] as const;

const asked = PARTS.flatMap((part) => sectionQuestions('signature').filter((q) => q.pointer.startsWith(`${part}/`)));

export const signature: Section = {
  id: 'signature',
  titre: `${title(PARTS[0])} et ${title(PARTS[1]).toLowerCase()}`,
  async ask(ctx) {
    for (const q of asked) await askQuestion(ctx, q, { message: promptOf(q) });
  },
  review(answers) {
    return asked.map((q) => reviewLine(answers, q));
  },
};
