// Finding LibreOffice: ESS_SOFFICE, then PATH, then the usual install folders of each system.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice, type SofficeContext } from '../../src/docx/soffice-path.js';
import { COMPLETE_SAMPLE, ess, tempDir } from '../helpers/cli.js';

const machine = (platform: NodeJS.Platform, files: string[], env: NodeJS.ProcessEnv = {}): SofficeContext => ({
  platform,
  env,
  home: platform === 'darwin' ? '/Users/marie' : '/home/marie',
  isFile: (p) => files.includes(p),
});

describe('findSoffice', () => {
  it.each<[string, SofficeContext, string]>([
    ['Windows, default installer', machine('win32', ['C:\\Program Files\\LibreOffice\\program\\soffice.exe'], { ProgramFiles: 'C:\\Program Files' }), 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'],
    ['Windows, ProgramFiles elsewhere', machine('win32', ['D:\\Programmes\\LibreOffice\\program\\soffice.exe'], { ProgramFiles: 'D:\\Programmes' }), 'D:\\Programmes\\LibreOffice\\program\\soffice.exe'],
    ['Windows, 32-bit build', machine('win32', ['C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'], {}), 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
    ['Windows, on Path with PATHEXT', machine('win32', ['E:\\LO\\soffice.exe'], { Path: 'C:\\Windows;E:\\LO', PATHEXT: '.COM;.EXE' }), 'E:\\LO\\soffice.exe'],
    ['macOS, /Applications', machine('darwin', ['/Applications/LibreOffice.app/Contents/MacOS/soffice'], { PATH: '/usr/bin' }), '/Applications/LibreOffice.app/Contents/MacOS/soffice'],
    ['macOS, ~/Applications', machine('darwin', ['/Users/marie/Applications/LibreOffice.app/Contents/MacOS/soffice']), '/Users/marie/Applications/LibreOffice.app/Contents/MacOS/soffice'],
    ['macOS, Homebrew on PATH first', machine('darwin', ['/opt/homebrew/bin/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'], { PATH: '/usr/bin:/opt/homebrew/bin' }), '/opt/homebrew/bin/soffice'],
    ['Linux, on PATH', machine('linux', ['/usr/bin/soffice'], { PATH: '/usr/local/bin:/usr/bin' }), '/usr/bin/soffice'],
    ['Linux, only libreoffice on PATH', machine('linux', ['/usr/bin/libreoffice'], { PATH: '/usr/bin' }), '/usr/bin/libreoffice'],
    ['Linux, snap', machine('linux', ['/snap/bin/libreoffice'], { PATH: '/usr/bin' }), '/snap/bin/libreoffice'],
    ['ESS_SOFFICE first', machine('linux', ['/usr/bin/soffice', '/srv/lo/soffice'], { PATH: '/usr/bin', ESS_SOFFICE: '/srv/lo/soffice' }), '/srv/lo/soffice'],
    ['ESS_SOFFICE as a command of PATH', machine('linux', ['/usr/bin/lo7'], { PATH: '/usr/bin', ESS_SOFFICE: 'lo7' }), '/usr/bin/lo7'],
  ])('%s', (_name, context, expected) => {
    expect(findSoffice(context)).toBe(expected);
  });

  it('says how to install LibreOffice on each system when there is none', () => {
    let message = '';
    try {
      findSoffice(machine('linux', [], { PATH: '/usr/bin' }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^LibreOffice est introuvable/);
    for (const system of ['Windows', 'macOS', 'Linux']) expect(message).toMatch(new RegExp(`- ${system} : `));
    expect(message).toContain('apt-get install libreoffice-writer-nogui');
    expect(message).toContain('ESS_SOFFICE');
  });

  it('names a wrong ESS_SOFFICE instead of looking elsewhere', () => {
    expect(() => findSoffice(machine('linux', ['/usr/bin/soffice'], { PATH: '/usr/bin', ESS_SOFFICE: '/nulle/part/soffice' }))).toThrow(/ESS_SOFFICE indique « \/nulle\/part\/soffice »/);
  });
});

describe('ess render --pdf through the built binary', () => {
  it('runs the soffice it finds on PATH (a stand-in that writes the PDF)', () => {
    const dir = tempDir();
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    // Takes LibreOffice's arguments: --outdir DIR then the DOCX files; writes DIR/<name>.pdf.
    writeFileSync(
      join(bin, 'soffice'),
      `#!/bin/sh\nwhile [ "$1" != "--outdir" ]; do shift; done; out="$2"; shift 2\nfor f in "$@"; do b=$(basename "$f" .docx); printf '%%PDF-1.4 faux' > "$out/$b.pdf"; done\n`,
    );
    chmodSync(join(bin, 'soffice'), 0o755);
    const r = ess(['render', COMPLETE_SAMPLE, '-o', join(dir, 'sortie'), '--document', 'lettre', '--pdf'], { env: { PATH: `${bin}:${process.env.PATH}`, ESS_SOFFICE: undefined } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/PDF : .*lettre-intention-.*\.pdf/);
  });
});
