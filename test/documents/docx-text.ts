// Reads a DOCX as a reviewer would: the text of its paragraphs, in order, from the XML parts.
import yauzl from 'yauzl';

export async function docxParts(file: string): Promise<Map<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (error, z) => (error ? reject(error) : resolve(z!))),
  );
  const parts = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('.xml')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream!.on('data', (c: Buffer) => chunks.push(c));
        stream!.on('end', () => {
          parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
        stream!.on('error', reject);
      });
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  zip.close();
  return parts;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

export interface DocxParagraph {
  text: string;
  style?: string;
  /** An item of a bulleted or numbered list (the paragraph has numbering properties). */
  listItem: boolean;
}

/** The paragraphs of an XML part (document, header…), with their style id. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const p = m[0];
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1];
    let text = '';
    for (const t of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:br\/>|<w:tab\/>|<w:instrText[^>]*>([\s\S]*?)<\/w:instrText>/g)) {
      if (t[0] === '<w:br/>') text += '\n';
      else if (t[0] === '<w:tab/>') text += '\t';
      else if (t[2] !== undefined) text += `{${t[2].trim()}}`;
      else text += decode(t[1] ?? '');
    }
    out.push({ text, style, listItem: p.includes('<w:numPr>') });
  }
  return out;
}

export interface DocxText {
  paragraphs: DocxParagraph[];
  /** All paragraphs joined by newlines. */
  text: string;
  header: string;
  footer: string;
  core: string;
}

export async function docxText(file: string): Promise<DocxText> {
  const parts = await docxParts(file);
  const body = parts.get('word/document.xml');
  if (!body) throw new Error(`${file}: no word/document.xml`);
  const paragraphs = paragraphsOf(body);
  const joinParts = (prefix: string) =>
    [...parts.entries()]
      .filter(([name]) => name.startsWith(prefix))
      .map(([, xml]) => paragraphsOf(xml).map((p) => p.text).join('\n'))
      .join('\n');
  return {
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n'),
    header: joinParts('word/header'),
    footer: joinParts('word/footer'),
    core: parts.get('docProps/core.xml') ?? '',
  };
}

/** Asserts that every needle occurs in `text`, each after the previous one; returns the first out of order. */
export function firstOutOfOrder(text: string, needles: readonly string[]): string | undefined {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    if (at === -1) return needle;
    from = at + needle.length;
  }
  return undefined;
}
