// Punctuation around answers quoted inside the documents' own sentences: an answer may or may not
// end with a full stop, and the letter must read « … résidents. », never « … résidents.. » nor
// « … résidents — . ».

const FINAL = /[.!?…]$/u;

/** The text as the end of a sentence: a full stop added unless it already ends with one (or ! ? …). */
export function sentenceEnd(text: string): string {
  const t = text.trimEnd();
  return t === '' || FINAL.test(t) ? t : `${t}.`;
}

/** The text without its final full stop, to go on in the same sentence (« … » and « ! ? » kept). */
export function withoutFinalStop(text: string): string {
  const t = text.trimEnd();
  return t.endsWith('.') && !t.endsWith('...') ? t.slice(0, -1).trimEnd() : t;
}

/** « Coopération envisagée » → « coopération envisagée », inside a sentence (an acronym stays). */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
