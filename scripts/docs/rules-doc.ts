// docs/regles.md, generated from the registry (scripts/gen-rules-doc.mjs writes it; a test fails
// when it is stale). The example of each rule is the finding the rule really produces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAGES, type Severity, type Stage } from '../../src/core/findings.js';
import { decodeDossier } from '../../src/dossier/read.js';
import { checkDossier } from '../../src/check.js';
import { EXAMPLES } from './examples.js';
import { rules } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/rule.js';
import { runRules } from '../../src/rules/run.js';

const SEVERITY: Record<Severity, string> = { error: 'erreur', warning: 'avertissement', info: 'info' };
const STAGE: Record<Stage, string> = { lettre: 'lettre d’intention', projet: 'projet de santé', rapport: 'rapport d’activité' };
export const SAMPLE_PATH = 'samples/ess-cardio-cote-basque.yaml';

const stagesOf = (rule: Rule): Stage[] => STAGES.filter((s) => rule.severity[s] !== undefined);

/** The severity of the projet stage (or the first one), and another stage's when it differs. */
function severityText(rule: Rule): string {
  const main = rule.severity.projet ?? rule.severity.lettre ?? rule.severity.rapport!;
  const others = STAGES.filter((s) => rule.severity[s] !== undefined && rule.severity[s] !== main).map((s) => `${SEVERITY[rule.severity[s]!]} à l’étape ${STAGE[s]}`);
  return others.length > 0 ? `${SEVERITY[main]} (${others.join(', ')})` : SEVERITY[main];
}

function stagesText(rule: Rule): string {
  const stages = stagesOf(rule).map((s) => STAGE[s]).join(', ');
  return rule.requires === 'annuaire' ? `${stages} (avec \`--annuaire\`)` : stages;
}

/** The finding the rule gives on its example mutation of the sample, as `ess check` prints it. */
export function exampleFinding(rule: Rule, root: string): string {
  const example = EXAMPLES[rule.id];
  if (!example) throw new Error(`no example for rule ${rule.id} in scripts/docs/examples.ts`);
  let text = readFileSync(join(root, SAMPLE_PATH), 'utf8');
  for (const [from, to] of example.mutations) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`example of ${rule.id}: mutation did not apply: ${String(from)}`);
    text = next;
  }
  const result = checkDossier(decodeDossier('dossier.yaml', Buffer.from(text)), example.stage, { annee: example.annee });
  // An Annuaire rule reads the rows the example gives, as if scanned from an extract.
  const { dossier, index } = result;
  const findings = example.annuaire && dossier && index ? runRules({ dossier, index, stage: example.stage, annuaire: example.annuaire }, [rule]) : result.results;
  const f = findings.find((x) => x.rule === rule.id);
  if (!f) throw new Error(`example of ${rule.id} produces no finding`);
  return `dossier.yaml:${f.line}:${f.column}  ${SEVERITY[f.severity]}  ${f.message}  [${f.rule}]`;
}

export function renderRulesDoc(root: string): string {
  const out: string[] = [
    '<!-- Généré par `node scripts/gen-rules-doc.mjs` depuis le registre des règles (src/rules/index.ts) : ne pas modifier à la main. -->',
    '',
    '# Règles de `ess check`',
    '',
    '`ess check dossier.yaml` vérifie le dossier en trois temps : la syntaxe YAML (règle `yaml`), la structure',
    '(règle `schema` : clés, types, formats) puis, si la structure est correcte, les règles d’éligibilité du',
    'cahier des charges national des ESS ci-dessous. Chaque constat donne le fichier, la ligne et la colonne,',
    'la sévérité, un message qui dit quoi corriger, la source entre parenthèses et l’identifiant de la règle',
    'entre crochets (pour filtrer la sortie `--format json`).',
    '',
    '- **erreur** : le dossier ne remplit pas une condition ; `ess check` sort avec le code 1.',
    '- **avertissement** : point à vérifier ou à justifier ; n’empêche pas le dépôt.',
    '- **info** : un renseignement utile (cibles, CPAM compétente, financement).',
    '',
    'Étapes : `--etape lettre` (lettre d’intention, dossier encore partiel), `--etape projet` (projet de santé',
    'complet, par défaut) ou `--etape rapport --annee AAAA` (rapport d’activité d’une année : la partie',
    '`activite` de cette année, ses indicateurs, l’état des missions, les adhérents au 31 décembre). Certaines',
    'règles ne sont que des avertissements à l’étape lettre d’intention.',
    'Quand `territoire.derogation.motif` est renseigné, `territoire-medecins-minimum` et `seuil-adherents`',
    'deviennent des avertissements qui citent le motif.',
    '',
    'Après les constats, la sortie par défaut (pas `--format json`) affiche une **synthèse** calculée avec les',
    'mêmes chiffres que les règles : adhérents et médecins de la spécialité du territoire et leur part, chaque',
    'seuil (10 % au départ, cible intermédiaire de 30 %, cible de 50 % au terme de 5 ans) atteint ou le nombre d’adhérents encore à convaincre, la CPAM',
    'compétente, le crédit d’amorçage et une estimation de la dotation annuelle (hypothèse indiquée : le cahier',
    'des charges ne publie pas la formule de proratisation).',
    '',
    'Les Pyrénées-Atlantiques ont deux caisses (Bayonne, Pau-Pyrénées) : la caisse du siège est déduite de son',
    'code postal d’après une table partielle (`src/referentiels/departements.json`) ; quand le code postal n’y',
    'figure pas, `ess check` le dit et nomme les deux caisses.',
    '',
    'Avec `--annuaire EXTRAIT`, les règles `annuaire-*` (à la fin du tableau) comparent en plus les adhérents',
    'et le nombre de médecins du territoire à un extrait de l’Annuaire santé (voir docs/annuaire.md) ; leurs',
    'exemples sont produits sur des lignes d’extrait données par l’exemple.',
    '',
    'Les exemples sont produits par la règle elle-même sur une variante du dossier d’exemple',
    `\`${SAMPLE_PATH}\`.`,
    '',
    '| id | sévérité | étapes | source |',
    '|---|---|---|---|',
    '| `yaml` | erreur | lettre d’intention, projet de santé, rapport d’activité | — (le fichier n’est pas du YAML valide : syntaxe, clé en double, alias abusifs) |',
    '| `schema` | erreur | lettre d’intention, projet de santé, rapport d’activité | trame type (structure : clé inconnue, type, valeur hors liste, format de date, courriel, téléphone, code postal, RPPS à 11 chiffres, SIRET à 14 chiffres) |',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${severityText(r)} | ${stagesText(r)} | ${r.source} |`),
    '',
  ];
  for (const rule of rules) {
    out.push(
      `## ${rule.id}`,
      '',
      rule.description,
      '',
      `- Sévérité : ${severityText(rule)}`,
      `- Étapes : ${stagesText(rule)}`,
      `- Source : ${rule.source}`,
      '',
      'Exemple :',
      '',
      '```text',
      ...(EXAMPLES[rule.id]?.stage === 'rapport' ? [`# ess check dossier.yaml --etape rapport --annee ${EXAMPLES[rule.id]!.annee ?? ''}`] : []),
      exampleFinding(rule, root),
      '```',
      '',
    );
  }
  return out.join('\n');
}
