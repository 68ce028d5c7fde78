// The template helpers that read the dossier being rendered, by a question's path: a template
// names each answer it prints once, in its own text, and the views never copy answers. A path's
// segments are joined by dots (`(answer "deploiement.missions" key "travaux")`: a row's key in
// between), and its `{annee}` is bound to the year of a yearly document.
import { question } from '../trame/index.js';
import { bindYear } from '../trame/year.js';
import { arr, at, dateText, obj, t, texts } from './common.js';
import { textOf } from './escape.js';
import { formatNumber } from '../core/text.js';

/** What a helper knows of the render in progress. */
export interface RenderData {
  dossier?: unknown;
  annee?: string;
}

/** The question a pattern stands for: list indices as `*` (`partenaires.2.type` → `partenaires.*.type`). */
const patternOf = (path: string): string => path.replace(/\.\d+(?=\.|$)/g, '.*');

/** The key of a row, normalized: two labels that differ only by accents, case or punctuation are the same. */
const rowKey = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9%]+/g, ' ').trim();

/** A value as printed: numbers the French way, texts as written, '' when absent. */
export function valueText(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) return formatNumber(v);
  return textOf(v).trim();
}

export const ANSWER_HELPERS = {
  /** `(answer "diagnostic.etat_sante")`: the answer's text ('' when absent). */
  answer: (data: RenderData, path: string): string => t(data.dossier, bindYear(path, data.annee ?? '')),
  /** `(answers "indicateurs.qualitatifs")`: a list answer's texts, trimmed, empty ones left out (for `#with` and `#each`). */
  answers: (data: RenderData, path: string): string[] => texts(at(data.dossier, bindYear(path, data.annee ?? ''))),
  /** `(date "ess.date")`: a date answer in French (« 1er mars 2026 »), '' when absent; text that is no date as written. */
  date: (data: RenderData, path: string): string => dateText(at(data.dossier, bindYear(path, data.annee ?? ''))),
  /** `(choice "activite.{annee}.missions" key "etat")`: a choice's words (the schema's enumDescriptions), or the answer as written. */
  choice: (data: RenderData, path: string): string => {
    const id = t(data.dossier, bindYear(path, data.annee ?? ''));
    return question(patternOf(path)).choices?.find((c) => c.id === id)?.label ?? id;
  },
  /**
   * `(matched "indicateurs.complementaires" "activite.{annee}.complementaires" "indicateur" "valeur")`:
   * the rows of a list of objects (label and value keys given) matched to a list of labels: one row
   * per label of the list, with the value of the object that bears it (same words, accents and case
   * aside), then the objects no label names. `{ label, value }`, value '' when none.
   */
  matched: (data: RenderData, labelsPath: string, rowsPath: string, labelKey: string, valueKey: string): Array<{ label: string; value: string }> => {
    const labels = texts(at(data.dossier, bindYear(labelsPath, data.annee ?? '')));
    const entries = arr(at(data.dossier, bindYear(rowsPath, data.annee ?? ''))).map((e) => ({ label: t(e, labelKey), value: valueText(obj(e)[valueKey]) }));
    const named = new Set(labels.map(rowKey));
    return [
      ...labels.map((label) => ({ label, value: entries.find((e) => rowKey(e.label) === rowKey(label))?.value ?? '' })),
      ...entries.filter((e) => e.label !== '' && !named.has(rowKey(e.label))),
    ];
  },
};
