// The blocks of a projet de santé → what it answers, question by question. Pure.
// A question is found by its words (phrases.ts, folded: fold.ts); its answer is the paragraphs
// that follow it, up to the next question, marker or heading: paragraphs joined by a blank line,
// list items as "- " lines, text only. The trame's tables are read by their header row (tables.ts).
import { question as trameQuestion } from '../../trame/index.js';
import { fold, foldKey, foldWords, wordSimilarity } from './fold.js';
import { ANSWERS, MARKERS, SECTION_TITLES, type AnswerPhrases, type Marker } from './phrases.js';
import { BULLET, readTable, type AdherentRow, type ConsultationRow, type DeploiementRow, type PartnerRow } from './tables.js';
import type { Block, Paragraph } from './wordml.js';

interface Variant {
  key: string;
  words: string[];
  answer?: AnswerPhrases;
  marker?: Marker;
  /** The other, longer variants of the same question (to tell its own words from an answer). */
  longer: string[];
}

function buildVariants(): Variant[] {
  const out: Variant[] = [];
  for (const answer of ANSWERS) {
    const all = [...new Set([...answer.words, trameQuestion(answer.path).label])];
    const keys = all.map((w) => ({ w, key: foldKey(w) }));
    for (const { w, key } of keys) out.push({ key, words: foldWords(w), answer, longer: keys.filter((k) => k.key.length > key.length).map((k) => k.key) });
  }
  for (const marker of MARKERS) out.push({ key: foldKey(marker.words), words: foldWords(marker.words), marker, longer: [] });
  // The longest first: « AUTRES ACTIVITÉS DÉVELOPPÉES : exemples : … » before « AUTRES ACTIVITÉS DÉVELOPPÉES ».
  return out.sort((a, b) => b.key.length - a.key.length);
}

let variantsCache: Variant[] | undefined;
const variants = (): Variant[] => (variantsCache ??= buildVariants());
const SECTION_KEYS = SECTION_TITLES.map(foldKey);

/** A question's own punctuation after its words: closing brackets, ellipsis, quotes, emphasis marks. */
const TRAILING = /^[\s…).»"'*_\]?!.]*/u;

export type LineMatch =
  | { type: 'answer'; answer: AnswerPhrases; inline: string }
  | { type: 'marker'; marker: Marker; inline: string }
  | { type: 'section' };

/** What a paragraph is: a question of the trame (with an answer written on its line), a marker, a section title, or text. */
export function matchParagraph(p: Pick<Paragraph, 'text' | 'bold' | 'heading' | 'list'>): LineMatch | undefined {
  const text = p.text.replace(/\n/g, ' ');
  const folded = fold(text);
  if (folded.key === '') return undefined;
  for (const v of variants()) {
    if (!folded.key.startsWith(v.key)) continue;
    const end = folded.ends[v.key.length - 1]!;
    let rest = text.slice(end);
    if (/^[\p{L}\p{N}]/u.test(rest)) continue; // a longer word: « Consultations avancées mensuelles… »
    rest = rest.replace(TRAILING, '');
    let inline = '';
    if (rest.startsWith(':')) inline = rest.slice(1).trim();
    else if (rest !== '' && v.marker?.prefix) inline = '';
    else if (rest !== '') {
      // Text right after short words is a sentence that starts like the question, not the question.
      if (v.key.length < 40) continue;
      inline = rest.trim();
    }
    if (inline !== '') {
      const key = foldKey(inline).slice(0, 24);
      if (key !== '' && v.longer.some((l) => l.includes(key))) inline = '';
    }
    return v.answer ? { type: 'answer', answer: v.answer, inline } : { type: 'marker', marker: v.marker!, inline };
  }
  const trimmed = text.trim();
  // A question typed with a typo or a word changed: the same words, nearly, on a line of its own.
  if (!p.list && trimmed.length < 600 && (p.bold || p.heading !== undefined || /[:?]$/.test(trimmed))) {
    const words = foldWords(trimmed.replace(/:$/, ''));
    let best: Variant | undefined;
    let score = 0;
    for (const v of variants()) {
      if (v.words.length < 4) continue;
      const s = wordSimilarity(words, v.words);
      if (s > score) [best, score] = [v, s];
    }
    if (best && score >= 0.8) return best.answer ? { type: 'answer', answer: best.answer, inline: '' } : { type: 'marker', marker: best.marker!, inline: '' };
  }
  if (p.heading !== undefined) return { type: 'section' };
  const sectionKey = folded.key.replace(/^\d+/, '');
  if (trimmed.length < 160 && !p.list && SECTION_KEYS.some((k) => sectionKey.startsWith(k))) return { type: 'section' };
  return undefined;
}

