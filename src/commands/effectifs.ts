import { UsageError, EXIT_OK } from '../core/errors.js';
import { escapeControls, formatNumber } from '../core/text.js';
import { colorsFor } from '../report/colors.js';
import { departementByCode, departements as allDepartements, region, specialiteById, specialites, type Specialite } from '../referentiels/index.js';
import { resolveSpecialite, suggestSpecialites } from '../referentiels/specialites.js';
import { assertReadable } from '../annuaire/source.js';
import { EffectifsCounter } from '../annuaire/effectifs.js';
import { scanExtract } from '../annuaire/scan.js';

export interface EffectifsOptions {
  annuaire: string;
  specialite: string;
  departements: string;
  format: 'stylish' | 'json';
}

/** The specialty named by the option: its id, or its label, a usual name or a code (« cardiologue », « SM62 »). */
function specialty(text: string): Specialite {
  const found = specialiteById.get(text.trim()) ?? resolveSpecialite(text);
  if (found) return found;
  const guesses = suggestSpecialites(text).map((s) => `« ${s.id} »`);
  throw new UsageError(
    `Spécialité « ${text} » inconnue${guesses.length ? ` : vouliez-vous dire ${guesses.join(' ou ')} ?` : '.'} Spécialités possibles : ${specialites.map((s) => s.id).join(', ')}.`,
  );
}

function departementList(value: string): string[] {
  const codes = [...new Set(value.split(',').map((c) => c.trim()).filter(Boolean))];
  const unknown = codes.filter((c) => !departementByCode.has(c));
  const valid = allDepartements.map((d) => d.code).join(', ');
  if (codes.length === 0) throw new UsageError(`Indiquez au moins un département avec --departements (par exemple 40,64) : ${valid}.`);
  if (unknown.length > 0) {
    throw new UsageError(
      `${unknown.length > 1 ? 'Départements inconnus' : 'Département inconnu'} : ${unknown.map((c) => `« ${c} »`).join(', ')}. ` +
        `Codes des départements de ${region.nom} : ${valid} (séparés par des virgules).`,
    );
  }
  return codes;
}

/** `ess effectifs`: médecins libéraux of a specialty per département, for the answer of role `territoire-medecins`. */
export async function effectifs(options: EffectifsOptions): Promise<number> {
  const spec = specialty(options.specialite);
  const codes = departementList(options.departements);
  assertReadable(options.annuaire);
  const counter = new EffectifsCounter(spec.codes, codes);
  const { name } = await scanExtract(options.annuaire, { patterns: counter.patterns, onPatternRow: (row) => counter.add(row) });
  const { departements, total } = counter.result();

  if (options.format === 'json') {
    process.stdout.write(JSON.stringify({ specialite: spec.id, departements, total }, null, 2) + '\n');
    return EXIT_OK;
  }
  const c = await colorsFor(process.stdout);
  const rows = codes.map((code) => [`${code} ${departementByCode.get(code)!.nom}`, formatNumber(departements[code] ?? 0)] as const);
  const totalLabel = 'Total (personnes distinctes)';
  const width = Math.max(totalLabel.length, ...rows.map(([label]) => label.length));
  const numWidth = Math.max(formatNumber(total).length, ...rows.map(([, n]) => n.length));
  const lines = [
    c.bold(`Médecins libéraux en ${spec.libelle} (${spec.codes.join(', ')})`),
    c.dim(`d’après ${escapeControls(name, true)}`),
    '',
    ...rows.map(([label, n]) => `  ${label.padEnd(width)}  ${n.padStart(numWidth)}`),
    `  ${c.bold(totalLabel.padEnd(width))}  ${c.bold(formatNumber(total).padStart(numWidth))}`,
    '',
  ];
  if (codes.length > 1) lines.push(c.dim('Un médecin actif dans plusieurs départements compte dans chacun, et une seule fois dans le total.'));
  // Which answer holds the count comes from the trame's definition, loaded only here, after the scan.
  const { questionWithRole } = await import('../trame/index.js');
  lines.push(`À reporter dans le dossier : ${c.bold(`${questionWithRole('territoire-medecins').path}: ${total}`)}`);
  process.stdout.write(lines.join('\n') + '\n');
  return EXIT_OK;
}
