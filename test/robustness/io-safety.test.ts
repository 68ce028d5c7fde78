// Issue 13, items 1, 5, 6, 7, 9, 12: output that could not be written, permissions, backups,
// interruptions, stale temporary files, long names, and render's own input.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, COMPLETE_SAMPLE, ROOT, ess, mutateSample, tempDir } from '../helpers/cli.js';

const hasDevFull = existsSync('/dev/full');

/** Runs ess with its standard output on /dev/full (every write fails with ENOSPC). */
function toDevFull(args: string[]) {
  return spawnSync(`exec node ${JSON.stringify(BIN)} ${args.map((a) => JSON.stringify(a)).join(' ')} > /dev/full`, {
    shell: '/bin/sh',
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 30_000,
  });
}

describe.runIf(hasDevFull)('1. output that could not be written is an error', () => {
  const out = tempDir();
  const extract = join(out, 'PS_LibreAcces_Personne_activite_202611220000.txt');
  writeFileSync(extract, 'Type d\'identifiant PP|Identifiant PP|Identification nationale PP|Code profession|Libellé profession\n');
  const cases: Array<[string, string[]]> = [
    ['check --format json', ['check', COMPLETE_SAMPLE, '--format', 'json']],
    ['check (stylish)', ['check', COMPLETE_SAMPLE]],
    ['render', ['render', COMPLETE_SAMPLE, '-o', out]],
    ['init --non-interactif', ['init', join(out, 'nouveau.yaml'), '--non-interactif']],
    ['--help', ['--help']],
    ['--version', ['--version']],
  ];
  it.each(cases)('%s: exit 2 and a French message on stderr', (_name, args) => {
    const r = toDevFull(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/la sortie n’a pas pu être écrite \(disque plein\)/);
    expect(r.stderr).not.toMatch(/ENOSPC|Error:/);
  });

  it('effectifs --format json too (even when it fails for its own reason first, never exit 0)', () => {
    const r = toDevFull(['effectifs', '--annuaire', extract, '--specialite', 'cardiologie', '--departements', '64', '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('a reader that stops early (EPIPE) is still not an error', () => {
    const r = spawnSync(`node ${JSON.stringify(BIN)} check ${JSON.stringify(COMPLETE_SAMPLE)} | head -c 1 > /dev/null; echo "\${PIPESTATUS[0]}"`, {
      shell: '/bin/bash',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stdout.trim()).toBe('0');
    expect(r.stderr).not.toMatch(/sortie n’a pas pu/);
  });
});

const mode = (path: string) => statSync(path).mode & 0o777;

describe('5. permissions are kept', () => {
  it('render keeps the mode of the DOCX it replaces; a new DOCX gets the umask’s mode', () => {
    const dir = tempDir();
    expect(ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', 'projet']).status).toBe(0);
    const [docx] = readdirSync(dir).filter((f) => f.endsWith('.docx'));
    const path = join(dir, docx!);
    const umask = process.umask();
    expect(mode(path)).toBe(0o666 & ~umask);
    chmodSync(path, 0o600);
    expect(ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', 'projet']).status).toBe(0);
    expect(mode(path)).toBe(0o600);
  });

  it('init --force keeps the mode of the dossier, and the backup keeps it too', () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    writeFileSync(file, 'version: 1\n# mes notes\n');
    chmodSync(file, 0o640);
    const r = ess(['init', file, '--non-interactif', '--force']);
    expect(r.status, r.stderr).toBe(0);
    expect(mode(file)).toBe(0o640);
    expect(mode(`${file}.bak`)).toBe(0o640);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('version: 1\n# mes notes\n');
  });
});

describe('6. backups are never overwritten', () => {
  it('init --force twice keeps the original dossier: .bak, then .bak.1', () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    writeFileSync(file, 'version: 1\n# original\n');
    const first = ess(['init', file, '--non-interactif', '--force']);
    expect(first.stdout).toContain(`L’ancien fichier est gardé dans ${file}.bak.`);
    const written = readFileSync(file, 'utf8');
    const second = ess(['init', file, '--non-interactif', '--force']);
    expect(second.stdout).toContain(`L’ancien fichier est gardé dans ${file}.bak.1.`);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('version: 1\n# original\n');
    expect(readFileSync(`${file}.bak.1`, 'utf8')).toBe(written);
    ess(['init', file, '--non-interactif', '--force']);
    expect(readdirSync(dir).sort()).toEqual(['dossier.yaml', 'dossier.yaml.bak', 'dossier.yaml.bak.1', 'dossier.yaml.bak.2']);
  });

  it('--help says so', () => {
    expect(ess(['init', '--help']).stdout).toMatch(/FICHIER\.bak.*\.bak\.1.*aucune sauvegarde n’est écrasée/s);
  });
});

/** Starts render with the write held before its rename; resolves once the temporary file exists. */
async function renderHeldAtWrite(dir: string) {
  const child = spawn(process.execPath, [BIN, 'render', COMPLETE_SAMPLE, '-o', dir, '--document', 'projet'], {
    env: { ...process.env, NO_COLOR: '1', ESS_TEST_WRITE_PAUSE_MS: '1500' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const started = Date.now();
  while (!readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
    if (Date.now() - started > 15_000) throw new Error('the temporary file never appeared');
    await new Promise((r) => setTimeout(r, 10));
  }
  return { child, exited };
}

describe('7. an interruption leaves nothing behind', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)('%s during the write: exit %i, no temporary file, the previous document intact', async (signal, status) => {
    const dir = tempDir();
    expect(ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', 'projet']).status).toBe(0);
    const [docx] = readdirSync(dir);
    // Marked, so that a document written anew would show.
    writeFileSync(join(dir, docx!), Buffer.concat([readFileSync(join(dir, docx!)), Buffer.from('marque')]));
    const before = readFileSync(join(dir, docx!));
    const { child, exited } = await renderHeldAtWrite(dir);
    child.kill(signal);
    const { code } = await exited;
    expect(code).toBe(status);
    expect(readdirSync(dir)).toEqual([docx]);
    expect(readFileSync(join(dir, docx!)).equals(before)).toBe(true);
  }, 20_000);

  it('a later run removes stale temporary files of its outputs whose process is gone, and only those', () => {
    const dir = tempDir();
    expect(ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', 'projet']).status).toBe(0);
    const [docx] = readdirSync(dir);
    // A pid that no longer exists: a child that has already ended.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stale = `.${docx}.${dead}.abcd1234.tmp`;
    const alive = `.${docx}.${process.pid}.abcd1234.tmp`;
    const foreign = `.autre.docx.${dead}.abcd1234.tmp`;
    for (const f of [stale, alive, foreign]) writeFileSync(join(dir, f), 'partiel');
    expect(ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', 'projet']).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([alive, foreign, docx].sort());
  });
});

describe('9. long names', () => {
  it('an ESS name of any length renders, under a file name within the 255 bytes file systems allow, ending in .docx', () => {
    const nom = Array.from({ length: 120 }, (_, i) => `Cardiologie${i}`).join(' ');
    const file = mutateSample([['nom: ESS Cardiologie Côte Basque et Sud Landes', `nom: ${nom}`]]);
    const dir = tempDir();
    const r = ess(['render', file, '-o', dir]);
    expect(r.status, r.stderr).toBe(0);
    const names = readdirSync(dir);
    expect(names).toHaveLength(2);
    for (const name of names) {
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
      expect(name).toMatch(/-cardiologie\d+\.docx$/);
    }
  });

  it('a path too long or a symbolic link loop: a French message, never Node’s English', () => {
    const dir = tempDir();
    const long = join(dir, `${'x'.repeat(300)}.yaml`);
    let r = ess(['check', long]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nom de fichier trop long/);
    expect(r.stderr).not.toMatch(/ENAMETOOLONG|name too long/);
    const loop = join(dir, 'boucle.yaml');
    spawnSync('ln', ['-s', loop, loop]);
    r = ess(['check', loop]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/boucle de liens/);
    expect(r.stderr).not.toMatch(/ELOOP|too many/i);
    r = ess(['render', COMPLETE_SAMPLE, '-o', join(COMPLETE_SAMPLE, 'sous-dossier')]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/ENOTDIR|not a directory/);
  });
});

describe('12. the program’s own files', () => {
  it('render refuses to write over its own input (a dossier named like an output DOCX)', () => {
    const dir = tempDir();
    const file = join(dir, 'projet-de-sante-ess-cardiologie-cote-basque-et-sud-landes.docx');
    const text = readFileSync(COMPLETE_SAMPLE, 'utf8');
    writeFileSync(file, text);
    const r = ess(['render', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/est le dossier lu par cette commande/);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual([file.split('/').pop()]);
  });

  it('nor over it as the PDF of --pdf, before writing anything', () => {
    const dir = tempDir();
    const file = join(dir, 'lettre-intention-ess-cardiologie-cote-basque-et-sud-landes.pdf');
    const text = readFileSync(COMPLETE_SAMPLE, 'utf8');
    writeFileSync(file, text);
    const r = ess(['render', file, '--pdf'], { env: { ESS_SOFFICE: '/nulle/part/soffice' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.pdf est le dossier lu par cette commande/);
    expect(readdirSync(dir)).toEqual([file.split('/').pop()]);
  });

  it('a damaged code cache is ignored and rewritten, never a V8 abort', () => {
    // A copy of the installation, so that other tests keep their cache.
    const root = tempDir();
    mkdirSync(join(root, 'dist'));
    spawnSync('cp', ['-r', join(ROOT, 'bin'), join(ROOT, 'package.json'), root]);
    for (const f of readdirSync(join(ROOT, 'dist'))) if (f.endsWith('.cjs')) writeFileSync(join(root, 'dist', f), readFileSync(join(ROOT, 'dist', f)));
    spawnSync('ln', ['-s', join(ROOT, 'schemas'), join(root, 'schemas')]);
    spawnSync('ln', ['-s', join(ROOT, 'node_modules'), join(root, 'node_modules')]);
    const run = () => spawnSync(process.execPath, [join(root, 'bin/ess.js'), 'check', COMPLETE_SAMPLE], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run().status).toBe(0);
    const caches = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.cache'));
    expect(caches.length).toBeGreaterThan(0);
    for (const f of caches) {
      const bytes = readFileSync(join(root, 'dist', f));
      // Flip bytes all along the data: V8 itself would abort on such a cache.
      for (let i = 100; i < bytes.length; i += 97) bytes[i] = bytes[i]! ^ 0xff;
      writeFileSync(join(root, 'dist', f), bytes);
    }
    const damaged = run();
    expect(damaged.status, damaged.stderr).toBe(0);
    expect(damaged.stderr).toBe('');
    const rewritten = readFileSync(join(root, 'dist', caches[0]!));
    expect(run().status).toBe(0);
    writeFileSync(join(root, 'dist', caches[0]!), rewritten.subarray(0, 1000));
    expect(run().status).toBe(0);
  });
});
