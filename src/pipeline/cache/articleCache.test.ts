/**
 * The article cache's pack on disk: keys, hits and misses, and the failures it must survive
 * (a cut-short write, a garbled line, a lost place line, a pack of another version, two writers,
 * a writer killed mid-append) without ever returning a wrong result.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RawArticle } from '../articles/readArticles.ts';
import type { GazetteerPlace } from '../geoparse/types.ts';
import { articleKey, createDiskCache, packFileName, type CachedArticle } from './articleCache.ts';

const raw: RawArticle = {
  id: 'a1',
  file: 'a1.txt',
  text: 'Fighters left Raqqa on 12 September 2017.',
  sidecar: { kind: 'none' },
};
const syria: GazetteerPlace = {
  gazetteerId: 'country:SY',
  name: 'Syria',
  kind: 'country',
  countryCode: 'SY',
  lat: 35,
  lon: 38,
  population: 1,
  alternateNames: ['Suriyah', 'Sūriyā'],
};

/** The text the cached outcomes below quote from. */
const TEXT = 'Syria Foo. Fighters left Raqqa.';

/**
 * A cached outcome whose mention refers to `place` (so the place-line logic is exercised), with
 * texts that are slices of TEXT and one that is not (so both ways of storing a text are).
 */
function value(n: number, place: GazetteerPlace = syria): CachedArticle {
  // The cache treats events as opaque records with start, end and text; only those are given.
  const events = [
    { id: 'e0', start: 0, end: 10, text: 'Syria Foo.', n },
    { id: 'e1', start: 11, end: 31, text: 'Not what the text says', n },
  ] as unknown as CachedArticle['result']['events'];
  return {
    meta: { title: `Title ${n}`, source: null, url: null, published: null },
    result: {
      geoparse: {
        mentions: [
          { place, start: 0, end: 5, text: 'Syria', form: 'name' },
          { place, start: 0, end: 5, text: 'Syria!', form: 'demonym' },
        ],
        unresolved: [{ start: 6, end: 9, text: 'Foo', reason: 'no gazetteer entry' }],
      },
      events,
    },
  };
}
const key = (n: number) => articleKey({ ...raw, text: `${raw.text} ${n}` }, 'v1') as string;
const entry = (n: number, place: GazetteerPlace = syria) => ({
  key: key(n),
  value: value(n, place),
  text: TEXT,
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chronomap-cache-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});
const packFile = () => path.join(dir, packFileName('v1'));

describe('articleKey', () => {
  it('changes with the text, the file name, the sidecar bytes and the pipeline version', () => {
    const k = articleKey(raw, 'v1');
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(articleKey({ ...raw }, 'v1')).toBe(k);
    expect(articleKey({ ...raw, text: `${raw.text} ` }, 'v1')).not.toBe(k);
    expect(articleKey({ ...raw, id: 'a2', file: 'a2.txt' }, 'v1')).not.toBe(k);
    expect(articleKey(raw, 'v2')).not.toBe(k);
    const withSidecar = (json: string): RawArticle => ({
      ...raw,
      sidecar: { kind: 'bytes', bytes: Buffer.from(json) },
    });
    const titled = articleKey(withSidecar('{"title":"A"}'), 'v1');
    expect(titled).not.toBe(k);
    expect(articleKey(withSidecar('{"title":"B"}'), 'v1')).not.toBe(titled);
    // An empty sidecar is not the same as none (it is malformed).
    expect(articleKey(withSidecar(''), 'v1')).not.toBe(k);
  });

  it('gives no key to an article whose sidecar could not be read', () => {
    expect(articleKey({ ...raw, sidecar: { kind: 'unreadable', reason: 'x' } }, 'v1')).toBeNull();
  });
});

