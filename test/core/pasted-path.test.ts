import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unquotePath } from '../../src/core/pasted-path.js';
import { tempDir } from '../helpers/cli.js';

describe('unquotePath', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'Mes documents'));
  const file = join(dir, 'Mes documents', 'liste (1).csv');
  writeFileSync(file, '');

  it('takes off the quotes and spaces a paste or a drag and drop adds', () => {
    expect(unquotePath(`'${file}' `)).toBe(file);
    expect(unquotePath(`"${file}"`)).toBe(file);
    expect(unquotePath(`  ${file}\n`)).toBe(file);
    expect(unquotePath(`"C:\\Users\\marie\\adherents.csv" `)).toBe('C:\\Users\\marie\\adherents.csv');
  });

  it('reads a shell’s escapes of a dragged file, on Linux and macOS', () => {
    if (process.platform === 'win32') return;
    expect(unquotePath(file.replace(/([ ()])/g, '\\$1'))).toBe(file);
  });

  it('keeps a path that exists as typed, and one it cannot improve', () => {
    const quoted = join(dir, "'bizarre'");
    writeFileSync(quoted, '');
    expect(unquotePath(quoted)).toBe(quoted);
    expect(unquotePath('absent.csv')).toBe('absent.csv');
  });
});
