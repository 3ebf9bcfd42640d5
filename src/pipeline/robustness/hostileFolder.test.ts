/**
 * A folder of hostile files through the real pipeline (real geoparser, no workers, no cache):
 * every file is reported and skipped or processed, the run finishes, and the corpus it writes is
 * whole and valid. With --strict, nothing at all is written.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorpus } from '../../shared/corpusFile.ts';
import { parseSidecar } from '../articles/sidecar.ts';
import {
  EXIT_CANNOT_RUN,
  EXIT_OK,
  EXIT_STRICT_FAILURE,
  runPipeline,
} from '../corpus/runPipeline.ts';
import { loadGeoparser } from '../geoparse/loadGeoparser.ts';
import type { Geoparser } from '../geoparse/types.ts';
import { lineProgress } from '../io/progress.ts';

const GOOD =
  'Fighters Left Raqqa\n\nHundreds of fighters left Raqqa for Idlib on 12 September 2017.\n';

/** File name → content; a `.meta.json` beside a `.txt` is its sidecar. */
const HOSTILE: Record<string, string | Uint8Array> = {
  'good.txt': GOOD,
  'random-bytes.txt': Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256),
  'bad-utf8.txt': Uint8Array.from([...new TextEncoder().encode('Raqqa '), 0xc3, 0x28, 0x41]),
  'five-mb-line.txt': 'Syria Aleppo Raqqa '.repeat((5 * 1024 * 1024) / 19),
  'punctuation.txt': '.,;:!?—…'.repeat(500),
  'numbers.txt': '12 3456 2017 99.5 '.repeat(300),
  'names.txt': 'Syria Raqqa Aleppo Mosul Iraq Turkey Idlib '.repeat(50),
  'ten-thousand.txt': Array.from({ length: 10_000 }, (_, i) => `Raqqa fell on day ${i}.`).join(' '),
  'long-line.txt': 'Syria Aleppo 12 March 2016 and then '.repeat(20_000),
  // Sidecars: malformed, hostile, or fine but full of markup.
  'not-json.txt': GOOD,
  'not-json.meta.json': '{"title": "unclosed',
  'array.txt': GOOD,
  'array.meta.json': '[1, 2, 3]',
  'proto.txt': GOOD,
  'proto.meta.json': '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}',
  'js-url.txt': GOOD,
  'js-url.meta.json': '{"url": "javascript:alert(1)"}',
  'bad-date.txt': GOOD,
  'bad-date.meta.json': '{"published": {"start": "2017-02-30", "end": "2017-03-01"}}',
  'reversed.txt': GOOD,
  'reversed.meta.json': '{"published": {"start": "2017-03-02", "end": "2017-03-01"}}',
  'deep.txt': GOOD,
  'deep.meta.json': `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  'huge-sidecar.txt': GOOD,
  'huge-sidecar.meta.json': JSON.stringify({ note: 'x'.repeat(70_000) }),
  'bad-utf8-sidecar.txt': GOOD,
  'bad-utf8-sidecar.meta.json': Uint8Array.from([0x7b, 0xff, 0x7d]),
  'markup.txt': GOOD,
  'markup.meta.json': JSON.stringify({
    title: '<script>alert(1)</script> Raqqa',
    source: '<b>Wire</b>',
    url: 'https://example.org/?q=<script>',
  }),
};

let tmp: string;
let geoparser: Geoparser;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'chronomap-hostile-'));
  mkdirSync(path.join(tmp, 'articles'));
  for (const [name, content] of Object.entries(HOSTILE)) {
    writeFileSync(path.join(tmp, 'articles', name), content);
  }
  geoparser = await loadGeoparser();
}, 120_000);
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function run(out: string, strict: boolean) {
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const code = runPipeline(
    { articlesDir: path.join(tmp, 'articles'), outFile: out, strict },
    {
      loadGeoparser: async () => geoparser,
      effects: { log, progress: (total) => lineProgress(total, log) },
    },
  );
  return code.then((c) => ({ code: c, lines }));
}

describe('a folder of hostile files', () => {
  it('reports or processes every file and writes a whole, valid corpus', async () => {
    const out = path.join(tmp, 'out', 'corpus.json');
    const { code, lines } = await run(out, false);
    expect(code).toBe(EXIT_OK);
    const parsed = parseCorpus(JSON.parse(readFileSync(out, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.error);
    const built = new Set(parsed.corpus.articles.map((a) => a.file));
    const skipped = new Map(
      lines.flatMap((l) => {
        const m = /^ *skipped (\S+): (.+)$/.exec(l);
        return m ? [[m[1] as string, m[2] as string]] : [];
      }),
    );
    for (const name of Object.keys(HOSTILE).filter((n) => n.endsWith('.txt'))) {
      expect(
        built.has(name) !== skipped.has(name),
        `${name}: exactly one of built or skipped`,
      ).toBe(true);
    }
    expect(skipped.get('random-bytes.txt')).toMatch(/^binary file|^not valid UTF-8/);
    expect(skipped.get('bad-utf8.txt')).toMatch(/^not valid UTF-8 \(first bad byte at offset 6\)/);
    expect(skipped.get('five-mb-line.txt')).toMatch(/^too large \(5\.0 MB/);
    expect(skipped.get('not-json.txt')).toMatch(/^sidecar is not valid JSON/);
    expect(skipped.get('array.txt')).toBe('sidecar must be a JSON object');
    expect(skipped.get('js-url.txt')).toMatch(/^malformed sidecar: url/);
    expect(skipped.get('bad-date.txt')).toMatch(/not a real calendar date/);
    expect(skipped.get('reversed.txt')).toMatch(/start must not be after end/);
    expect(skipped.get('deep.txt')).toMatch(/^sidecar (is not valid JSON|must be a JSON object)/);
    expect(skipped.get('huge-sidecar.txt')).toMatch(/^sidecar too large/);
    expect(skipped.get('bad-utf8-sidecar.txt')).toBe('sidecar is not valid UTF-8');
    for (const name of [
      'good.txt',
      'punctuation.txt',
      'numbers.txt',
      'names.txt',
      'ten-thousand.txt',
      'long-line.txt',
      'proto.txt',
    ]) {
      expect(built.has(name), name).toBe(true);
    }
    // Markup in a sidecar is kept as text (the app shows it literally), not dropped or run.
    const markup = parsed.corpus.articles.find((a) => a.file === 'markup.txt');
    expect(markup?.title).toBe('<script>alert(1)</script> Raqqa');
    // A __proto__ key in JSON stays data; nothing global was polluted.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it('with --strict writes nothing at all, not even part of a file', async () => {
    const dir = path.join(tmp, 'strict');
    const out = path.join(dir, 'corpus.json');
    const { code } = await run(out, true);
    expect(code).toBe(EXIT_STRICT_FAILURE);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});

describe('a folder whose only article is refused by the stages', () => {
  it('exits 2 and writes nothing', async () => {
    const dir = path.join(tmp, 'only-refused');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'good.txt'), GOOD);
    const out = path.join(tmp, 'only-refused-out', 'corpus.json');
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    // No text is too big for the stages now (the read limit stops those first), so a stage
    // that throws, as a bug would, refuses the article.
    const failing: Geoparser = {
      parse() {
        throw new Error('a bug');
      },
    };
    const code = await runPipeline(
      { articlesDir: dir, outFile: out, strict: false },
      {
        loadGeoparser: async () => failing,
        effects: { log, progress: (total) => lineProgress(total, log) },
      },
    );
    expect(code).toBe(EXIT_CANNOT_RUN);
    expect(lines).toContain(`error: no article in ${dir} could be processed`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('parseSidecar on anything', () => {
  it('returns a sidecar or a one-line reason for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseSidecar(JSON.stringify(value));
        if (!result.ok) expect(result.reason).toMatch(/^[^\n]+$/);
      }),
      { numRuns: 300 },
    );
  });

  it('returns a sidecar or a reason for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(() => parseSidecar(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('accepts exactly the well-formed sidecars among near-misses of the real keys', () => {
    const day = fc.oneof(
      fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.string({ maxLength: 12 }),
    );
    const sidecar = fc.record(
      {
        title: fc.oneof(fc.string({ maxLength: 400 }), fc.integer()),
        source: fc.string({ maxLength: 250 }),
        url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 40 })),
        published: fc.record({ start: day, end: day }, { requiredKeys: [] }),
        note: fc.string({ maxLength: 50 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(sidecar, (value) => {
        const result = parseSidecar(JSON.stringify(value));
        if (result.ok && result.sidecar?.published) {
          expect(result.sidecar.published.start <= result.sidecar.published.end).toBe(true);
        }
        if (result.ok && result.sidecar?.url) expect(result.sidecar.url).toMatch(/^https?:\/\//);
      }),
      { numRuns: 300 },
    );
  });
});
