/** End to end: the real CLI, with the real geoparser, on real files in a temp folder. */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorpus } from '../shared/corpusFile.ts';

const root = path.resolve(import.meta.dirname, '../..');
const seedsDir = path.join(root, 'seeds');
const GOOD = '002_478985300681bf0c';

/** As `npm run data` runs it: run.mjs, which starts cli.ts from its bundle. */
function cli(...args: string[]) {
  return spawn(process.execPath, ['src/pipeline/run.mjs', ...args]);
}

/** cli.ts under tsx, as run.mjs falls back to without esbuild. */
function cliUnderTsx(...args: string[]) {
  return spawn('npx', ['tsx', 'src/pipeline/cli.ts', ...args]);
}

function spawn(command: string, args: string[]) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 170_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let tmp: string;
let articles: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'chronomap-cli-'));
  articles = path.join(tmp, 'articles');
  mkdirSync(articles);
  cpSync(path.join(seedsDir, `${GOOD}.txt`), path.join(articles, `${GOOD}.txt`));
  cpSync(path.join(seedsDir, `${GOOD}.meta.json`), path.join(articles, `${GOOD}.meta.json`));
  writeFileSync(path.join(articles, 'empty.txt'), '');
  writeFileSync(
    path.join(articles, 'binary.txt'),
    new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
  );
  writeFileSync(path.join(articles, 'latin1.txt'), Buffer.from('Caf\xe9 in Damascus\n', 'latin1'));
  writeFileSync(path.join(articles, 'huge.txt'), 'Syria. '.repeat((3 * 1024 * 1024) / 7));
  writeFileSync(
    path.join(articles, 'bad-sidecar.txt'),
    'Fighters Cross From Syria Into Turkey\n\nText.',
  );
  writeFileSync(path.join(articles, 'bad-sidecar.meta.json'), '{"url": "ftp://example.org/x"}');
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('npm run data (run.mjs, cli.ts)', () => {
  it('prints usage on --help, to stdout, and exits 0', () => {
    const { code, stdout } = cli('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Usage: npm run data -- \[--articles DIR\] \[--out FILE\] \[--strict\]/,
    );
  }, 60_000);

  it('prints the same usage when run from its TypeScript source under tsx', () => {
    const { code, stdout } = cliUnderTsx('--help');
    expect(code).toBe(0);
    expect(stdout).toBe(cli('--help').stdout);
  }, 60_000);

  it('exits 2 with the usage on an unknown option', () => {
    const { code, stdout, stderr } = cli('--artcles', 'x');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Unknown option '--artcles'/);
    expect(stderr).toMatch(/Usage:/);
  }, 60_000);

  it('exits 2 when the articles folder does not exist', () => {
    const { code, stderr } = cli(
      '--articles',
      path.join(tmp, 'missing'),
      '--out',
      path.join(tmp, 'x.json'),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read articles folder .*missing: no such file or folder/);
  }, 60_000);

  it('builds from the good article, names every bad file with its reason on stderr, and exits 0', () => {
    const out = path.join(tmp, 'out', 'c.json');
    const { code, stdout, stderr } = cli('--articles', articles, '--out', out);
    expect(stderr).toContain('articles: 1 read, 5 skipped');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'skipped bad-sidecar.txt: malformed sidecar: url: expected an http(s) URL',
    );
    expect(stderr).toContain('skipped binary.txt: binary file');
    expect(stderr).toContain('skipped empty.txt: empty file');
    expect(stderr).toContain('skipped huge.txt: too large (3.0 MB; the limit is 2.0 MB)');
    expect(stderr).toContain('skipped latin1.txt: not valid UTF-8 (first bad byte at offset 3)');
    expect(stderr).toMatch(/places: \d+ distinct, \d+ mentions/);
    const parsed = parseCorpus(JSON.parse(readFileSync(out, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.corpus.articles.map((a) => a.id)).toEqual([GOOD]);
    expect(parsed.corpus.places.some((p) => p.countryCode === 'TR')).toBe(true);
  }, 180_000);

  it('with --strict, exits 1 and writes nothing', () => {
    const out = path.join(tmp, 'strict.json');
    const { code, stderr } = cli('--articles', articles, '--out', out, '--strict');
    expect(code).toBe(1);
    expect(stderr).toMatch(/--strict and 5 article\(s\) skipped/);
    expect(existsSync(out)).toBe(false);
  }, 180_000);

  it('exits 2 when the output cannot be written', () => {
    writeFileSync(path.join(tmp, 'blocker'), 'a file where a folder should be');
    const { code, stderr } = cli(
      '--articles',
      articles,
      '--out',
      path.join(tmp, 'blocker', 'c.json'),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/error: cannot create folder .*blocker: /);
  }, 180_000);
});
