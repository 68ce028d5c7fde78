// Synthetic extracts of the Annuaire santé (PS_LibreAcces_Personne_activite), for tests and the
// bench. No real extract may be used here: the headers below reproduce the published ones
// (52 columns until 2022, 56 since, the 4 new ones at the end), each line ending with `|`.
import { openSync, writeSync, closeSync, renameSync } from 'node:fs';

export const COLUMNS_52 = [
  "Type d'identifiant PP", 'Identifiant PP', 'Identification nationale PP', "Code civilité d'exercice",
  "Libellé civilité d'exercice", 'Code civilité', 'Libellé civilité', "Nom d'exercice", "Prénom d'exercice",
  'Code profession', 'Libellé profession', 'Code catégorie professionnelle', 'Libellé catégorie professionnelle',
  'Code type savoir-faire', 'Libellé type savoir-faire', 'Code savoir-faire', 'Libellé savoir-faire',
  'Code mode exercice', 'Libellé mode exercice', 'Numéro SIRET site', 'Numéro SIREN site', 'Numéro FINESS site',
  'Numéro FINESS établissement juridique', 'Identifiant technique de la structure', 'Raison sociale site',
  'Enseigne commerciale site', 'Complément destinataire (coord. structure)',
  'Complément point géographique (coord. structure)', 'Numéro Voie (coord. structure)',
  'Indice répétition voie (coord. structure)', 'Code type de voie (coord. structure)',
  'Libellé type de voie (coord. structure)', 'Libellé Voie (coord. structure)',
  'Mention distribution (coord. structure)', 'Bureau cedex (coord. structure)', 'Code postal (coord. structure)',
  'Code commune (coord. structure)', 'Libellé commune (coord. structure)', 'Code pays (coord. structure)',
  'Libellé pays (coord. structure)', 'Téléphone (coord. structure)', 'Téléphone 2 (coord. structure)',
  'Télécopie (coord. structure)', 'Adresse e-mail (coord. structure)', 'Code Département (structure)',
  'Libellé Département (structure)', 'Ancien identifiant de la structure', "Autorité d'enregistrement",
  "Code secteur d'activité", "Libellé secteur d'activité", 'Code section tableau pharmaciens',
  'Libellé section tableau pharmaciens',
];
export const COLUMNS_56 = [...COLUMNS_52, 'Code rôle', 'Libellé rôle', "Code genre d'activité", "Libellé genre d'activité"];

export const headerLine = (columns = COLUMNS_56) => columns.join('|') + '|';

/**
 * One line of the extract. `row` gives values by short name; the rest is filled plausibly.
 * Short names: id (11-digit RPPS), idType ('8'), nom, prenom, profession, typeSf, sf, mode,
 * cp, commune, dept.
 */
export function extractLine(row, columns = COLUMNS_56) {
  const rpps = row.id ?? '';
  const values = {
    "Type d'identifiant PP": row.idType ?? '8',
    'Identifiant PP': row.identifiant ?? rpps,
    'Identification nationale PP': rpps ? '8' + rpps : '',
    "Code civilité d'exercice": 'DR',
    "Libellé civilité d'exercice": 'Docteur',
    'Code civilité': 'M',
    'Libellé civilité': 'Monsieur',
    "Nom d'exercice": row.nom ?? 'MARTIN',
    "Prénom d'exercice": row.prenom ?? 'JEAN',
    'Code profession': row.profession ?? '10',
    'Libellé profession': (row.profession ?? '10') === '10' ? 'Médecin' : 'Infirmier',
    'Code catégorie professionnelle': 'C',
    'Libellé catégorie professionnelle': 'Civil',
    'Code type savoir-faire': row.typeSf ?? (row.sf ? 'S' : ''),
    'Libellé type savoir-faire': row.sf ? 'Spécialité ordinale' : '',
    'Code savoir-faire': row.sf ?? '',
    'Libellé savoir-faire': row.sf ? 'Spécialité' : '',
    'Code mode exercice': row.mode ?? 'L',
    'Libellé mode exercice': { L: 'Libéral', S: 'Salarié', B: 'Bénévole' }[row.mode ?? 'L'] ?? '',
    'Numéro SIRET site': '',
    'Identifiant technique de la structure': 'C' + (rpps || '0') + '00',
    'Raison sociale site': 'CABINET DU DR ' + (row.nom ?? 'MARTIN'),
    'Libellé Voie (coord. structure)': 'DE LA GARE',
    'Code type de voie (coord. structure)': 'R',
    'Libellé type de voie (coord. structure)': 'Rue',
    'Numéro Voie (coord. structure)': '12',
    'Bureau cedex (coord. structure)': row.cp ? `${row.cp} VILLE` : '',
    'Code postal (coord. structure)': row.cp ?? '',
    'Code commune (coord. structure)': row.commune ?? '',
    'Libellé commune (coord. structure)': row.commune ? 'VILLE' : '',
    'Code pays (coord. structure)': '99000',
    'Libellé pays (coord. structure)': 'France',
    'Téléphone (coord. structure)': '0559000000',
    'Adresse e-mail (coord. structure)': rpps ? `cabinet.${rpps}@medecin.mssante.fr` : '',
    'Code Département (structure)': row.dept ?? '',
    'Libellé Département (structure)': row.dept ? 'Département' : '',
    "Autorité d'enregistrement": 'CNOM/CNOM/CNOM',
    "Code secteur d'activité": 'SA07',
    "Libellé secteur d'activité": 'Cabinet individuel',
    'Code rôle': 'FON-01',
    'Libellé rôle': 'Titulaire de cabinet',
    "Code genre d'activité": 'GENR01',
    "Libellé genre d'activité": 'Activité standard de soin',
  };
  return columns.map((c) => values[c] ?? '').join('|') + '|';
}

