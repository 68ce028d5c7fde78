// `ess check` through the built binary: exit codes, JSON contract, stages, summary.
import { describe, expect, it } from 'vitest';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE, ess, lineOf, mutateSample, sampleText } from '../helpers/cli.js';

describe('ess check with the eligibility rules', () => {
  it('the complete sample passes at both stages and shows its infos', () => {
    for (const etape of ['projet', 'lettre']) {
      const r = ess(['check', COMPLETE_SAMPLE, '--etape', etape, '--format', 'json']);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.summary.errors).toBe(0);
      expect(out.summary.warnings).toBe(0);
      const rules = out.results.map((f: { rule: string }) => f.rule);
      expect(rules).toContain('seuil-adherents-cible');
      expect(rules).toContain('cpam-rattachement');
      if (etape === 'projet') expect(rules).toContain('financement');
      else expect(rules).not.toContain('financement');
    }
  });

  it('the lettre sample passes at the lettre stage, and not at the projet stage', () => {
    const lettre = ess(['check', LETTRE_SAMPLE, '--etape', 'lettre']);
    expect(lettre.status, lettre.stdout).toBe(0);
    const projet = ess(['check', LETTRE_SAMPLE, '--format', 'json']);
    expect(projet.status).toBe(1);
    const out = JSON.parse(projet.stdout);
    const placeholders = out.results.filter((f: { rule: string; message: string }) => f.rule === 'a-completer' && f.message.includes('contient encore « à compléter »'));
    expect(placeholders.map((f: { path: string }) => f.path)).toEqual(['/ess/date', '/diagnostic/etat_sante', '/diagnostic/offre_de_soins', '/diagnostic/besoins_cpts', '/diagnostic/fragilites_parcours']);
  });

  it('JSON output: exactly the contract object, with path, line and column of the finding', () => {
    const file = mutateSample([['rpps: "10082003723"', 'rpps: "10082003724"']]);
    const r = ess(['check', file, '--format', 'json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['file', 'stage', 'results', 'summary', 'progress']);
    expect(out.stage).toBe('projet');
    // eligibility-rules.md « Progress »: every required answer of the sample is written.
    expect(out.progress.answered).toBe(out.progress.total);
    expect(Object.keys(out.progress)).toEqual(['answered', 'total']);
    const f = out.results.find((x: { rule: string }) => x.rule === 'rpps-cle');
    expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'path', 'line', 'column']);
    expect(f).toMatchObject({ severity: 'error', path: '/adherents/6/rpps', line: lineOf(sampleText(file), '10082003724') });
    expect(f.column).toBe(sampleText(file).split('\n')[f.line - 1]!.indexOf('"10082003724"') + 1);
    expect(out.summary).toEqual({ errors: 1, warnings: 0, infos: 3 });
  });

  it('JSON output of a dossier whose structure is wrong still carries the progress (the contract object, every key)', () => {
    const file = mutateSample([['medecins_specialite: 182', 'medecins_specialite: cent']]);
    const r = ess(['check', file, '--format', 'json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['file', 'stage', 'results', 'summary', 'progress']);
    expect(out.results.map((f: { rule: string }) => f.rule)).toEqual(['schema']);
    expect(out.progress.total).toBeGreaterThan(50);
    expect(out.progress.answered).toBe(out.progress.total);
  });

  it('stage: seuil-adherents is an error at projet, a warning at lettre (exit 0)', () => {
    const file = mutateSample([['medecins_specialite: 182', 'medecins_specialite: 300']]);
    const projet = JSON.parse(ess(['check', file, '--format', 'json']).stdout);
    expect(projet.results.find((f: { rule: string }) => f.rule === 'seuil-adherents').severity).toBe('error');
    const lettre = ess(['check', file, '--etape', 'lettre', '--format', 'json']);
    expect(lettre.status).toBe(0);
    expect(JSON.parse(lettre.stdout).results.find((f: { rule: string }) => f.rule === 'seuil-adherents').severity).toBe('warning');
  });

  it('dérogation: too few médecins and adhérents become warnings quoting the motif (exit 0)', () => {
    const file = mutateSample([
      ['medecins_specialite: 182\n', 'medecins_specialite: 9\n  derogation:\n    motif: Creuse démographique majeure\n'],
      [/\nadherents:\n[\s\S]*$/, '\nadherents: []\n'],
    ]);
    const r = ess(['check', file, '--format', 'json']);
    expect(r.status, r.stdout).toBe(0);
    const results = JSON.parse(r.stdout).results as Array<{ rule: string; severity: string; message: string }>;
    for (const rule of ['territoire-medecins-minimum', 'seuil-adherents']) {
      const f = results.find((x) => x.rule === rule)!;
      expect(f.severity, rule).toBe('warning');
      expect(f.message).toContain('« Creuse démographique majeure »');
    }
  });

  it('stylish: findings, then the summary with the same figures as the rules', () => {
    const r = ess(['check', COMPLETE_SAMPLE]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const start = lines.indexOf('Synthèse');
    expect(start).toBeGreaterThan(0);
    expect(lines.findIndex((l) => l.includes('[financement]'))).toBeLessThan(start);
    const summary = lines.slice(start).join('\n');
    expect(summary).toMatch(/Adhérents\s+24 adhérents de la spécialité sur 182 médecins de la spécialité sur le territoire \(13,2 %\)/);
    expect(summary).toMatch(/10 %\s+seuil de départ — atteint \(19 requis\)/);
    expect(summary).toMatch(/30 %\s+cible intermédiaire — 55 requis : encore 31 adhérents à convaincre/);
    expect(summary).toMatch(/50 %\s+cible au terme de 5 ans — 91 requis : encore 67 adhérents à convaincre/);
    expect(summary).not.toMatch(/intermédiaire à 5 ans/);
    expect(summary).toMatch(/CPAM compétente\s+CPAM de Bayonne/);
    expect(summary).toMatch(/Crédit d’amorçage\s+80 000 € \(40 000 € \+ 40 000 €\)/);
    expect(summary).toMatch(/Dotation annuelle\s+environ 57 800 € par an \(estimation : interpolation linéaire/);
    expect(lines.at(-3)).toMatch(/^✔ 0 erreur/);
    expect(lines.at(-2)).toBe(`Ensuite : ess render ${COMPLETE_SAMPLE}`);
  });

  it('stylish: the summary and the cpam-rattachement finding name the same caisse', () => {
    const outside = mutateSample([['departements: ["64", "40"]', 'departements: ["40"]'], ['code_postal: "64120"', 'code_postal: "40120"'], ['code_postal: "64130"', 'code_postal: "40130"']]);
    const r = ess(['check', outside]);
    expect(r.stdout).toMatch(/la caisse compétente reste celle du territoire, la CPAM des Landes.*\[cpam-rattachement\]/);
    expect(r.stdout).toMatch(/CPAM compétente\s+CPAM des Landes\n/);
    const pau = mutateSample([['departements: ["64", "40"]', 'departements: ["64"]'], ['code_postal: "40700"', 'code_postal: "64700"'], ['code_postal: "64100"', 'code_postal: "64000"'], ['commune: Bayonne', 'commune: Pau']]);
    const p = ess(['check', pau]);
    expect(p.stdout).toMatch(/soit la CPAM de Pau-Pyrénées.*\[cpam-rattachement\]/);
    expect(p.stdout).toMatch(/CPAM compétente\s+CPAM de Pau-Pyrénées \(caisse du siège : 64000 Pau\)/);
  });

  it('stylish: no summary when the structure is invalid (the rules did not run)', () => {
    const file = mutateSample([['medecins_specialite: 182', 'medecins_specialite: beaucoup']]);
    const r = ess(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('Synthèse');
  });

  it('JSON output carries no summary block', () => {
    const r = ess(['check', COMPLETE_SAMPLE, '--format', 'json']);
    expect(r.stdout).not.toContain('Synthèse');
  });
});
