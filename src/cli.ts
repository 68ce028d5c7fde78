import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT_USAGE, InputError, UsageError } from './core/errors.js';
import { reportError } from './core/error-report.js';
import { STAGES, type Stage } from './core/findings.js';
import { foldAccents } from './core/text.js';
import { ALL_DOCUMENTS, DOCUMENTS, documentsFor } from './documents/registry.js';
import packageJson from '../package.json' with { type: 'json' };
import { enableDebug } from './core/debug.js';
import { reflow, terminalWidth } from './report/wrap.js';

// Each command's module is imported only when that command runs: `check` never loads docx,
// handlebars or inquirer.

const TITLES: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Arguments:': 'Arguments :',
  'Global Options:': 'Options générales :',
};

/** Option values are read without regard to case or accents (`--format JSON`, `--document Lettre`, `--document adhésion`). */
function choice<T extends string>(option: string, values: readonly T[]) {
  return (given: string): T => {
    const value = foldAccents(given);
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`Valeur « ${given} » inconnue pour ${option} : valeurs possibles ${values.join(', ')}.`);
  };
}

export const DEFAULT_DOSSIER = 'dossier-ess.yaml';

/** `--annee AAAA`: the year of the rapport d'activité, four digits. */
function yearOption(): Option {
  return new Option('--annee <AAAA>', 'année du rapport d’activité (avec --etape rapport, --document rapport)').argParser((given: string) => {
    const value = given.trim();
    if (/^[0-9]{4}$/.test(value)) return value;
    throw new InvalidArgumentError(`Année « ${given} » invalide pour --annee : écrivez l’année sur 4 chiffres (--annee 2027).`);
  });
}

/** The year is required by the stage or document of the rapport d'activité, and means nothing elsewhere. */
function checkYear(needsYear: boolean, annee: string | undefined, what: string, option: string): void {
  if (needsYear && annee === undefined) throw new UsageError(`${what} porte sur une année : ajoutez --annee AAAA (par exemple --annee ${new Date().getFullYear() - 1}).`);
  if (!needsYear && annee !== undefined) throw new UsageError(`--annee ne sert qu’au rapport d’activité : ajoutez ${option}, ou retirez --annee.`);
}

/** `check` and `render` without a file read dossier-ess.yaml of the current folder, as `init` writes it. */
function dossierOrDefault(file: string | undefined, command: string): string {
  if (file !== undefined) return file;
  if (existsSync(DEFAULT_DOSSIER)) return DEFAULT_DOSSIER;
  throw new InputError(
    `Aucun fichier indiqué, et il n’y a pas de ${DEFAULT_DOSSIER} dans ce répertoire (${resolve('.')}). ` +
      `Indiquez le fichier à lire (ess ${command} mon-dossier.yaml), ou créez-le ici avec « ess init ».`,
  );
}

const START = `
Pour commencer, dans le répertoire où vous garderez le dossier de l’ESS :
  $ ess init                   crée dossier-ess.yaml, question par question
  $ ess completer              pose une à une les questions « À COMPLÉTER »
  $ ess check                  vérifie dossier-ess.yaml
  $ ess render                 écrit le projet de santé et la lettre (DOCX)
  $ ess importer liste.csv     ajoute les adhérents d’un tableur (CSV)
`;