describe('createDiskCache', () => {
  it('returns what was stored, for the same key and version only', () => {
    const cache = createDiskCache(dir, 'v1');
    expect(cache.get(key(1), TEXT)).toBeNull();
    cache.set([entry(1)]);
    cache.set([entry(2)]);
    expect(cache.get(key(1), TEXT)).toEqual(value(1));
    // A second instance reads the pack from disk.
    const again = createDiskCache(dir, 'v1');
    expect(again.get(key(1), TEXT)).toEqual(value(1));
    expect(again.get(key(2), TEXT)).toEqual(value(2));
    expect(again.get(key(3), TEXT)).toBeNull();
    expect(createDiskCache(dir, 'v2').get(key(1), TEXT)).toBeNull();
  });

  it('writes each place once, however many entries mention it', () => {
    const cache = createDiskCache(dir, 'v1');
    cache.set([1, 2, 3].map((n) => entry(n)));
    cache.set([entry(4)]);
    const text = readFileSync(packFile(), 'utf8');
    expect(text.match(/"alternateNames"/g)).toHaveLength(1);
    expect(createDiskCache(dir, 'v1').get(key(4), TEXT)).toEqual(value(4));
  });

  it('leaves out texts that are slices of the article, and gives them back', () => {
    createDiskCache(dir, 'v1').set([entry(1)]);
    const text = readFileSync(packFile(), 'utf8');
    expect(text).not.toContain('"Syria Foo."');
    expect(text).toContain('"Not what the text says"');
    expect(text).toContain('"Syria!"');
    expect(createDiskCache(dir, 'v1').get(key(1), TEXT)).toEqual(value(1));
    // Another text under the same key cannot happen (the key covers the text), but if a pack
    // were read against one, the slices would follow it, not the stored words.
    expect(createDiskCache(dir, 'v1').get(key(1), 'x'.repeat(40))?.result.events[0]?.text).toBe(
      'x'.repeat(10),
    );
  });

  it('keeps a place whose content differs under a known id inline, not merged', () => {
    const cache = createDiskCache(dir, 'v1');
    const moved = { ...syria, lat: 1 };
    cache.set([entry(1), entry(2, moved)]);
    const again = createDiskCache(dir, 'v1');
    expect(again.get(key(1), TEXT)).toEqual(value(1));
    expect(again.get(key(2), TEXT)).toEqual(value(2, moved));
  });

  it('reads a write cut short as a miss for that entry only, and appends after it cleanly', () => {
    const cache = createDiskCache(dir, 'v1');
    cache.set([entry(1)]);
    cache.set([entry(2)]);
    const full = readFileSync(packFile()).length;
    // A run killed in the middle of its append: the last entry is cut.
    truncateSync(packFile(), full - 20);
    const after = createDiskCache(dir, 'v1');
    expect(after.get(key(1), TEXT)).toEqual(value(1));
    expect(after.get(key(2), TEXT)).toBeNull();
    after.set([entry(3)]);
    const third = createDiskCache(dir, 'v1');
    expect(third.get(key(1), TEXT)).toEqual(value(1));
    expect(third.get(key(2), TEXT)).toBeNull();
    expect(third.get(key(3), TEXT)).toEqual(value(3));
  });

  it('reads a garbled or wrongly shaped entry as a miss', () => {
    const cache = createDiskCache(dir, 'v1');
    cache.set([entry(1)]);
    appendFileSync(packFile(), `{"key":"${key(2)}","meta":{"title":"x"},"mentions":[1,\n`);
    appendFileSync(packFile(), `{"key":"${key(3)}","meta":null,"mentions":[],"events":[]}\n`);
    appendFileSync(packFile(), 'garbage that is not JSON\n');
    const again = createDiskCache(dir, 'v1');
    expect(again.get(key(1), TEXT)).toEqual(value(1));
    expect(again.get(key(2), TEXT)).toBeNull();
    expect(again.get(key(3), TEXT)).toBeNull();
  });

  it('reads an entry whose place line was lost as a miss', () => {
    createDiskCache(dir, 'v1').set([entry(1)]);
    const text = readFileSync(packFile(), 'utf8');
    writeFileSync(packFile(), text.replace(/^\{"place":.*\n/m, ''));
    expect(createDiskCache(dir, 'v1').get(key(1), TEXT)).toBeNull();
  });

  it('treats a pack of another version or format as empty, and replaces it on the next write', () => {
    createDiskCache(dir, 'v1').set([entry(1)]);
    const text = readFileSync(packFile(), 'utf8');
    // The right file name, a foreign header: e.g. copied by hand from another checkout.
    writeFileSync(packFile(), text.replace('"version":"v1"', '"version":"v0"'));
    const lines: string[] = [];
    const cache = createDiskCache(dir, 'v1', { log: (l) => lines.push(l) });
    expect(cache.get(key(1), TEXT)).toBeNull();
    expect(lines.join('\n')).toMatch(/not a pack of this version/);
    cache.set([entry(2)]);
    const again = createDiskCache(dir, 'v1');
    expect(again.get(key(1), TEXT)).toBeNull();
    expect(again.get(key(2), TEXT)).toEqual(value(2));
  });

  it('deletes the packs of other versions when it starts its own, and leaves no temporary files', () => {
    createDiskCache(dir, 'v0').set([entry(1)]);
    createDiskCache(dir, 'v1').set([entry(1)]);
    expect(readdirSync(dir)).toEqual([packFileName('v1')]);
  });

  it('rewrites the pack without stale entries once they outnumber the live ones', () => {
    const lines: string[] = [];
    const cache = createDiskCache(dir, 'v1', { log: (l) => lines.push(l) });
    const all = Array.from({ length: 100 }, (_, n) => entry(n));
    cache.set(all);
    const sizeBefore = readFileSync(packFile()).length;
    // Half stale: kept as they are.
    cache.retain(new Set(all.slice(0, 50).map((e) => e.key)));
    expect(readFileSync(packFile()).length).toBe(sizeBefore);
    // 90 stale, 10 live: rewritten.
    const live = new Set(all.slice(0, 10).map((e) => e.key));
    cache.retain(live);
    expect(lines.join('\n')).toMatch(/rewrote .* with 10 live entries \(90 stale dropped\)/);
    expect(readFileSync(packFile()).length).toBeLessThan(sizeBefore / 5);
    const again = createDiskCache(dir, 'v1');
    for (let n = 0; n < 100; n++) {
      expect(again.get(key(n), TEXT)).toEqual(n < 10 ? value(n) : null);
    }
    expect(readdirSync(dir)).toEqual([packFileName('v1')]);
  });

  it('keeps every whole entry when several processes append at once', async () => {
    createDiskCache(dir, 'v1').set([entry(0)]);
    // Four processes, each appending 200 entries of ~60 KB of events in 20 writes.
    const script = `
      import { createDiskCache } from ${JSON.stringify(new URL('./articleCache.ts', import.meta.url).href)};
      const [dir, writer] = process.argv.slice(-2);
      const cache = createDiskCache(dir, 'v1');
      const place = { gazetteerId: 'country:SY', name: 'Syria', kind: 'country', countryCode: 'SY',
        lat: 35, lon: 38, population: 1, alternateNames: ['Suriyah', 'Sūriyā'] };
      for (let batch = 0; batch < 20; batch++) {
        cache.set(Array.from({ length: 10 }, (_, i) => ({
          key: (writer + '-' + batch + '-' + i).padEnd(64, '0').replace(/[^0-9a-f]/g, 'e'),
          text: '',
          value: { meta: { title: 'T', source: null, url: null, published: null },
            result: { geoparse: { mentions: [{ place, start: 0, end: 5, text: 'Syria', form: 'name' }],
              unresolved: [] }, events: ['x'.repeat(6000)] } },
        })));
      }
    `;
    const writers = ['a', 'b', 'c', 'd'];
    await Promise.all(writers.map((w) => runNode(script, [dir, w])));
    const cache = createDiskCache(dir, 'v1');
    expect(cache.get(key(0), TEXT)).toEqual(value(0));
    let found = 0;
    for (const w of writers) {
      for (let batch = 0; batch < 20; batch++) {
        for (let i = 0; i < 10; i++) {
          const k = `${w}-${batch}-${i}`.padEnd(64, '0').replace(/[^0-9a-f]/g, 'e');
          // The writers store a string where an event goes: only its survival matters here.
          if (JSON.stringify(cache.get(k, '')?.result.events) === `["${'x'.repeat(6000)}"]`)
            found++;
        }
      }
    }
    expect(found).toBe(writers.length * 200);
  }, 60_000);

  it('survives a writer killed mid-append: earlier entries stay, the cut one misses', async () => {
    createDiskCache(dir, 'v1').set([entry(0)]);
    // One big entry (~50 MB), so the kill lands while it is being written.
    const script = `
      import { createDiskCache } from ${JSON.stringify(new URL('./articleCache.ts', import.meta.url).href)};
      const dir = process.argv.at(-1);
      const cache = createDiskCache(dir, 'v1');
      const events = Array.from({ length: 5000 }, () => 'y'.repeat(10000));
      process.stdout.write('ready\\n');
      cache.set([{ key: 'f'.repeat(64), text: '', value: { meta: { title: 'T', source: null, url: null,
        published: null }, result: { geoparse: { mentions: [], unresolved: [] }, events } } }]);
      process.stdout.write('written\\n');
    `;
    const size = () => readFileSync(packFile()).length;
    const before = size();
    let polling = false;
    await runNode(script, [dir], (child, out) => {
      // Kill as soon as the file has started to grow (or once the write is reported done).
      if (out.includes('ready') && !polling) {
        polling = true;
        const poll = setInterval(() => {
          if (size() > before || out.includes('written')) {
            clearInterval(poll);
            child.kill('SIGKILL');
          }
        }, 1);
      }
    });
    const cache = createDiskCache(dir, 'v1');
    expect(cache.get(key(0), TEXT)).toEqual(value(0));
    const big = cache.get('f'.repeat(64), '');
    // Either the kill came first (a cut line: a miss) or the write finished (a whole entry).
    if (big) expect(big.result.events).toHaveLength(5000);
    // Whatever was left, the next append starts on its own line and reads back.
    cache.set([entry(1)]);
    expect(createDiskCache(dir, 'v1').get(key(1), TEXT)).toEqual(value(1));
  }, 60_000);
});

/** Runs an ES module script with tsx in its own process; `watch` sees its stdout as it comes. */
function runNode(
  script: string,
  args: string[],
  watch?: (child: ReturnType<typeof spawn>, out: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, '--', ...args],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      watch?.(child, out);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0 || signal === 'SIGKILL') resolve();
      else reject(new Error(`writer failed (${code}): ${err}`));
    });
  });
}
