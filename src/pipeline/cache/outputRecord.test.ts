/**
 * Output records: a run is skipped only when its inputs match the record and the output file is
 * the one that run wrote; anything else (other inputs, a file touched, replaced or gone, a
 * damaged record, --strict over skipped files) builds as usual.
 */
import { createHash } from 'node:crypto';
import {
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArticleFolder } from '../articles/readArticles.ts';
import { EXIT_OK, EXIT_STRICT_FAILURE, runPipeline } from '../corpus/runPipeline.ts';
import { exactNameGeoparser } from '../corpus/testing/exactNameGeoparser.ts';
import { lineProgress } from '../io/progress.ts';
import { createDiskCache } from './articleCache.ts';
import { articleKeys } from './cachedArticles.ts';
import { createOutputRecords } from './outputRecord.ts';
import { copySeeds } from '../testing/seedText.ts';

let tmp: string;
let articlesDir: string;
let out: string;
beforeEach(() => {
  ({ tmp, articlesDir } = copySeeds('output'));
  out = path.join(tmp, 'out', 'corpus.json');
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('createOutputRecords', () => {
  const digestOf = (version = 'v1') => {
    const folder = readArticleFolder(articlesDir);
    const records = createOutputRecords(path.join(tmp, 'records'), version);
    return records.inputsDigest(folder, articleKeys(folder, createDiskCache(tmp, 'v1')));
  };

  it('digests the article files and the version', () => {
    const digest = digestOf();
    expect(digestOf()).toBe(digest);
    expect(digestOf('v2')).not.toBe(digest);
    writeFileSync(path.join(articlesDir, 'new.txt'), 'New\n\nText.');
    expect(digestOf()).not.toBe(digest);
    rmSync(path.join(articlesDir, 'new.txt'));
    expect(digestOf()).toBe(digest);
    // A file skipped while reading counts too: its reason is part of the report.
    writeFileSync(path.join(articlesDir, 'empty.txt'), '');
    expect(digestOf()).not.toBe(digest);
  });

  it('gives the record back only while the file is as written', () => {
    const records = createOutputRecords(path.join(tmp, 'records'), 'v1');
    writeFileSync(path.join(tmp, 'corpus.json'), '{"a":1}');
    const file = path.join(tmp, 'corpus.json');
    records.record(file, 'inputs-1', 0, ['line']);
    expect(records.unchanged(file, 'inputs-1')?.lines).toEqual(['line']);
    expect(records.unchanged(file, 'inputs-2')).toBeNull();
    expect(
      createOutputRecords(path.join(tmp, 'records'), 'v1').unchanged(file, 'inputs-1'),
    ).not.toBeNull();
    // Touched (same bytes, new time), replaced, or gone: not as written.
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(records.unchanged(file, 'inputs-1')).toBeNull();
    records.record(file, 'inputs-1', 0, ['line']);
    writeFileSync(path.join(tmp, 'other.json'), '{"a":1}');
    renameSync(path.join(tmp, 'other.json'), file);
    expect(records.unchanged(file, 'inputs-1')).toBeNull();
    records.record(file, 'inputs-1', 0, ['line']);
    rmSync(file);
    expect(records.unchanged(file, 'inputs-1')).toBeNull();
  });

  it('gives the last build to splice into only while the file holds the bytes written', () => {
    const records = createOutputRecords(path.join(tmp, 'records'), 'v1');
    const file = path.join(tmp, 'corpus.json');
    const text = '{"a":1}';
    const sha256 = createHash('sha256').update(text).digest('hex');
    writeFileSync(file, text);
    records.record(file, 'inputs-1', 0, ['line']);
    expect(records.lastBuild(file)).toBeNull();
    records.record(file, 'inputs-1', 0, ['line'], { keys: new Map([['a', 'k']]), sha256 });
    expect(records.lastBuild(file)?.articles).toEqual(new Map([['a', 'k']]));
    expect(records.lastBuild(file)?.bytes.toString()).toBe(text);
    expect(createOutputRecords(path.join(tmp, 'records'), 'v2').lastBuild(file)).toBeNull();

    // Edited in place with its stat as recorded (as if nothing had changed): the hash tells.
    writeFileSync(file, '{"a":2}');
    const [name] = readdirSync(path.join(tmp, 'records'));
    const recordFile = path.join(tmp, 'records', name as string);
    const info = statSync(file);
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(recordFile, JSON.stringify({ ...record, mtimeMs: info.mtimeMs }));
    expect(records.unchanged(file, 'inputs-1')).not.toBeNull();
    expect(records.lastBuild(file)).toBeNull();
  });

  it('reads a damaged record as none', () => {
    const records = createOutputRecords(path.join(tmp, 'records'), 'v1');
    const file = path.join(tmp, 'corpus.json');
    writeFileSync(file, '{}');
    records.record(file, 'inputs-1', 0, ['line']);
    const [name] = readdirSync(path.join(tmp, 'records'));
    writeFileSync(path.join(tmp, 'records', name as string), '{"inputs":"inputs-1", "si');
    expect(records.unchanged(file, 'inputs-1')).toBeNull();
  });
});

describe('runPipeline with output records', () => {
  function run(strict = false) {
    const lines: string[] = [];
    let loads = 0;
    const cacheDir = path.join(tmp, 'cache');
    const log = (line: string) => lines.push(line);
    const code = runPipeline(
      { articlesDir, outFile: out, strict },
      {
        loadGeoparser: async () => {
          loads++;
          return exactNameGeoparser;
        },
        cache: createDiskCache(cacheDir, 'v1'),
        outputs: createOutputRecords(path.join(cacheDir, 'outputs'), 'v1'),
        effects: { log, progress: (total) => lineProgress(total, log) },
      },
    );
    return code.then((c) => ({ code: c, lines, loads }));
  }
  /** The closing report: from "articles: N read" to "wrote …". */
  const report = (lines: string[]) => {
    const from = lines.findIndex((l) => /^articles: \d+ read/.test(l));
    const to = lines.findIndex((l) => l.startsWith('wrote '));
    return from === -1 || to === -1 ? [] : lines.slice(from, to + 1);
  };

  it('skips an unchanged build, repeating its report, and builds again once anything changed', async () => {
    const first = await run();
    expect(first.code).toBe(EXIT_OK);
    const bytes = readFileSync(out);
    const second = await run();
    expect(second.code).toBe(EXIT_OK);
    expect(second.loads).toBe(0);
    expect(second.lines.join('\n')).toMatch(/^unchanged: /m);
    expect(report(first.lines).length).toBeGreaterThan(3);
    expect(report(second.lines)).toEqual(report(first.lines));
    expect(readFileSync(out).equals(bytes)).toBe(true);

    // The corpus edited by hand: rebuilt (from the cache) and put back.
    writeFileSync(out, '{}');
    const third = await run();
    expect(third.lines.join('\n')).not.toMatch(/^unchanged: /m);
    expect(readFileSync(out).equals(bytes)).toBe(true);

    // An article added: built.
    writeFileSync(path.join(articlesDir, 'zz.txt'), 'Fighters Left Syria\n\nThey left Syria.');
    const fourth = await run();
    expect(fourth.lines.join('\n')).not.toMatch(/^unchanged: /m);
    expect(fourth.loads).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('"zz"');
  });

  it('still fails --strict over skipped files when nothing changed', async () => {
    writeFileSync(path.join(articlesDir, 'empty.txt'), '');
    expect((await run()).code).toBe(EXIT_OK);
    const strict = await run(true);
    expect(strict.code).toBe(EXIT_STRICT_FAILURE);
    expect(strict.lines.join('\n')).not.toMatch(/^unchanged: /m);
  });
});
