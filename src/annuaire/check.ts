import type { Finding, Severity } from '../core/findings.js';
import { formatNumber, plural } from '../core/text.js';
import type { SourceIndex } from '../dossier/source-index.js';
import type { Dossier } from '../generated/dossier.js';
import { specialiteById } from '../referentiels/index.js';
import { MODE_LIBERAL, PROFESSION_MEDECIN, sameName, type ActivityRow } from './definitions.js';
import { EffectifsCounter } from './effectifs.js';
import { scanExtract } from './scan.js';
export { assertReadable } from './source.js';

const SOURCE = 'Annuaire santé';

/**
 * The checks of the adhérents against the Annuaire santé, and the count of the médecins libéraux
 * of the specialty on the territory: one pass over the extract.
 */
export async function annuaireFindings(file: string, dossier: Dossier, index: SourceIndex): Promise<Finding[]> {
  const specialty = dossier.ess?.specialite;
  const ref = typeof specialty === 'string' ? specialiteById.get(specialty) : undefined;
  const territory = (dossier.territoire?.departements ?? []).map(String);
  const counter = new EffectifsCounter(ref?.codes ?? [], territory);
  const adherents = dossier.adherents ?? [];
  const rowsById = new Map<string, ActivityRow[]>();
  for (const a of adherents) if (typeof a.rpps === 'string' && /^\d{11}$/.test(a.rpps)) rowsById.set(a.rpps, []);

  const { name } = await scanExtract(file, {
    patterns: ref && territory.length > 0 ? counter.patterns : [],
    onPatternRow: (row) => counter.add(row),
    ids: new Set(rowsById.keys()),
    onIdRow: (row) => rowsById.get(row.id)?.push(row),
  });

  const findings: Finding[] = [];
  const report = (rule: string, severity: Severity, path: string, message: string) => {
    const { line, column } = index.at(path);
    findings.push({ rule, severity, message: `${message} (source : ${SOURCE}, ${name})`, path, line, column });
  };

  adherents.forEach((a, i) => {
    const rows = typeof a.rpps === 'string' ? rowsById.get(a.rpps) : undefined;
    if (!rows) return;
    const who = `${[a.prenom, a.nom].filter(Boolean).join(' ') || 'l’adhérent'} (RPPS ${a.rpps})`;
    const base = `/adherents/${i}`;
    if (rows.length === 0) {
      report('annuaire-rpps-inconnu', 'error', `${base}/rpps`, `${who} est introuvable dans l’Annuaire santé : vérifiez le numéro RPPS sur annuaire.sante.fr.`);
      return;
    }
    const first = rows[0]!;
    const nomDiffers = typeof a.nom === 'string' && !rows.some((r) => sameName(r.nom, a.nom!));
    const prenomDiffers = typeof a.prenom === 'string' && !rows.some((r) => sameName(r.prenom, a.prenom!));
    if (nomDiffers || prenomDiffers) {
      report(
        'annuaire-identite',
        'warning',
        `${base}/${nomDiffers ? 'nom' : 'prenom'}`,
        `Dans l’Annuaire santé, le RPPS ${a.rpps} est au nom de ${first.prenom} ${first.nom}, et non « ${[a.prenom, a.nom].filter(Boolean).join(' ')} » : corrigez le nom, le prénom ou le numéro RPPS.`,
      );
    }
    const medecin = rows.filter((r) => r.profession === PROFESSION_MEDECIN);
    if (medecin.length === 0) {
      report('annuaire-profession', 'error', `${base}/rpps`, `${who} n’est pas inscrit comme médecin dans l’Annuaire santé (code profession ${first.profession || 'absent'}) : une ESS réunit des médecins ; vérifiez le numéro RPPS.`);
      return;
    }
    const own = typeof a.specialite === 'string' ? specialiteById.get(a.specialite) : undefined;
    const spec = own ?? ref;
    if (spec && !medecin.some((r) => spec.codes.includes(r.savoirFaire))) {
      const found = [...new Set(medecin.map((r) => r.savoirFaire).filter(Boolean))];
      report(
        'annuaire-specialite',
        'warning',
        own ? `${base}/specialite` : base,
        `${who} n’a pas la spécialité ${spec.libelle} (${spec.codes.join(', ')}) dans l’Annuaire santé (${found.length ? `savoir-faire : ${found.join(', ')}` : 'aucune spécialité ordinale'}) : vérifiez sa spécialité ou demandez une dérogation.`,
      );
    }
    if (!medecin.some((r) => r.mode === MODE_LIBERAL)) {
      report('annuaire-non-liberal', 'warning', base, `${who} n’a aucune activité libérale dans l’Annuaire santé : une ESS réunit des médecins libéraux (cahier des charges, §II).`);
    }
    if (territory.length > 0 && !medecin.some((r) => territory.includes(r.departement))) {
      const found = [...new Set(medecin.map((r) => r.departement).filter(Boolean))];
      report(
        'annuaire-hors-territoire',
        'warning',
        base,
        `${who} n’a aucune activité dans le territoire de l’ESS (${territory.join(', ')}) selon l’Annuaire santé${found.length ? ` (départements : ${found.join(', ')})` : ''} : vérifiez le territoire ou l’adhésion.`,
      );
    }
  });

  if (ref && territory.length > 0) findings.push(effectifFinding(counter, ref.libelle, dossier, index, name));
  return findings;
}

/** Differ by more than 10 % of either number (the threshold is computed on both). */
export function differsMoreThanTenPercent(a: number, b: number): boolean {
  const gap = Math.abs(a - b) * 10;
  return gap > a || gap > b;
}

function effectifFinding(counter: EffectifsCounter, libelle: string, dossier: Dossier, index: SourceIndex, name: string): Finding {
  const { departements, total } = counter.result();
  const detail = Object.entries(departements).map(([d, n]) => `${d} : ${formatNumber(n)}`).join(', ');
  const declared = dossier.territoire?.medecins_specialite;
  const path = '/territoire/medecins_specialite';
  const { line, column } = index.at(path);
  let severity: Severity = 'info';
  let message = `L’Annuaire santé compte ${plural(total, 'médecin libéral', 'médecins libéraux')} en ${libelle} sur le territoire (${detail})`;
  if (typeof declared === 'number') {
    if (differsMoreThanTenPercent(total, declared)) {
      severity = 'warning';
      message += ` ; le dossier en indique ${formatNumber(declared)}, un écart de plus de 10 % : vérifiez territoire.medecins_specialite (data ameli, ou « ess effectifs »).`;
    } else {
      message += ` ; le dossier en indique ${formatNumber(declared)}, à moins de 10 % près.`;
    }
  } else {
    message += ' : reportez ce nombre dans territoire.medecins_specialite.';
  }
  return { rule: 'annuaire-effectif', severity, message: `${message} (source : ${SOURCE}, ${name})`, path, line, column };
}