function frenchCommand(cmd: Command): Command {
  return cmd
    .helpOption('-h, --help', 'affiche cette aide')
    .configureHelp({
      // The command column is wide (« importer|import [options] <source> [fichier] »): Commander's
      // default (40) would leave descriptions unwrapped in an 80-column terminal, cut mid-word.
      minWidthToWrap: 24,
      styleTitle: (title) => TITLES[title] ?? title,
      sortOptions: false,
      optionDescription: (option) =>
        option.description + (option.defaultValue !== undefined && !option.negate ? ` (par défaut : ${String(option.defaultValue)})` : ''),
      argumentDescription: (argument) =>
        argument.description + (argument.defaultValue !== undefined ? ` (par défaut : ${String(argument.defaultValue)})` : ''),
    })
    .exitOverride()
    .showSuggestionAfterError()
    // The help at the width the findings use: COLUMNS when set, else the terminal's, else 80.
    .configureOutput({ outputError: () => undefined, getOutHelpWidth: () => terminalWidth(), getErrHelpWidth: () => terminalWidth(process.env, process.stderr) });
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = frenchCommand(new Command('ess'))
    .usage('[options] <commande> [fichier]')
    .description(
      'Dossier d’Équipe de Soins Spécialisés (ESS) en Nouvelle-Aquitaine :\ncréer le dossier, le vérifier contre le cahier des charges, produire les documents à déposer.',
    )
    .version(packageJson.version, '-v, --version', 'affiche la version')
    .option('--debug', 'en cas d’erreur inattendue, affiche la trace technique')
    .helpCommand('aide [commande]', 'affiche l’aide d’une commande')
    .addHelpText('after', () => reflow(START, terminalWidth()));

  frenchCommand(program.command('init'))
    .description('Assistant interactif : crée le dossier YAML, question par question.')
    .argument('[fichier]', 'fichier à créer', 'dossier-ess.yaml')
    .option('--force', 'remplace un fichier existant (l’ancien est gardé en FICHIER.bak ; si FICHIER.bak existe, en FICHIER.bak.1, .bak.2… : aucune sauvegarde n’est écrasée)')
    .option('--non-interactif', 'écrit le squelette complet avec « À COMPLÉTER », sans poser de question')
    .addHelpText(
      'after', () => reflow('\nCtrl-C (après confirmation) quitte sans écrire le dossier : les réponses déjà données sont gardées\n' +
        'dans un brouillon, hors de votre répertoire (~/.local/state/ess/brouillons, ou %LOCALAPPDATA%\\ess\\brouillons\n' +
        'sous Windows ; lisible par votre seul compte), que le prochain « ess init FICHIER » propose de\n' +
        'reprendre ; il est supprimé dès que le dossier est écrit.\n' +
        '\nExemples :\n  $ ess init\n  $ ess init dossier-cardio-64.yaml\n  $ ess init modele.yaml --non-interactif', terminalWidth()))
    .action(async (file: string, options) => {
      const { init } = await import('./commands/init.js');
      setExit(await init(file, options));
    });

  frenchCommand(program.command('check'))
    .aliases(['verifier', 'vérifier'])
    .description('Vérifie le dossier : syntaxe YAML, structure, règles d’éligibilité du cahier des charges.')
    .argument('[fichier]', `dossier YAML à vérifier (par défaut : ${DEFAULT_DOSSIER} du dossier courant)`)
    .addOption(
      new Option('--etape <etape>', 'étape visée : lettre (lettre d’intention), projet (projet de santé) ou rapport (rapport d’activité d’une année, avec --annee)')
        .default('projet')
        .argParser(choice<Stage>('--etape', STAGES)),
    )
    .addOption(
      new Option('--format <format>', 'présentation : stylish (lisible) ou json')
        .default('stylish')
        .argParser(choice('--format', ['stylish', 'json'] as const)),
    )
    .addOption(yearOption())
    .option('--annuaire <chemin>', 'extrait Annuaire santé (PS_LibreAcces…txt ou .zip) pour vérifier les adhérents')
    .addHelpText('after', () => reflow('\nCodes de sortie : 0 aucune erreur, 1 au moins une erreur, 2 commande impossible.\n\nExemples :\n  $ ess check\n  $ ess check dossier-ess.yaml\n  $ ess check dossier-ess.yaml --etape lettre\n  $ ess check dossier-ess.yaml --etape rapport --annee 2027\n  $ ess check dossier-ess.yaml --format json', terminalWidth()))
    .action(async (file: string | undefined, options) => {
      checkYear(options.etape === 'rapport', options.annee, 'L’étape rapport (rapport d’activité)', '--etape rapport');
      const dossier = dossierOrDefault(file, 'check');
      const { check } = await import('./commands/check.js');
      setExit(await check(dossier, options));
    });

  frenchCommand(program.command('completer'))
    .alias('compléter')
    .description('Reprend le dossier dans le terminal : pose, dans l’ordre de la trame, chaque question encore « À COMPLÉTER » et enregistre chaque réponse aussitôt.')
    .argument('[fichier]', `dossier YAML à compléter (par défaut : ${DEFAULT_DOSSIER} du dossier courant)`)
    .addOption(
      new Option('--etape <etape>', 'réponses demandées : celles de la lettre (lettre d’intention), du projet (projet de santé) ou du rapport (rapport d’activité d’une année, avec --annee) ; par défaut la lettre tant qu’elle n’est pas prête, puis le projet')
        .argParser(choice('--etape', ['lettre', 'projet', 'rapport'] as const)),
    )
    .addOption(yearOption())
    .addHelpText(
      'after', () => reflow('\nUne réponse longue se tape ou se colle sur plusieurs lignes ; Entrée sur une ligne\nvide la termine ; Entrée tout de suite laisse la question pour plus tard.\n' +
        'Chaque réponse est enregistrée aussitôt (le dossier d’origine est gardé en\nFICHIER.bak). Ctrl-C arrête (code de sortie 130) sans perdre les réponses données.\n' +
        '\nExemples :\n  $ ess completer\n  $ ess completer dossier-ess.yaml --etape projet\n  $ ess completer dossier-ess.yaml --etape rapport --annee 2027', terminalWidth()))
    .action(async (file: string | undefined, options) => {
      checkYear(options.etape === 'rapport', options.annee, 'L’étape rapport (rapport d’activité)', '--etape rapport');
      const dossier = dossierOrDefault(file, 'completer');
      const { completer } = await import('./commands/completer.js');
      setExit(await completer(dossier, options));
    });

  frenchCommand(program.command('render'))
    .alias('documents')
    .description('Écrit le projet de santé et la lettre d’intention en DOCX, prêts pour Démarches Simplifiées.')
    .argument('[fichier]', `dossier YAML (par défaut : ${DEFAULT_DOSSIER} du dossier courant)`)
    .option('-o, --out <répertoire>', 'répertoire de sortie (par défaut : celui du dossier ; créé s’il manque)')
    .addOption(
      new Option('--document <document>', `document(s) à écrire : ${DOCUMENTS.map((d) => d.id).join(', ')} ou ${ALL_DOCUMENTS} (${ALL_DOCUMENTS} : ${documentsFor(ALL_DOCUMENTS).map((d) => d.id).join(' et ')})`)
        .default(ALL_DOCUMENTS)
        .argParser(choice('--document', [...DOCUMENTS.map((d) => d.id), ALL_DOCUMENTS])),
    )
    .addOption(yearOption())
    .option('--brouillon', 'écrit même si le dossier a des erreurs, avec la mention BROUILLON sur chaque page')
    .option('--pdf', 'écrit aussi un PDF de chaque document (LibreOffice requis)')
    .addHelpText('after', () => reflow('\nExemples :\n  $ ess render\n  $ ess render dossier-ess.yaml\n  $ ess render dossier-ess.yaml -o sortie --document lettre\n  $ ess render dossier-ess.yaml --document adhesion  # formulaires d’adhésion\n  $ ess render dossier-ess.yaml --document rapport --annee 2027\n  $ ess render dossier-ess.yaml --brouillon', terminalWidth()))
    .action(async (file: string | undefined, options) => {
      checkYear(DOCUMENTS.some((d) => d.yearly && d.id === options.document), options.annee, 'Le rapport d’activité', '--document rapport');
      const dossier = dossierOrDefault(file, 'render');
      const { render } = await import('./commands/render.js');
      setExit(await render(dossier, options));
    });

  frenchCommand(program.command('importer'))
    .alias('import')
    .description('Ajoute au dossier existant les données d’un fichier : les adhérents d’un tableur (.csv), fusionnés par numéro RPPS, ou les réponses d’un projet de santé rédigé dans Word (.docx).')
    .argument('<source>', 'fichier à importer : liste des adhérents en .csv (nom, prénom, RPPS, spécialité), ou projet de santé en .docx')
    .argument('[fichier]', `dossier YAML à compléter (par défaut : ${DEFAULT_DOSSIER} du dossier courant)`)
    .option('--dry-run', 'affiche ce qui serait ajouté ou changé, sans rien écrire')
    .addHelpText(
      'after', () => reflow('\nLe fichier CSV est celui qu’enregistre un tableur (Excel : « CSV (séparateur : point-virgule) »\n' +
        'ou « CSV UTF-8 » ; LibreOffice : « Texte CSV ») : une ligne d’en-tête nommant les colonnes\n' +
        '(Nom, Prénom, N° RPPS ou identifiant PP, et Spécialité si besoin), puis un médecin par ligne.\n' +
        'Les médecins déjà dans le dossier (même RPPS) sont laissés tels quels ; chaque ligne refusée\n' +
        'est signalée avec son numéro. Le dossier tel qu’il était est gardé en FICHIER.bak.\n\n' +
        'Le projet de santé .docx est celui qu’écrit ess render (ou la trame type remplie à la main),\n' +
        'rédigé dans Word ou LibreOffice : chaque réponse trouvée sous sa question revient dans le\n' +
        'dossier, paragraphes gardés ; une réponse vide ou « À COMPLÉTER » n’écrase rien.\n\n' +
        'Codes de sortie : 0 importé, 1 rien n’a pu être importé (ou ce n’est ni une liste d’adhérents ni un projet de santé), 2 commande impossible.\n\n' +
        'Exemples :\n  $ ess importer adherents.csv\n  $ ess importer adherents.csv dossier-ess.yaml --dry-run\n  $ ess importer projet-de-sante-mon-ess.docx --dry-run\n  $ ess importer "C:\\Users\\marie\\Documents\\adherents.csv" dossier-ess.yaml', terminalWidth()))
    .action(async (source: string, file: string | undefined, options) => {
      const dossier = dossierOrDefault(file, 'importer adherents.csv');
      const { importer } = await import('./commands/importer.js');
      setExit(await importer(source, dossier, options));
    });

  frenchCommand(program.command('effectifs'))
    .description('Compte les médecins libéraux d’une spécialité par département dans un extrait de l’Annuaire santé.')
    .requiredOption('--annuaire <chemin>', 'extrait Annuaire santé (PS_LibreAcces_Personne_activite…txt ou .zip)')
    .requiredOption('--specialite <spécialité>', 'identifiant de la spécialité (cardiologie, endocrinologie…), ou son libellé, ou un nom usuel (cardiologue, ORL…)')
    .requiredOption('--departements <codes>', 'codes des départements séparés par des virgules (40,64)')
    .addOption(
      new Option('--format <format>', 'présentation : stylish (lisible) ou json')
        .default('stylish')
        .argParser(choice('--format', ['stylish', 'json'] as const)),
    )
    .addHelpText('after', () => reflow('\nExemple :\n  $ ess effectifs --annuaire PS_LibreAcces.zip --specialite cardiologie --departements 40,64', terminalWidth()))
    .action(async (options) => {
      const { effectifs } = await import('./commands/effectifs.js');
      setExit(await effectifs(options));
    });

  return program;
}

