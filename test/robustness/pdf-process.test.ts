// Issue 13, items 7 (PDF part) and 13: how `render --pdf` runs LibreOffice. Fake `soffice` scripts
// stand in for it: one that converts (and records what it was given), one that writes a non-PDF,
// one that ignores SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, COMPLETE_SAMPLE, ess, tempDir } from '../helpers/cli.js';

const sh = spawnSync('sh', ['-c', 'exit 0']).status === 0;

/** A fake soffice; `convert` is the shell line run for each input file ($f), with $out the --outdir. */
function fakeSoffice(dir: string, body: string): string {
  const file = join(dir, 'soffice');
  writeFileSync(
    file,
    `#!/bin/sh
echo "TZ=$TZ" > "${dir}/env"
: > "${dir}/args"
for a in "$@"; do echo "$a" >> "${dir}/args"; done
echo "$$" > "${dir}/pid.tmp" && mv "${dir}/pid.tmp" "${dir}/pid"
${body}
`,
  );
  chmodSync(file, 0o755);
  return file;
}

const convertWriting = (content: string) => `out=""; prev=""
for a in "$@"; do
  if [ "$prev" = "--outdir" ]; then out="$a"; fi
  prev="$a"
done
for f in "$@"; do
  case "$f" in *.docx) b=$(basename "$f" .docx); printf '${content}' > "$out/$b.pdf";; esac
done`;
const CONVERT = convertWriting('%%PDF-1.7 fake\\n');

/** Running, or stopped: not a zombie (once ess has exited, nobody may reap its killed child here). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\S+ \(.*\) [ZX]/.test(stat);
  } catch {
    return true;
  }
}

describe.runIf(sh)('13. PDF: LibreOffice run in UTC, with absolute paths, its output checked', () => {
  it('TZ=UTC and absolute paths: an output folder named -x works; the scratch folder is removed', () => {
    const tools = tempDir();
    const tmp = tempDir();
    const soffice = fakeSoffice(tools, CONVERT);
    const work = tempDir();
    const r = ess(['render', COMPLETE_SAMPLE, '-o', '-x', '--pdf'], { cwd: work, env: { ESS_SOFFICE: soffice, TMPDIR: tmp, TZ: 'Europe/Paris' } });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(tools, 'env'), 'utf8').trim()).toBe('TZ=UTC');
    const args = readFileSync(join(tools, 'args'), 'utf8').trim().split('\n');
    const docx = args.filter((a) => a.endsWith('.docx'));
    expect(docx).toHaveLength(2);
    for (const a of docx) expect(a.startsWith(join(work, '-x') + '/')).toBe(true);
    expect(args[args.indexOf('--outdir') + 1]!.startsWith('/')).toBe(true);
    expect(readdirSync(join(work, '-x')).filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('an output folder named http: works too', () => {
    const tools = tempDir();
    const work = tempDir();
    const r = ess(['render', COMPLETE_SAMPLE, '-o', 'http:', '--pdf', '--document', 'lettre'], { cwd: work, env: { ESS_SOFFICE: fakeSoffice(tools, CONVERT) } });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(work, 'http:')).sort()).toEqual([expect.stringMatching(/\.docx$/), expect.stringMatching(/\.pdf$/)]);
  });

  it('a « PDF » that does not start with %PDF is not reported as written: exit 2, no PDF', () => {
    const tools = tempDir();
    const out = tempDir();
    const soffice = fakeSoffice(tools, convertWriting('<html>erreur</html>'));
    const r = ess(['render', COMPLETE_SAMPLE, '-o', out, '--pdf'], { env: { ESS_SOFFICE: soffice } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/un fichier qui n’est pas un PDF/);
    expect(r.stdout).not.toMatch(/^PDF :/m);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });
});

describe.runIf(sh)('7. PDF: timeout, grace period, interruption', () => {
  const STUBBORN = `trap '' TERM
while :; do sleep 0.05; done`;

  it('a soffice that ignores SIGTERM is killed after the grace period; the message says it timed out', () => {
    const tools = tempDir();
    const tmp = tempDir();
    const started = Date.now();
    const r = ess(['render', COMPLETE_SAMPLE, '-o', tempDir(), '--pdf'], {
      env: { ESS_SOFFICE: fakeSoffice(tools, STUBBORN), ESS_PDF_TIMEOUT: '0.5', ESS_PDF_GRACE: '0.5', TMPDIR: tmp },
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/n’a pas fini la conversion en PDF dans le délai de 0,5 s : il a été arrêté/);
    const pid = Number(readFileSync(join(tools, 'pid'), 'utf8'));
    expect(isAlive(pid)).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('interrupted during the conversion: the soffice process group ends, the profile and scratch folder are removed', async () => {
    const tools = tempDir();
    const tmp = tempDir();
    const out = tempDir();
    const child = spawn(process.execPath, [BIN, 'render', COMPLETE_SAMPLE, '-o', out, '--pdf'], {
      env: { ...process.env, NO_COLOR: '1', ESS_SOFFICE: fakeSoffice(tools, STUBBORN), TMPDIR: tmp },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const started = Date.now();
    while (!existsSync(join(tools, 'pid'))) {
      if (Date.now() - started > 15_000) throw new Error('soffice never started');
      await new Promise((r) => setTimeout(r, 10));
    }
    const pid = Number(readFileSync(join(tools, 'pid'), 'utf8'));
    expect(pid).toBeGreaterThan(1);
    expect(readdirSync(tmp)).toHaveLength(1);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    // SIGKILL was sent to the group: give the kernel a moment to reap it.
    for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 20));
    expect(isAlive(pid)).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
  }, 20_000);

  it('a missing LibreOffice: French message, exit 2, nothing left in the temporary folder', () => {
    const tmp = tempDir();
    mkdirSync(join(tmp, 'x'));
    const r = ess(['render', COMPLETE_SAMPLE, '-o', tempDir(), '--pdf'], { env: { ESS_SOFFICE: '/nulle/part/soffice', TMPDIR: tmp } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/LibreOffice est introuvable/);
    expect(readdirSync(tmp)).toEqual(['x']);
  });
});
