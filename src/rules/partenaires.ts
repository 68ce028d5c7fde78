// The three « partner of this kind » rules: one shape, three entries of data.
import type { Severity, Stage } from '../core/findings.js';
import type { Dossier } from '../generated/dossier.js';
import type { Rule } from './rule.js';
import { isEmpty } from './values.js';

/** undefined when the list is empty or missing: that is the a-completer rule's finding. */
export function partnerTypes(dossier: Dossier): Set<string> | undefined {
  const partenaires = dossier.partenaires;
  if (!partenaires || isEmpty(partenaires)) return undefined;
  return new Set(partenaires.map((p) => p?.type).filter((t): t is NonNullable<typeof t> => typeof t === 'string'));
}

interface PartnerTypeRule {
  id: string;
  severity: Partial<Record<Stage, Severity>>;
  source: string;
  description: string;
  /** Any one of these types among the partners satisfies the rule. */
  types: readonly string[];
  /** Said at /partenaires when none is there. */
  message: string;
}

/** A rule that wants a partner of one of `types`, once the list of partners is started. */
export function partnerTypeRule({ types: wanted, message, ...meta }: PartnerTypeRule): Rule {
  return {
    ...meta,
    check({ dossier }) {
      const types = partnerTypes(dossier);
      if (!types || wanted.some((t) => types.has(t))) return [];
      return [{ path: '/partenaires', message }];
    },
  };
}

export const partenairesPremierRecours = partnerTypeRule({
  id: 'partenaires-premier-recours',
  severity: { lettre: 'warning', projet: 'warning', rapport: 'warning' },
  source: 'cahier des charges, §III et §VI.A « articulation avec les structures existantes »',
  description: 'Au moins un partenaire du 1er recours ou une CPTS (type msp, cds, esp ou cpts).',
  // Partners of the 1er recours or CPTS (rule table of eligibility-rules.md).
  types: ['msp', 'cds', 'esp', 'cpts'],
  message: 'Aucun partenaire du 1er recours ni aucune CPTS : l’ESS doit coopérer avec les acteurs du premier recours, notamment les médecins traitants. Ajoutez une MSP, un centre de santé, une équipe de soins primaires ou une CPTS du territoire (type : msp, cds, esp ou cpts)',
});

export const partenairesEtablissement = partnerTypeRule({
  id: 'partenaires-etablissement',
  severity: { lettre: 'warning', projet: 'warning', rapport: 'warning' },
  source: 'cahier des charges, §VI.A « intégration des professionnels hospitaliers »',
  description: 'Au moins un établissement de santé parmi les partenaires (articulation avec les professionnels hospitaliers).',
  types: ['etablissement_sante'],
  message: 'Aucun établissement de santé parmi les partenaires : le cahier des charges demande une articulation avec les professionnels hospitaliers. Ajoutez le centre hospitalier ou la clinique du territoire (type : etablissement_sante)',
});

export const partenairesDac = partnerTypeRule({
  id: 'partenaires-dac',
  severity: { lettre: 'info', projet: 'info', rapport: 'info' },
  source: 'cahier des charges, §III « Intégration des ESS sur le territoire »',
  description: 'Signale l’absence de dispositif d’appui à la coordination (DAC) parmi les partenaires.',
  types: ['dac'],
  message: 'Aucun dispositif d’appui à la coordination (DAC) parmi les partenaires : le cahier des charges cite les DAC parmi les dispositifs avec lesquels l’ESS s’articule. Ajoutez le DAC du territoire (type : dac) si une coopération est envisagée',
});