export interface FoundAnswer {
  path: string;
  /** The question's words as found in the document (for the report). */
  found: string;
  /** The answer: paragraphs joined by a blank line, list items as "- " lines ('' when nothing follows). */
  text: string;
  /** For a list question: its items. */
  items?: string[];
  /** Tables met inside the answer (not imported: text only). */
  tables: number;
}

export interface Unplaced {
  /** The question or words of the trame it follows ('' at the start). */
  after: string;
  text: string;
}

export interface Reading {
  answers: Map<string, FoundAnswer>;
  /** A question found twice: the second is not read. */
  duplicates: string[];
  unplaced: Unplaced[];
  deploiement?: DeploiementRow[];
  consultations?: ConsultationRow[];
  qualitatifs?: string[];
  partenaires?: PartnerRow[];
  adherents?: AdherentRow[];
  /** Words of a lettre d'intention (« Objet : lettre d’intention ») were seen. */
  lettre: boolean;
}

/** Reads a projet de santé's blocks: the answers under each question, the trame's tables, what could not be placed. */
export function readProjet(blocks: readonly Block[]): Reading {
  const reading: Reading = { answers: new Map(), duplicates: [], unplaced: [], lettre: false };
  type State =
    | { kind: 'answer'; found: FoundAnswer; chunks: string[]; list: boolean; isList: boolean }
    | { kind: 'other'; silent: boolean; after: string };
  let state: State = { kind: 'other', silent: true, after: '' };

  const close = (): void => {
    if (state.kind !== 'answer') return;
    const found = state.found;
    found.text = state.chunks.join('\n\n');
    if (state.isList) found.items = state.chunks.flatMap((c) => c.split('\n')).map((l) => l.replace(BULLET, '').trim()).filter((l) => l !== '');
  };

  const content = (p: Paragraph): void => {
    if (p.text === '') return;
    if (state.kind === 'answer') {
      if (p.list) {
        const line = `- ${p.text.replace(/\n/g, ' ')}`;
        if (state.list && state.chunks.length > 0) state.chunks[state.chunks.length - 1] += `\n${line}`;
        else state.chunks.push(line);
        state.list = true;
      } else {
        state.chunks.push(p.text);
        state.list = false;
      }
    } else if (!state.silent) reading.unplaced.push({ after: state.after, text: p.text.replace(/\n/g, ' ') });
  };

  for (const block of blocks) {
    if (block.kind === 'table') {
      const kind = readTable(block, reading);
      if (kind === undefined) {
        if (state.kind === 'answer') state.found.tables++;
        else if (!state.silent) reading.unplaced.push({ after: state.after, text: '(un tableau)' });
        continue;
      }
      close();
      state = { kind: 'other', silent: kind === 'composition' || (state.kind === 'other' && state.silent), after: state.kind === 'answer' ? state.found.found : state.after };
      continue;
    }
    if (/objetlettredintention/.test(foldKey(block.text))) reading.lettre = true;
    const m = matchParagraph(block);
    if (!m) {
      content(block);
      continue;
    }
    close();
    if (m.type === 'section') {
      // Before the first question: the title page and the identification, not answers.
      state = { kind: 'other', silent: reading.answers.size === 0, after: block.text.replace(/\n/g, ' ') };
      continue;
    }
    const words = block.text.replace(/\n/g, ' ').replace(/\s*:\s*$/, '');
    if (m.type === 'marker') {
      state = { kind: 'other', silent: m.marker.silent === true, after: words };
      if (m.inline !== '' && !m.marker.silent) reading.unplaced.push({ after: words, text: m.inline });
      continue;
    }
    const path = m.answer.path;
    if (reading.answers.has(path)) {
      reading.duplicates.push(path);
      state = { kind: 'other', silent: false, after: words };
      continue;
    }
    const found: FoundAnswer = { path, found: words, text: '', tables: 0 };
    reading.answers.set(path, found);
    state = { kind: 'answer', found, chunks: [], list: false, isList: m.answer.list === true };
    if (m.inline !== '') state.chunks.push(m.inline);
  }
  close();
  return reading;
}
