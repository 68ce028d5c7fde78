// A small XML well-formedness check for the parts ess writes (no XML parser among the
// dependencies): tags balance, attributes are quoted, text holds no raw `<` and only known
// entities, no character XML 1.0 forbids. Returns the first problem, or undefined.
const TOKEN = /<\?[^?]*\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|[^<]+/g;
const BAD_TEXT = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)|>|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

export function xmlProblem(xml: string): string | undefined {
  const open: string[] = [];
  let root = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const [token, closing, name, , selfClosing] = m;
    if (token === '<') return `a « < » that starts no tag at ${m.index}`;
    if (name === undefined) {
      if (!token.startsWith('<') && BAD_TEXT.test(token.replace(/\]\]>/g, '')) && /&|[\u0000-\u001F]/.test(token)) return `bad text « ${token.slice(0, 40)} » at ${m.index}`;
      continue;
    }
    if (closing) {
      if (open.pop() !== name) return `</${name}> closes nothing open at ${m.index}`;
    } else if (!selfClosing) {
      if (open.length === 0) root++;
      open.push(name);
    } else if (open.length === 0) root++;
  }
  if (open.length > 0) return `<${open.at(-1)}> never closed`;
  if (root !== 1) return `${root} root elements`;
  return undefined;
}
