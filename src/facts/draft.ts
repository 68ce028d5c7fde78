// The figures of a draft (`render --brouillon`), computed as `check` computes them. A draft may
// have any shape (even an invalid one): only the answers the figures read are taken, as the types
// say, so that a draft's documents print the same figures as a valid dossier's.
import type { Dossier } from '../generated/dossier.js';
import { textOf } from '../documents/escape.js';
import { isoDate } from '../rules/values.js';
import { computeFacts, type Facts } from './index.js';
import { computeRapportFacts, type RapportFacts } from './rapport.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string => textOf(v).trim();
const count = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

export function draftFacts(d: unknown): Facts {
  const root = obj(d);
  const territoire = obj(root.territoire);
  const siege = obj(obj(root.statut_juridique).siege);
  const draft = {
    version: 1,
    ess: { specialite: text(obj(root.ess).specialite) },
    territoire: {
      departements: arr(territoire.departements).map(text),
      medecins_specialite: count(territoire.medecins_specialite),
      derogation: { motif: text(obj(territoire.derogation).motif) },
    },
    statut_juridique: { siege: { code_postal: text(siege.code_postal), commune: text(siege.commune), departement: text(siege.departement) } },
    // Read with direct property access: for 1,000 adhérents, dotted paths cost a cold render ~10 ms.
    adherents: arr(root.adherents).map((a) => ({ rpps: text(obj(a).rpps), specialite: text(obj(a).specialite) })),
  } as unknown as Dossier;
  return computeFacts(draft);
}

export function draftRapportFacts(d: unknown, annee: string): RapportFacts {
  const root = obj(d);
  const ess = obj(root.ess);
  const draft = {
    version: 1,
    ess: { specialite: text(ess.specialite), date: isoDate(ess.date) },
    territoire: { medecins_specialite: count(obj(root.territoire).medecins_specialite) },
    adherents: arr(root.adherents).map((a) => ({ rpps: text(obj(a).rpps), specialite: text(obj(a).specialite), adhesion: isoDate(obj(a).adhesion) })),
  } as unknown as Dossier;
  return computeRapportFacts(draft, annee);
}
