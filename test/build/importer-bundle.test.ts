import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// `ess importer` loads the CSV reader only for a .csv, and never the wizard's prompts nor the
// document libraries (run `npm run build` first).
const bundle = (name: string) => readFileSync(join(ROOT, 'dist', `${name}.cjs`), 'utf8');

describe('the importer’s bundles', () => {
  it('dispatch lazily, and hold neither inquirer, handlebars nor the DOCX writer', () => {
    expect(bundle('commands__importer')).toContain('require("./import__csv__index.cjs")');
    expect(bundle('commands__importer')).not.toContain('notation scientifique');
    expect(bundle('import__csv__index')).toContain('notation scientifique');
    for (const marker of ['User force closed the prompt', 'Handlebars', 'schemas.openxmlformats.org/wordprocessingml/2006/main']) {
      expect(bundle('import__csv__index'), marker).not.toContain(marker);
    }
    expect(bundle('ess')).not.toContain('notation scientifique');
  });
});
