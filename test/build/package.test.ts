// The npm package as published: its fields, the files it ships, and runtime dependencies that are
// exactly what the built bundles require. (.ci/package-smoke installs and runs the real tarball.)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { ROOT } from '../helpers/cli.js';

const pkg = packageJson as Record<string, any>;

describe('the npm package', () => {
  it('is publishable under a name of its own, with the command ess', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.name).toBe('dossier-ess');
    expect(pkg.bin).toEqual({ ess: 'bin/ess.js' });
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.engines).toEqual({ node: '>=20.17' });
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\//);
  });

  it('has no install script: nothing runs or builds when users install it', () => {
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(pkg.scripts[hook], hook).toBeUndefined();
    // prepare builds in a clone; the packed manifest has none (scripts/pack-manifest.mjs).
    expect(pkg.scripts.prepare).toBe('npm run build');
    expect(pkg.scripts.prepack).toMatch(/pack-manifest\.mjs strip$/);
    expect(pkg.scripts.postpack).toBe('node scripts/pack-manifest.mjs restore');
  });

  it('strips prepare from the manifest it packs, then puts the project’s own back byte for byte', () => {
    // On a copy: the real `npm pack` rebuilds dist/ under the other tests (.ci/package-smoke runs it).
    const dir = mkdtempSync(join(tmpdir(), 'ess-pack-'));
    mkdirSync(join(dir, 'scripts'));
    copyFileSync(join(ROOT, 'scripts/pack-manifest.mjs'), join(dir, 'scripts/pack-manifest.mjs'));
    const before = readFileSync(join(ROOT, 'package.json'), 'utf8');
    writeFileSync(join(dir, 'package.json'), before);
    const step = (arg: string) => expect(spawnSync(process.execPath, [join(dir, 'scripts/pack-manifest.mjs'), arg]).status).toBe(0);
    step('strip');
    const packed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const hook of ['prepare', 'preinstall', 'install', 'postinstall']) expect(packed.scripts?.[hook], hook).toBeUndefined();
    expect(packed.scripts.build).toBe(pkg.scripts.build);
    step('restore');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(before);
  });

  it('ships the bundles, the schema and the entry point, nothing for the build or the tests', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files: string[] = JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path);
    for (const needed of ['bin/ess.js', 'bin/boot.cjs', 'bin/package.json', 'dist/ess.cjs', 'schemas/dossier.schema.json', 'LICENSE', 'README.md', 'package.json'])
      expect(files, needed).toContain(needed);
    const bundles = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.cjs'));
    for (const bundle of bundles) expect(files).toContain(`dist/${bundle}`);
    expect(files.filter((f) => /^(src|test|scripts|samples|templates|\.ci|node_modules)\/|\.cache$|\.test\./.test(f))).toEqual([]);
  });

  it('depends at run time on exactly the packages the bundles require', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const required = new Set<string>();
    for (const bundle of readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.cjs'))) {
      const code = readFileSync(join(ROOT, 'dist', bundle), 'utf8');
      for (const [, id] of code.matchAll(/\brequire\("([^"]+)"\)/g)) {
        if (id!.startsWith('.') || builtins.has(id!)) continue;
        required.add(id!.startsWith('@') ? id!.split('/').slice(0, 2).join('/') : id!.split('/')[0]!);
      }
    }
    expect([...required].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    expect(Object.keys(pkg.dependencies)).toEqual(['ajv']);
  });
});
