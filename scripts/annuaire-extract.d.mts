export const COLUMNS_52: string[];
export const COLUMNS_56: string[];
export interface ExtractRow {
  id?: string;
  idType?: string;
  identifiant?: string;
  nom?: string;
  prenom?: string;
  profession?: string;
  typeSf?: string;
  sf?: string;
  mode?: string;
  cp?: string;
  commune?: string;
  dept?: string;
}
export function headerLine(columns?: string[]): string;
export function extractLine(row: ExtractRow, columns?: string[]): string;
export function extractText(rows: ExtractRow[], options?: { columns?: string[]; bom?: boolean; eol?: string }): string;
export function rppsFrom(prefix10: number | string): string;
export function generateBigExtract(file: string, lines: number, columns?: string[]): void;
