import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EssError, EXIT_FINDINGS, EXIT_OK, InputError } from '../core/errors.js';
import { plural } from '../core/text.js';
import { systemErrorText } from '../core/error-report.js';
import { readDossierFile } from '../dossier/read.js';
import { colorsFor } from '../report/colors.js';
import { formatStylish } from '../report/stylish.js';
import { checkDossierStages, type CheckResult } from '../check.js';
import { writeFileAtomicAsync } from '../core/atomic-write.js';
import { documentFileName, DOCUMENTS, documentsFor } from '../documents/registry.js';
import { slugify } from '../documents/slug.js';
import { textOf } from '../documents/escape.js';

export interface RenderOptions {
  out?: string;
  /** A document's id in the registry (src/documents/registry.ts), or `tous`. */
  document?: string;
  brouillon?: boolean;
  pdf?: boolean;
  /** The year of the rapport d'activité (`--document rapport`). */
  annee?: string;
}

const capitalized = (text: string): string => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** --out must be a folder (created if missing); an existing file there is refused, untouched. */
function outputFolder(file: string, out: string | undefined): string {
  const dir = out ?? dirname(file);
  let isFile = false;
  try {
    isFile = !statSync(dir).isDirectory();
  } catch {
    // Missing: created below.
  }
  if (isFile) throw new InputError(`${dir} est un fichier, pas un répertoire : indiquez avec --out le répertoire où écrire les documents (il est créé s’il n’existe pas).`);
  return dir;
}

/** The data to render in a draft whose structure is not valid: the YAML as it reads. */
export async function render(file: string, options: RenderOptions): Promise<number> {
  const documents = documentsFor(options.document);
  const brouillon = options.brouillon === true;
  const outDir = outputFolder(file, options.out);
  const input = readDossierFile(file);

  // `check` for the stage of each document, before anything is written.
  const results = checkDossierStages(input, [...new Set(documents.map((d) => d.stage))], { annee: options.annee });
  const failing = results.filter((r) => r.summary.errors > 0);
  const colors = await colorsFor(process.stdout);
  if (failing.length > 0 && !brouillon) {
    // A structural error shows at both stages: print each finding once, then each stage's summary.
    const shown = new Set<string>();
    const unseen = (r: CheckResult): CheckResult => ({
      ...r,
      results: r.results.filter((f) => {
        const key = `${f.rule}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
        if (shown.has(key)) return false;
        shown.add(key);
        return true;
      }),
    });
    process.stdout.write(failing.map((r) => formatStylish(unseen(r), colors)).join('\n\n') + '\n');
    process.stderr.write(
      'ess : aucun document écrit : corrigez les erreurs signalées ci-dessus, ou ajoutez --brouillon pour écrire quand même un document de travail marqué BROUILLON.\n',
    );
    return EXIT_FINDINGS;
  }

  const data: unknown = results[0]?.dossier ?? results[0]?.data;
  if (data === undefined) {
    // Even a draft needs a file that reads as YAML.
    process.stdout.write(formatStylish(results[0] as CheckResult, colors) + '\n');
    process.stderr.write('ess : le fichier ne peut pas être lu comme un dossier YAML : aucun document écrit, même en brouillon.\n');
    return EXIT_FINDINGS;
  }
  for (const r of failing) {
    // The stage's name, as `ess check` says it (the forms are checked at the lettre's stage).
    const label = DOCUMENTS.find((d) => d.stage === r.stage)!.label;
    process.stderr.write(`ess : brouillon : ${plural(r.summary.errors, 'erreur')} pour l’étape « ${label} » (voir ess check --etape ${r.stage}${r.annee ? ` --annee ${r.annee}` : ''}) ; chaque page porte la mention BROUILLON.\n`);
  }

  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new InputError(`Impossible de créer le répertoire de sortie ${outDir} (${systemErrorText(error)}).`);
  }

  // The heavy part (docx, handlebars, markdown) is loaded only once the documents will be written.
  const [{ buildDocx }, { frenchSize, todayIso }] = await Promise.all([import('../documents/build.js'), import('../facts/wording.js')]);
  const slug = slugify(textOf((data as { ess?: { nom?: unknown } })?.ess?.nom));
  const written: string[] = [];
  // Nothing is written if one of the outputs (DOCX, or PDF with --pdf) is the dossier itself.
  for (const document of documents) {
    const path = join(outDir, documentFileName(document, slug, options.annee));
    for (const output of options.pdf ? [path, path.replace(/\.docx$/, '.pdf')] : [path]) {
      if (resolve(output) === resolve(file)) {
        throw new InputError(`${output} est le dossier lu par cette commande : il ne sera pas remplacé par un document. Renommez le dossier (par exemple dossier-ess.yaml), ou choisissez un autre répertoire avec --out.`);
      }
    }
  }
  for (const document of documents) {
    const bytes = await buildDocx(document, data, { brouillon, today: todayIso(), ...(options.annee ? { annee: options.annee } : {}) });
    const path = join(outDir, documentFileName(document, slug, options.annee));
    try {
      await writeFileAtomicAsync(path, bytes);
    } catch (error) {
      const why = EssError.is(error) ? error.message : systemErrorText(error);
      throw new EssError(`Impossible d’écrire ${path} : ${why} Le fichier précédent, s’il existait, est intact.`);
    }
    written.push(path);
    process.stdout.write(`${capitalized(document.label)}${brouillon ? ' (brouillon)' : ''} : ${path} (${frenchSize(bytes.length)})\n`);
  }

  if (options.pdf) {
    const { convertToPdf } = await import('../docx/pdf.js');
    for (const pdf of await convertToPdf(written)) process.stdout.write(`PDF : ${pdf} (${frenchSize(statSync(pdf).size)})\n`);
  }
  return EXIT_OK;
}
