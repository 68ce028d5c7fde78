// A path as people paste it: Windows' « Copier en tant que chemin d’accès » wraps it in double
// quotes, a file dragged into a Linux or macOS terminal comes in single quotes or with its spaces
// escaped (`Mes\ documents/liste.csv`), often followed by a space.
import { existsSync } from 'node:fs';

export function unquotePath(typed: string): string {
  const trimmed = typed.trim();
  if (trimmed === '' || existsSync(trimmed)) return trimmed;
  const quoted = /^(['"])(.*)\1$/s.exec(trimmed);
  if (quoted) return quoted[2]!.trim();
  // `\ ` and `\(` are a shell's escapes, never part of a Unix file name a person typed; on
  // Windows a backslash is the folder separator, so it is kept.
  if (process.platform !== 'win32' && /\\[ ()'&]/.test(trimmed)) {
    const unescaped = trimmed.replace(/\\([ ()'&])/g, '$1');
    if (existsSync(unescaped)) return unescaped;
  }
  return trimmed;
}
