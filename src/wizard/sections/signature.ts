// The lettre d'intention's date of deposit and the signature of the projet de santé.
import { getAnswer } from '../answers-path.js';
import { ask, shown, title, type Section } from '../ask.js';

export const signature: Section = {
  id: 'signature',
  titre: `${title('/lettre_intention')} et ${title('/signature').toLowerCase()}`,
  async ask(ctx) {
    await ask(ctx, '/lettre_intention/date_depot', 'date', { message: `${title('/lettre_intention/date_depot')} (JJ/MM/AAAA)` });
    await ask(ctx, '/signature/lieu', 'text', { message: `${title('/signature')} — ${title('/signature/lieu')}` });
    await ask(ctx, '/signature/date', 'date', { message: `${title('/signature')} — ${title('/signature/date')} (JJ/MM/AAAA)` });
  },
  review(answers) {
    const at = (pointer: string) => getAnswer(answers, pointer);
    return [
      `Lettre d’intention déposée (ou à déposer) le : ${shown(at('/lettre_intention/date_depot'))}`,
      `Projet de santé signé à : ${shown(at('/signature/lieu'))}`,
      `Projet de santé établi en date du : ${shown(at('/signature/date'))}`,
    ];
  },
};