/** Commander's own messages are English: the user reads French. */
function translateCommanderError(error: CommanderError, commands: readonly string[]): string {
  const [message, hint] = splitSuggestion(error.message.replace(/^error: /, ''));
  return translateMessage(message, hint, commands);
}

/** Commander appends « (Did you mean check?) » to an unknown command or option. */
function splitSuggestion(message: string): [string, string] {
  const r = /\n\(Did you mean (?:one of )?([^?]+)\?\)$/.exec(message);
  if (!r) return [message, ''];
  const names = r[1]!.split(', ').map((n) => `« ${n} »`);
  return [message.slice(0, r.index), ` : vouliez-vous dire ${names.join(' ou ')} ?`];
}

function translateMessage(m: string, hint: string, commands: readonly string[]): string {
  let r: RegExpExecArray | null;
  if ((r = /unknown option '([^']+)'/.exec(m))) return `Option inconnue « ${r[1]} »${hint || '.'}`;
  if ((r = /unknown command '([^']+)'/.exec(m))) return `Commande inconnue « ${r[1]} »${hint || '.'} Commandes possibles : ${commands.join(', ')} (ess --help les présente).`;
  if ((r = /missing required argument '([^']+)'/.exec(m))) return `Argument manquant : ${r[1]}.`;
  if ((r = /option '([^']+)' argument missing/.exec(m))) return `L’option ${r[1]} attend une valeur.`;
  if ((r = /required option '([^']+)' not specified/.exec(m))) return `Option obligatoire manquante : ${r[1]}.`;
  if ((r = /too many arguments(?: for '([^']+)')?/.exec(m))) return `Trop d’arguments${r[1] ? ` pour « ${r[1]} »` : ''} : un seul fichier est attendu.`;
  if ((r = /option '([^']+)' argument '([^']*)' is invalid\. (.*)/.exec(m))) return r[3]!;
  if ((r = /command-argument value '([^']*)' is invalid for argument '([^']+)'\. (.*)/.exec(m))) return r[3]!;
  return m;
}

export async function main(argv: string[]): Promise<number> {
  let exit = 0;
  const debug = argv.includes('--debug');
  if (debug) enableDebug();
  const program = buildProgram((code) => (exit = code));
  // `ess` alone is a user looking for a way in: the help and how to start, not an error.
  if (argv.filter((a) => a !== '--debug').length === 0) {
    process.stdout.write(program.helpInformation());
    process.stdout.write(START.trimStart().replace(/^/, '\n'));
    return 0;
  }
  // `ess help check`, as git and npm have it: the help command is named `aide` here.
  if (argv[0] === 'help') argv = ['aide', ...argv.slice(1)];
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      process.stderr.write(`ess : ${translateCommanderError(error, program.commands.map((c) => c.name()).filter((name) => name !== 'aide'))}\n(ajoutez --help pour l’aide)\n`);
      return EXIT_USAGE;
    }
    const report = reportError(error, debug);
    process.stderr.write(report.message + '\n');
    return report.exitCode;
  }
}
