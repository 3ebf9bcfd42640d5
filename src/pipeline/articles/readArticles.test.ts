import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticlesFolderError, MAX_ARTICLE_BYTES, readArticles } from './readArticles.ts';

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
});
