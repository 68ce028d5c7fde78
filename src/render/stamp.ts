// Row stamping. docx spends about 0.3 ms of objects and XML on each row of a 4-column table, so
// a 1,000-row Annexe 1 would cost more than the rest of the document. Its data rows all look the
// same: the mapper builds the table through docx with ONE template row whose cells hold markers,
// and once docx has written word/document.xml, that row's XML is copied once per data row with
// each marker replaced by the cell's text, escaped as docx escapes it. A test checks that the
// result is byte for byte what docx writes when it builds every row itself.
export interface RowStamp {
  /** The marker text of each cell of the template row, in column order. */
  markers: string[];
  /** The text of each cell of each data row; null: an empty cell (a paragraph without a run). */
  rows: ReadonlyArray<ReadonlyArray<string | null>>;
}

// Random per run, so that no text of the dossier can contain a marker.
const nonce = Math.random().toString(36).slice(2);

/** Markers of the cells of the template row of the `index`-th stamped table. */
export function stampMarkers(index: number, columns: number): string[] {
  return Array.from({ length: columns }, (_, c) => `\uE000${nonce}.${index}.${c}\uE001`);
}

// As docx's escapeAll (docx/src/util/xml/stringify.ts): the five XML entities, and the control
// characters XML 1.0 cannot hold dropped.
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const escapeXml = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

/** word/document.xml with each stamp's template row replaced by its data rows. */
export function stampRows(xml: string, stamps: readonly RowStamp[]): string {
  let out = xml;
  for (const stamp of stamps) {
    const first = out.indexOf(stamp.markers[0]!);
    const start = out.lastIndexOf('<w:tr>', first);
    const end = out.indexOf('</w:tr>', first) + '</w:tr>'.length;
    if (first < 0 || start < 0 || end < first) throw new Error('Row stamping: template row not found in word/document.xml.');
    out = out.slice(0, start) + expand(out.slice(start, end), stamp) + out.slice(end);
  }
  return out;
}

/** The data rows of a template row: for each cell, the XML around its run, and the run around its text. */
function expand(template: string, stamp: RowStamp): string {
  const between: string[] = [];
  const runOpen: string[] = [];
  const runClose: string[] = [];
  let from = 0;
  for (const marker of stamp.markers) {
    const at = template.indexOf(marker, from);
    const run = template.lastIndexOf('<w:r>', at);
    const runEnd = template.indexOf('</w:r>', at) + '</w:r>'.length;
    if (at < 0 || run < from || runEnd < at) throw new Error('Row stamping: a cell of the template row has no run of its own.');
    between.push(template.slice(from, run));
    runOpen.push(template.slice(run, at));
    runClose.push(template.slice(at + marker.length, runEnd));
    from = runEnd;
  }
  const tail = template.slice(from);
  const parts: string[] = [];
  for (const row of stamp.rows) {
    for (let c = 0; c < between.length; c++) {
      parts.push(between[c]!);
      const text = row[c];
      if (text !== null && text !== undefined) parts.push(runOpen[c]!, escapeXml(text), runClose[c]!);
    }
    parts.push(tail);
  }
  return parts.join('');
}