/** A whole extract as text: header, then one line per row. */
export function extractText(rows, { columns = COLUMNS_56, bom = false, eol = '\n' } = {}) {
  return (bom ? '\ufeff' : '') + [headerLine(columns), ...rows.map((r) => extractLine(r, columns))].join(eol) + eol;
}

/** Luhn key digit for a 10-digit prefix (RPPS: Luhn over 11 digits). */
export function rppsFrom(prefix10) {
  const digits = String(prefix10).padStart(10, '0');
  for (let k = 0; k <= 9; k++) {
    const s = digits + k;
    let sum = 0;
    for (let i = 0; i < 11; i++) {
      let d = s.charCodeAt(10 - i) - 48;
      if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
      sum += d;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

const SPECIALTY_CODES = ['SM04', 'SM15', 'SM16', 'SM24', 'SM18', 'SM19', 'SM20', 'SM21', 'SM27', 'SM30', 'SM31', 'SM33', 'SM35', 'SM38', 'SM40', 'SM42', 'SM44', 'SM47', 'SM54', 'SM53', 'SM26', 'SM73', 'SM79'];
const DEPTS = ['01', '06', '13', '16', '17', '19', '23', '24', '2A', '31', '33', '40', '44', '47', '59', '64', '69', '75', '79', '86', '87', '971', '974'];

/**
 * A big realistic extract (about 380 bytes a line, like the real file): `lines` data lines
 * written to `file` through a temporary file. Deterministic (a linear congruential generator).
 * Persons have 1 to 3 activity lines; about 45 % are médecins, a few percent have no savoir-faire.
 */
export function generateBigExtract(file, lines, columns = COLUMNS_56) {
  let seed = 12345;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const tmp = file + '.tmp';
  const fd = openSync(tmp, 'w');
  let out = '\ufeff' + headerLine(columns) + '\n';
  let written = 0;
  let person = 0;
  const noms = ['MARTIN', 'BERNARD', 'ETCHEVERRY', 'DUPOUY', 'LACOSTE', 'SAINT-MARTIN', "D'ARTAGNAN", 'OYHARÇABAL'];
  const prenoms = ['JEAN', 'MARIE', 'HÉLÈNE', 'JEAN-PIERRE', 'LÉA', 'FRANÇOIS', 'ANNE', 'THOMAS'];
  while (written < lines) {
    person++;
    const id = rppsFrom(1000000000 + person);
    const medecin = rand(100) < 45;
    const profession = medecin ? '10' : ['60', '50', '21', '40'][rand(4)];
    const activities = 1 + rand(3);
    const nom = noms[rand(noms.length)];
    const prenom = prenoms[rand(prenoms.length)];
    for (let a = 0; a < activities && written < lines; a++) {
      const dept = DEPTS[rand(DEPTS.length)];
      const hasCommune = rand(10) > 0;
      const commune = hasCommune ? dept + String(rand(dept.length === 3 ? 100 : 1000)).padStart(5 - dept.length, '0') : '';
      const cp = dept.length === 3 ? dept + '00' : (dept.startsWith('2') && /[AB]/.test(dept) ? '20' : dept) + String(rand(1000)).padStart(3, '0');
      const sf = medecin ? (rand(20) === 0 ? '' : SPECIALTY_CODES[rand(SPECIALTY_CODES.length)]) : '';
      out += extractLine({ id, nom, prenom, profession, sf, mode: ['L', 'L', 'S', 'B'][rand(4)], commune, cp, dept: hasCommune ? dept : '' }, columns) + '\n';
      written++;
      if (out.length > 1 << 22) {
        writeSync(fd, out);
        out = '';
      }
    }
  }
  writeSync(fd, out);
  closeSync(fd);
  renameSync(tmp, file);
}
