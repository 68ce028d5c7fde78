// The bytes of a CSV file as text. A spreadsheet writes UTF-8 (« CSV UTF-8 », LibreOffice's
// default), UTF-8 with a BOM (Excel's « CSV UTF-8 »), Windows-1252 (Excel's plain « CSV » on a
// French Windows) or UTF-16 (Excel's « Texte Unicode »). Bytes that are not valid UTF-8 are read as
// Windows-1252: every byte means a character there, and a French list of names in any other
// 8-bit encoding (ISO-8859-1/15) reads the same for its letters.

export type CsvEncoding = 'UTF-8' | 'Windows-1252' | 'UTF-16';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

export function decodeCsv(bytes: Uint8Array): DecodedCsv | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(label).decode(bytes), encoding: 'UTF-16' };
  }
  if (bytes.indexOf(0) !== -1) {
    return { problem: 'ce n’est pas un fichier texte (il contient des octets nuls) : dans le tableur, enregistrez la feuille au format CSV (Fichier › Enregistrer sous › CSV).' };
  }
  try {
    // ignoreBOM false: the decoder drops a leading BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: windows1252(bytes), encoding: 'Windows-1252' };
  }
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the 5 undefined ones kept as their code). */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x92 → U+0092, not « ’ »; 0x9C →
 * U+009C, not « œ »): the bytes 0x80–0x9F are mapped here.
 */
function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
}
