import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCorpus } from '../../shared/corpusFile.ts';
import { lineProgress } from '../io/progress.ts';
import { exactNameGeoparser as testGeoparser } from './testing/exactNameGeoparser.ts';
import { EXIT_CANNOT_RUN, EXIT_OK, EXIT_STRICT_FAILURE, runPipeline } from './runPipeline.ts';
import { SEEDS_DIR } from '../testing/seedText.ts';

let tmp: string;
let lines: string[];
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'chronomap-run-'));
  lines = [];
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function run(articlesDir: string, outFile: string, strict = false) {
  const log = (line: string) => lines.push(line);
  return runPipeline(
    { articlesDir, outFile, strict },
    {
      loadGeoparser: async () => testGeoparser,
      effects: { log, progress: (total) => lineProgress(total, log) },
    },
  );
}

function makeMixedFolder(): string {
  const dir = path.join(tmp, 'articles');
  mkdirSync(dir);
  cpSync(path.join(SEEDS_DIR, '002_478985300681bf0c.txt'), path.join(dir, 'good.txt'));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'bad-meta.txt'), 'Fighters Cross Into Turkey From Syria\n\nText.');
  writeFileSync(path.join(dir, 'bad-meta.meta.json'), '["not", "an", "object"]');
  return dir;
}

describe('runPipeline', () => {
  it('builds a valid corpus from the seeds and reports what it found', async () => {
    const out = path.join(tmp, 'public', 'data', 'corpus.json');
    expect(await run(SEEDS_DIR, out)).toBe(EXIT_OK);
    const parsed = parseCorpus(JSON.parse(readFileSync(out, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.corpus.articles).toHaveLength(5);
    expect(parsed.corpus.places.map((p) => p.id)).toEqual([
      'country:IQ',
      'country:SY',
      'country:TR',
    ]);
    expect(parsed.corpus.events.length).toBeGreaterThan(0);
    expect(lines).toContain('articles: 5 read, 0 skipped');
    expect(lines.some((l) => /^unresolved place names: 1 distinct, \d+ mentions$/.test(l))).toBe(
      true,
    );
    expect(lines.some((l) => /^\s+\d+ {2}Baghouz$/.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith('['))).toHaveLength(5);
    expect(readdirSync(path.dirname(out))).toEqual(['corpus.json']);
  });

  it('writes identical bytes on two runs', async () => {
    const first = path.join(tmp, 'a.json');
    const second = path.join(tmp, 'b.json');
    await run(SEEDS_DIR, first);
    await run(SEEDS_DIR, second);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('skips bad articles by name, builds the rest, and still succeeds', async () => {
    const out = path.join(tmp, 'c.json');
    expect(await run(makeMixedFolder(), out)).toBe(EXIT_OK);
    expect(lines).toContain('articles: 1 read, 2 skipped');
    expect(lines).toContain('  skipped bad-meta.txt: sidecar must be a JSON object');
    expect(lines).toContain('  skipped empty.txt: empty file');
    const parsed = parseCorpus(JSON.parse(readFileSync(out, 'utf8')));
    expect(parsed.ok && parsed.corpus.articles.map((a) => a.id)).toEqual(['good']);
  });

  it('with --strict, fails on skipped articles and leaves the old corpus alone', async () => {
    const out = path.join(tmp, 'c.json');
    writeFileSync(out, 'previous corpus');
    expect(await run(makeMixedFolder(), out, true)).toBe(EXIT_STRICT_FAILURE);
    expect(readFileSync(out, 'utf8')).toBe('previous corpus');
    expect(lines.at(-1)).toMatch(
      /^error: --strict and 2 article\(s\) skipped; .*c\.json not written$/,
    );
  });

  it('with --strict and nothing skipped, succeeds', async () => {
    expect(await run(SEEDS_DIR, path.join(tmp, 'c.json'), true)).toBe(EXIT_OK);
  });

  it('fails with exit 2 when the folder is missing, without loading the geoparser', async () => {
    const log = (line: string) => lines.push(line);
    let loaded = false;
    const code = await runPipeline(
      { articlesDir: path.join(tmp, 'nope'), outFile: path.join(tmp, 'c.json'), strict: false },
      {
        loadGeoparser: async () => {
          loaded = true;
          return testGeoparser;
        },
        effects: { log, progress: (total) => lineProgress(total, log) },
      },
    );
    expect(code).toBe(EXIT_CANNOT_RUN);
    expect(loaded).toBe(false);
    expect(lines.at(-1)).toMatch(
      /^error: cannot read articles folder .*nope: no such file or folder/,
    );
  });

  it('fails with exit 2 when no article is readable, naming each skipped file', async () => {
    const dir = path.join(tmp, 'bad');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'blank.txt'), '\n\n');
    expect(await run(dir, path.join(tmp, 'c.json'))).toBe(EXIT_CANNOT_RUN);
    expect(lines).toContain('skipped blank.txt: only whitespace');
    expect(lines.at(-1)).toMatch(
      /no articles to build a corpus from in .*bad \(1 \.txt files, all skipped\)$/,
    );
    expect(existsSync(path.join(tmp, 'c.json'))).toBe(false);
  });

  it('fails with exit 2 and a clear message when the output cannot be written', async () => {
    writeFileSync(path.join(tmp, 'public'), 'a file where a folder should be');
    expect(await run(SEEDS_DIR, path.join(tmp, 'public', 'data', 'c.json'))).toBe(EXIT_CANNOT_RUN);
    expect(lines.at(-1)).toMatch(/^error: cannot create folder .*public[/\\]data: /);
  });
});
