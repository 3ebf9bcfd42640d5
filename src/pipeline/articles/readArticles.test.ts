import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ArticlesFolderError,
  MAX_ARTICLE_BYTES,
  MAX_SIDECAR_BYTES,
  readArticleFolder,
  readArticles,
} from './readArticles.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chronomap-read-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, data: string | Uint8Array) =>
  writeFileSync(path.join(dir, name), data);

describe('readArticles', () => {
  it('reads every good .txt, sorted by name, ignoring other files', async () => {
    write('b.txt', 'Second article\n\nBody.');
    write('a.txt', '\uFEFFFirst article\r\n\r\nBody.\r\n');
    write('notes.md', 'not an article');
    write('a.meta.json', '{}');
    const { articles, skipped } = await readArticles(dir);
    expect(articles).toEqual([
      { id: 'a', file: 'a.txt', text: 'First article\r\n\r\nBody.\r\n' },
      { id: 'b', file: 'b.txt', text: 'Second article\n\nBody.' },
    ]);
    expect(skipped).toEqual([]);
  });

  it('skips each kind of bad file by name with its reason, and keeps the rest', async () => {
    write('good.txt', 'A good article\n\nIt has text.');
    write('empty.txt', '');
    write('blank.txt', '  \n\n\t ');
    write(
      'binary.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    write('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    write('huge.txt', 'x'.repeat(MAX_ARTICLE_BYTES + 1));
    mkdirSync(path.join(dir, 'folder.txt'));
    symlinkSync(path.join(dir, 'missing-target'), path.join(dir, 'dangling.txt'));

    const { articles, skipped } = await readArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(skipped).toEqual([
      { file: 'binary.txt', reason: 'binary file (NUL byte at offset 8; UTF-16 is not read)' },
      { file: 'blank.txt', reason: 'only whitespace' },
      { file: 'dangling.txt', reason: 'unreadable: no such file or folder (ENOENT)' },
      { file: 'empty.txt', reason: 'empty file' },
      { file: 'folder.txt', reason: 'unreadable: a directory, not a file' },
      { file: 'huge.txt', reason: 'too large (2.0 MB; the limit is 2.0 MB)' },
      { file: 'latin1.txt', reason: 'not valid UTF-8 (first bad byte at offset 3)' },
    ]);
  });

  it('accepts a file of exactly the size limit', async () => {
    write('limit.txt', 'y'.repeat(MAX_ARTICLE_BYTES));
    const { articles } = await readArticles(dir);
    expect(articles).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('skips a file it has no permission to read', async () => {
    write('locked.txt', 'Locked article text');
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    const { skipped } = await readArticles(dir);
    expect(skipped).toEqual([
      { file: 'locked.txt', reason: 'unreadable: permission denied (EACCES)' },
    ]);
  });

  it('fails as a whole when the folder does not exist', async () => {
    const missing = path.join(dir, 'nope');
    await expect(readArticles(missing)).rejects.toThrow(ArticlesFolderError);
    await expect(readArticles(missing)).rejects.toThrow(/no such file or folder \(ENOENT\)/);
  });

  it('fails as a whole when the path is a file', async () => {
    write('x', 'a file');
    await expect(readArticles(path.join(dir, 'x'))).rejects.toThrow(/not a folder \(ENOTDIR\)/);
  });

  it('skips a FIFO named like an article or a sidecar instead of waiting on it', () => {
    write('good.txt', 'Good article\n\nBody.');
    write('other.txt', 'Other article\n\nBody.');
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt'), path.join(dir, 'other.meta.json')]);
    const { articles, skipped } = readArticleFolder(dir);
    expect(skipped).toEqual([{ file: 'pipe.txt', reason: 'unreadable: not a regular file' }]);
    expect(articles.map((a) => [a.id, a.sidecar])).toEqual([
      ['good', { kind: 'none' }],
      ['other', { kind: 'unreadable', reason: 'sidecar is not a regular file' }],
    ]);
  });
});

describe('readArticleFolder', () => {
  it("gives each article its sidecar's bytes, or why they could not be read", () => {
    write('a.txt', 'A\n\nBody.');
    write('a.meta.json', '{"title":"A"}');
    write('b.txt', 'B\n\nBody.');
    write('b.meta.json', 'x'.repeat(MAX_SIDECAR_BYTES + 1));
    write('c.txt', 'C\n\nBody.');
    mkdirSync(path.join(dir, 'c.meta.json'));
    write('d.txt', 'D\n\nBody.');
    symlinkSync(path.join(dir, 'missing-target'), path.join(dir, 'd.meta.json'));
    const { articles } = readArticleFolder(dir);
    expect(articles.map((a) => [a.id, a.sidecar])).toEqual([
      ['a', { kind: 'bytes', bytes: Buffer.from('{"title":"A"}') }],
      [
        'b',
        {
          kind: 'unreadable',
          reason: `sidecar too large (${MAX_SIDECAR_BYTES + 1} bytes; the limit is ${MAX_SIDECAR_BYTES})`,
        },
      ],
      ['c', { kind: 'unreadable', reason: 'sidecar is not a regular file' }],
      ['d', { kind: 'none' }],
    ]);
  });
});
