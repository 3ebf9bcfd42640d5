import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderReader } from './folderReader.ts';
import { readArticleFolder, type RawArticleFolder } from './readArticles.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chronomap-reader-'));
  writeFileSync(path.join(dir, 'a.txt'), 'Article A');
  writeFileSync(path.join(dir, 'b.txt'), 'Article B');
  writeFileSync(path.join(dir, 'b.meta.json'), '{"title":"B"}');
  writeFileSync(path.join(dir, 'empty.txt'), '');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const byId = (folder: RawArticleFolder, id: string) => folder.articles.find((a) => a.id === id);

describe('folderReader', () => {
  it('reads what changed, keeps the rest, and reads as readArticleFolder does', () => {
    // No racy window: these files were all written a moment ago.
    const reader = folderReader({ racyMs: -60_000 });
    const first = reader.read(dir);
    expect(first).toEqual(readArticleFolder(dir));
    const again = reader.read(dir);
    expect(byId(again, 'a')).toBe(byId(first, 'a'));
    expect(byId(again, 'b')).toBe(byId(first, 'b'));

    appendFileSync(path.join(dir, 'a.txt'), ', changed');
    writeFileSync(path.join(dir, 'b.meta.json'), '{"title":"B2"}');
    writeFileSync(path.join(dir, 'c.txt'), 'Article C');
    rmSync(path.join(dir, 'empty.txt'));
    const third = reader.read(dir);
    expect(third).toEqual(readArticleFolder(dir));
    expect(byId(third, 'a')?.text).toBe('Article A, changed');
    expect(third.skipped).toEqual([]);

    const fourth = reader.read(dir);
    expect(byId(fourth, 'c')).toBe(byId(third, 'c'));
    reader.changed(['c.txt']);
    expect(byId(reader.read(dir), 'c')).not.toBe(byId(third, 'c'));
    reader.changed(null);
    expect(byId(reader.read(dir), 'a')).not.toBe(byId(fourth, 'a'));
  });

  it('reads a file again while its last change is too recent for its stat to be trusted', () => {
    const reader = folderReader();
    const first = reader.read(dir);
    expect(byId(reader.read(dir), 'a')).not.toBe(byId(first, 'a'));
  });
});
