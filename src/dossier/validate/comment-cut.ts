// A « # » after a space starts a YAML comment: in a free-text answer written on the key's line
// (`etat_sante: Le territoire # 3 communes`), the rest of the sentence silently disappears from
// the documents. Nothing is wrong for YAML, so this is a warning, at the « # », with the fix: the
// answer as a block, where « # » is text.
import { escapeSegment, fromPointer } from '../../core/json-pointer.js';
import { toFinding, type Finding } from '../../core/findings.js';
import { quote } from '../../core/text.js';
import { questions } from '../../trame/index.js';
import { isPlaceholder } from '../../rules/values.js';
import type { SourceIndex } from '../parse/source-index.js';

const FREE_TEXT = questions.filter((q) => q.kind === 'texte-long');
/** Lists of texts written one per line (`- Satisfaction des médecins…`): the indicators. */
const TEXT_LISTS = questions.filter((q) => q.kind === 'liste' && !questions.some((c) => c.pointer.startsWith(`${q.pointer}/`)));

/** Every concrete pointer of a pattern whose parent is in the data (`*`: each item of a list). */
function concrete(data: unknown, pattern: string): Array<{ pointer: string; parent: unknown }> {
  const segments = fromPointer(pattern);
  let nodes: Array<{ pointer: string; node: unknown }> = [{ pointer: '', node: data }];
  for (const seg of segments.slice(0, -1)) {
    nodes = nodes.flatMap(({ pointer, node }) => {
      if (node === null || typeof node !== 'object') return [];
      if (seg === '*') return Array.isArray(node) ? node.map((item, i) => ({ pointer: `${pointer}/${i}`, node: item as unknown })) : [];
      return [{ pointer: `${pointer}/${escapeSegment(seg)}`, node: (node as Record<string, unknown>)[seg] }];
    });
  }
  const last = segments.at(-1)!;
  return nodes.filter(({ node }) => node !== null && typeof node === 'object' && !Array.isArray(node)).map(({ pointer, node }) => ({ pointer: `${pointer}/${escapeSegment(last)}`, parent: node }));
}

export function cutByComment(text: string, data: unknown, index: SourceIndex): Finding[] {
  const lines = text.split(/\r?\n/);
  const findings: Finding[] = [];
  const targets = [
    ...FREE_TEXT.flatMap((q) => concrete(data, q.pointer).map((t) => ({ ...t, key: q.pointer.split('/').at(-1)!, item: false }))),
    ...TEXT_LISTS.flatMap((q) =>
      concrete(data, q.pointer).flatMap(({ pointer, parent }) => {
        const list = (parent as Record<string, unknown>)[q.pointer.split('/').at(-1)!];
        return Array.isArray(list) ? list.map((_, i) => ({ pointer: `${pointer}/${i}`, parent: list as unknown, key: String(i), item: true })) : [];
      }),
    ),
  ];
  for (const { pointer, parent, key, item } of targets) {
    const value = (parent as Record<string, unknown>)[key];
    // An item of a list of texts is a text or nothing else to look at (a section is the schema's business).
    if (item && typeof value !== 'string') continue;
    if ((value !== undefined && typeof value !== 'string') || isPlaceholder(value)) continue;
    // The plain text as written (none for a block or quotes); an answer that is only a comment has none either.
    const source = typeof value === 'string' ? index.plainSource(pointer) : '';
    if (source === undefined || source.includes('\n')) continue;
    const at = typeof value === 'string' ? index.at(pointer) : index.at(pointer, 'key');
    const line = lines[at.line - 1] ?? '';
    let after = at.column - 1;
    if (typeof value === 'string') after += source.length;
    else if (line.slice(after).startsWith(`${key}:`)) after += key.length + 1;
    else continue;
    const comment = /^\s+#/.exec(line.slice(after));
    if (!comment) continue;
    const column = after + comment[0].length;
    const lost = line.slice(column).trim();
    const indent = (/^ *(?:- +)?/.exec(line)?.[0].length ?? 0) + 2;
    const kept = typeof value === 'string' && value !== '' ? `la réponse s’arrête à ${quote(value)}` : 'la réponse est vide';
    findings.push(
      toFinding(
        'yaml',
        'warning',
        `Le texte après « # » est ignoré (${quote(lost)}) : en YAML, « # » précédé d’une espace commence un commentaire, et ${kept}. Pour garder tout le texte, écrivez la réponse en bloc : « ${item ? '- |' : `${key}: |`} » sur cette ligne, puis le texte à la ligne suivante avec ${indent} espaces devant (dans un bloc, « # » est du texte).`,
        pointer,
        { line: at.line, column },
      ),
    );
  }
  return findings;
}
