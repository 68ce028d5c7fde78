import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../src/documents/registry.js';
import { COMPLETE_SAMPLE, ROOT, tempDir } from '../helpers/cli.js';

// Start-up stays light: each command's bundle holds only what the command uses; heavier parts
// are separate bundles, required only when their import() runs (run `npm run build` first).
const dist = join(ROOT, 'dist');
const bundle = (name: string) => readFileSync(join(dist, `${name}.cjs`), 'utf8');
const MARKERS = {
  // docx's XmlComponent method: docx code, where the namespace would also match the package skeleton.
  docx: 'prepForXml',
  skeleton: 'schemas.openxmlformats.org/wordprocessingml/2006/main',
  handlebars: 'Handlebars',
  inquirer: 'User force closed the prompt',
  yauzl: 'End of central directory record signature not found',
  annuaire: 'Identifiant PP',
};

/** A text of the lettre's view (its addressee). */
const LETTRE_VIEW = 'Caisse primaire d';

describe('bundles', () => {
  it('one bundle per lazily imported module, and the entry', () => {
    const files = readdirSync(dist).filter((f) => f.endsWith('.cjs'));
    expect(files).toEqual(expect.arrayContaining(['ess.cjs', 'commands__check.cjs', 'commands__render.cjs', 'commands__init.cjs', 'commands__effectifs.cjs', 'annuaire__check.cjs', 'wizard__wizard.cjs']));
  });

  it('the entry holds no command', () => {
    const entry = bundle('ess');
    for (const marker of Object.values(MARKERS)) expect(entry).not.toContain(marker);
    expect(entry).toContain('require("./commands__check.cjs")');
  });

  it('packages imported dynamically are bundles of their own', () => {
    expect(bundle('pkg__inquirer_prompts')).toContain(MARKERS.inquirer);
    expect(bundle('pkg__yauzl')).toContain(MARKERS.yauzl);
    expect(bundle('annuaire__check')).not.toContain(MARKERS.yauzl);
  });

  it('check loads neither docx, handlebars, inquirer nor the annuaire reader', () => {
    const check = bundle('commands__check');
    for (const marker of Object.values(MARKERS)) expect(check).not.toContain(marker);
    expect(check).toMatch(/Promise\.resolve\(\)\.then\(\(\)=>\{const m=require\("\.\/annuaire__check\.cjs"\)/);
  });

  it('completer loads inquirer and its dialogue only when there is a question to ask', () => {
    const completer = bundle('commands__completer');
    for (const marker of [MARKERS.docx, MARKERS.handlebars, MARKERS.inquirer, MARKERS.yauzl]) expect(completer).not.toContain(marker);
    expect(completer).toContain('require("./completer__session.cjs")');
  });

  it('render holds the document libraries and every view only in its lazily loaded builder', () => {
    for (const marker of Object.values(MARKERS)) expect(bundle('commands__render')).not.toContain(marker);
    expect(bundle('documents__build')).toContain(MARKERS.skeleton);
    expect(bundle('documents__build')).toContain(MARKERS.handlebars);
    // The body is written as text (src/docx/wordml.ts): no document library at run time.
    expect(bundle('documents__build')).not.toContain(MARKERS.docx);
    // The views share the builder's bundle (one copy of the facts and referentials), never the entry's.
    expect(bundle('documents__build')).toContain(LETTRE_VIEW);
    expect(bundle('ess')).not.toContain(LETTRE_VIEW);
    expect(bundle('commands__render')).not.toContain(LETTRE_VIEW);
    expect(readdirSync(dist).filter((f) => /^documents__.*__view\.cjs$/.test(f))).toEqual([]);
  });

  it('the non-interactive init does not load inquirer', () => {
    expect(bundle('commands__init')).not.toContain(MARKERS.inquirer);
    expect(bundle('commands__init')).not.toContain(MARKERS.docx);
  });
});

describe('built-in modules a command does not use are not loaded', () => {
  // Node lists every built-in module it has loaded in process.moduleLoadList; a preloaded script
  // prints it at exit (`node -e` would itself load crypto).
  const preload = join(tempDir(), 'modules.cjs');
  writeFileSync(preload, "process.on('exit', () => process.stderr.write('\\n' + JSON.stringify(process.moduleLoadList)));\n");
  const loaded = (args: string[]): string[] => {
    const r = spawnSync(process.execPath, ['-r', preload, join(ROOT, 'bin/ess.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stderr.trim().split('\n').pop()!) as string[];
  };

  it('check and render load neither child_process, crypto nor tty when the output is not a terminal', () => {
    const out = tempDir();
    for (const args of [['check', COMPLETE_SAMPLE], ['render', COMPLETE_SAMPLE, '-o', out]]) {
      const modules = loaded(args);
      expect(modules, args[0]).toContain('NativeModule fs');
      for (const name of ['child_process', 'crypto', 'tty']) expect(modules, `${args[0]} loads ${name}`).not.toContain(`NativeModule ${name}`);
    }
  });
});
