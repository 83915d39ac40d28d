import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '@qorgau/domain/roadmap/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanFile } from '../src/modules/plans/plan-cli.ts';
import { SEED_FILE } from './plan-upload.ts';

const seedPath = fileURLToPath(SEED_FILE);
const fixturePath = (name: string) =>
  fileURLToPath(new URL(`../../domain/fixtures/roadmap/${name}`, import.meta.url));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qorgau-plan-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `node src/cli.ts …` in server/, as `npm run -s qorgau -- …` does, with only the given environment. */
function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['src/cli.ts', ...args], {
    cwd: join(import.meta.dirname, '..'),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
}

describe('qorgau plan parse', () => {
  it('prints the seed roadmap as one JSON document, exactly what the parser returns, and exits 0', () => {
    const run = cli(['plan', 'parse', seedPath]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(
      JSON.parse(JSON.stringify(parsePlan(readFileSync(seedPath, 'utf8')))),
    );
  });

  it('exits 2 on a bad row, naming the line in the language of LANG', () => {
    const file = fixturePath('bad-row-cell-count.txt');
    const kk = cli(['plan', 'parse', file]);
    expect(kk.status).toBe(2);
    expect(kk.stdout).toBe('');
    expect(kk.stderr).toBe(
      '44-жол: 2-іс-шарада 11 ұяшықтың орнына 10 ұяшық бар (жоспарда 3 жыл бағаны бар).\n',
    );
    const ru = cli(['plan', 'parse', file], { LANG: 'ru_RU.UTF-8' });
    expect(ru.status).toBe(2);
    expect(ru.stderr).toMatch(/^Строка 44: в мероприятии 2 10 ячеек вместо 11/);
    const en = cli(['plan', 'parse', file], { LANG: 'en_GB.UTF-8' });
    expect(en.stderr).toMatch(/^Line 44: measure 2 has 10 cells instead of 11/);
  });

  it('exits 2 on an empty file, a PDF, a duplicated measure number, binary data and a missing file', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const cases: [string, RegExp][] = [
      [empty, /^Line 1: the file is empty\.$/m],
      [fixturePath('bad-pdf.txt'), /^Line 1: the file is not plain text but a PDF document\./],
      [
        fixturePath('bad-duplicate-measure.txt'),
        /^Line 68: measure 2 appears a second time \(first at line 54\)/,
      ],
      [binary, /^Line \d+: the file is not plain text but binary data/],
      [join(dir, 'missing.txt'), /^Cannot read the file .*missing\.txt/],
    ];
    // Two through a real process for the exit code; the rest through the same function in this one.
    for (const [file, message] of cases.slice(0, 2)) {
      const run = cli(['plan', 'parse', file], { LANG: 'en_US.UTF-8' });
      expect(run.status, file).toBe(2);
      expect(run.stdout, file).toBe('');
      expect(run.stderr, file).toMatch(message);
    }
    for (const [file, message] of cases.slice(2)) {
      const out: string[] = [];
      const err: string[] = [];
      const status = parsePlanFile(file, { out: (s) => out.push(s), err: (s) => err.push(s) }, 'en');
      expect(status, file).toBe(2);
      expect(out, file).toEqual([]);
      expect(err.join(''), file).toMatch(message);
    }
  });
});

describe('qorgau plan import', () => {
  it('previews without storing, imports, and exits 2 on a file that is not a plan', () => {
    const env = { DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent', LANG: 'en_GB.UTF-8' };
    const preview = cli(['plan', 'import', seedPath, '--dry-run'], env);
    expect(preview.stderr).toBe('');
    expect(preview.status).toBe(0);
    expect(preview.stdout).toMatch(/Sections: 5; measures: 70; abbreviations: 28/);
    expect(preview.stdout).toMatch(/Measure 15: The "budget programme" cell is empty/);
    expect(preview.stdout).toMatch(/ЖАО — жергілікті атқарушы орган\n\s+→ all regional akimats/);
    expect(preview.stdout).toMatch(/Dry run: nothing was stored\.\n$/);

    const imported = cli(['plan', 'import', seedPath], env);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/The plan was imported as version 1\.\n$/);

    const bad = cli(['plan', 'import', fixturePath('bad-row-cell-count.txt')], {
      ...env,
      LANG: 'ru_RU.UTF-8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^Файл нельзя импортировать как план\. Строка 44:/);
  });
});
