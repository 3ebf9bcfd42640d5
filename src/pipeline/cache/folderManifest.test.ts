/**
 * The one-shot folder manifest: an article is read again only when it is new, its stat or its
 * sidecar's changed, or its last read was too close to a change to trust the stat; the keys are
 * those a full read gives.
 */
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRead, readArticleFolder } from '../articles/readArticles.ts';
import { createDiskCache } from './articleCache.ts';
import { articleKeys } from './cachedArticles.ts';
import { createFolderManifests, type ScannedFolder } from './folderManifest.ts';

let tmp: string;
let dir: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'chronomap-manifest-'));
  dir = path.join(tmp, 'articles');
  mkdirSync(dir);
  for (const [name, text] of [
    ['a.txt', 'Article A'],
    ['b.txt', 'Article B'],
    ['b.meta.json', '{"title":"B"}'],
    ['c.txt', 'Article C'],
    ['empty.txt', ''],
  ] as const) {
    writeFileSync(path.join(dir, name), text);
  }
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const cache = () => createDiskCache(path.join(tmp, 'cache'), 'v1');
/** Scans and saves, as a run does; returns the names read and the keys by file. */
function run(manifests: ReturnType<typeof createFolderManifests>) {
  const scanned: ScannedFolder = manifests.scan(dir);
  const keys = articleKeys(scanned, cache());
  manifests.save(dir, scanned, keys);
  return {
    read: scanned.articles.filter(isRead).map((a) => a.file),
    keys: Object.fromEntries(scanned.articles.map((a, i) => [a.file, keys[i]])),
    skipped: scanned.skipped.map((s) => s.file),
  };
}
const fullKeys = () => {
  const folder = readArticleFolder(dir);
  const keys = articleKeys(folder, cache());
  return Object.fromEntries(folder.articles.map((a, i) => [a.file, keys[i]]));
};

describe('folder manifests', () => {
  // No racy window here: the files were all written a moment ago.
  const settled = { racyMs: -60_000 };

  it('reads only what is new or whose stat changed, and keys it as a full read does', () => {
    const manifests = createFolderManifests(path.join(tmp, 'cache'), 'v1', settled);
    expect(run(manifests).read).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const second = run(manifests);
    expect(second.read).toEqual([]);
    expect(second.skipped).toEqual(['empty.txt']);
    expect(second.keys).toEqual(fullKeys());

    appendFileSync(path.join(dir, 'a.txt'), ', changed');
    writeFileSync(path.join(dir, 'b.meta.json'), '{"title":"B2"}');
    writeFileSync(path.join(dir, 'c.meta.json'), '{"title":"C"}');
    writeFileSync(path.join(dir, 'd.txt'), 'Article D');
    const third = run(manifests);
    expect(third.read).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    expect(third.keys).toEqual(fullKeys());

    rmSync(path.join(dir, 'c.meta.json'));
    rmSync(path.join(dir, 'd.txt'));
    const fourth = run(manifests);
    expect(fourth.read).toEqual(['c.txt']);
    expect(fourth.keys).toEqual(fullKeys());
  });

  it('reads everything again for another version or a damaged manifest', () => {
    run(createFolderManifests(path.join(tmp, 'cache'), 'v1', settled));
    expect(run(createFolderManifests(path.join(tmp, 'cache'), 'v2', settled)).read).toHaveLength(3);
    const manifests = createFolderManifests(path.join(tmp, 'cache'), 'v2', settled);
    const [file] = readdirSync(path.join(tmp, 'cache', 'folders'));
    writeFileSync(path.join(tmp, 'cache', 'folders', file ?? ''), '{"version":"v2","files":');
    expect(run(manifests).read).toHaveLength(3);
  });

  it('reads a file again while its last change is too recent for its stat to be trusted', () => {
    const manifests = createFolderManifests(path.join(tmp, 'cache'), 'v1');
    run(manifests);
    expect(run(manifests).read).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });
});

describe('folder manifests tell what they read', () => {
  const settled = { racyMs: -60_000 };
  /** Scans and saves, as a run does; returns what `onRead` was told, by file. */
  function told(manifests: ReturnType<typeof createFolderManifests>) {
    const calls: [string, string | undefined][] = [];
    const scanned = manifests.scan(dir, (article, lastKey) => calls.push([article.file, lastKey]));
    manifests.save(dir, scanned, articleKeys(scanned, cache()));
    return calls;
  }

  it('tells each article read with its last key, new names first, skipped files never', () => {
    const manifests = createFolderManifests(path.join(tmp, 'cache'), 'v1', settled);
    expect(told(manifests)).toEqual([
      ['a.txt', undefined],
      ['b.txt', undefined],
      ['c.txt', undefined],
    ]);
    expect(told(manifests)).toEqual([]);
    const before = fullKeys();
    appendFileSync(path.join(dir, 'b.txt'), ', changed');
    writeFileSync(path.join(dir, '0.txt'), 'Article 0, new');
    writeFileSync(path.join(dir, 'd.txt'), 'Article D, new');
    expect(told(manifests)).toEqual([
      ['0.txt', undefined],
      ['d.txt', undefined],
      ['b.txt', before['b.txt']],
    ]);
  });
});
