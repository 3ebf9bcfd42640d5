import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputWriteError, writeFileAtomic, writeFileAtomicSync } from './writeFileAtomic.ts';

let dir: string;
let target: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chronomap-write-'));
  target = path.join(dir, 'corpus.json');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file, creating missing folders, and leaves nothing else behind', async () => {
    const nested = path.join(dir, 'public', 'data', 'corpus.json');
    await writeFileAtomic(nested, '{"a":1}\n');
    expect(readFileSync(nested, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(path.dirname(nested))).toEqual(['corpus.json']);
  });

  it('writes bytes as given', async () => {
    const bytes = Buffer.from('{"name":"Ar Raqqah – الرقة"}\n', 'utf8');
    await writeFileAtomic(target, bytes);
    expect(readFileSync(target).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['corpus.json']);
  });

  it('replaces an existing file and accepts content in chunks', async () => {
    writeFileSync(target, 'old');
    await writeFileAtomic(target, ['{"a":', '2}\n']);
    expect(readFileSync(target, 'utf8')).toBe('{"a":2}\n');
    expect(readdirSync(dir)).toEqual(['corpus.json']);
  });

  it('keeps the old file intact and removes the temp file when serialisation throws midway', async () => {
    writeFileSync(target, 'old corpus');
    function* failingSerialiser() {
      yield '{"articles": [';
      throw new Error('serialiser broke');
    }
    await expect(writeFileAtomic(target, failingSerialiser())).rejects.toThrow('serialiser broke');
    expect(readFileSync(target, 'utf8')).toBe('old corpus');
    expect(readdirSync(dir)).toEqual(['corpus.json']);
  });

  it('keeps the old file intact and removes the temp file when the rename fails', async () => {
    writeFileSync(target, 'old corpus');
    const failingRename = async () => {
      throw Object.assign(new Error('EXDEV: cross-device link'), { code: 'EXDEV' });
    };
    await expect(writeFileAtomic(target, 'new corpus', { rename: failingRename })).rejects.toThrow(
      /^cannot replace .*corpus\.json: EXDEV: cross-device link \(EXDEV\)$/,
    );
    expect(readFileSync(target, 'utf8')).toBe('old corpus');
    expect(readdirSync(dir)).toEqual(['corpus.json']);
  });

  it('fails with a clear error when the target is a folder, leaving it as it was', async () => {
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep'), 'x');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow(OutputWriteError);
    expect(readdirSync(target)).toEqual(['keep']);
    expect(readdirSync(dir)).toEqual(['corpus.json']);
  });

  it('fails with a clear error when a file stands where the folder should be', async () => {
    writeFileSync(path.join(dir, 'public'), 'a file, not a folder');
    const error = await writeFileAtomic(path.join(dir, 'public', 'data', 'c.json'), '{}').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OutputWriteError);
    expect((error as Error).message).toMatch(/^cannot create folder .*public[/\\]data: /);
  });
});

describe('writeFileAtomicSync', () => {
  it('replaces a file whole, from a string or bytes, and leaves nothing else behind', () => {
    writeFileSync(target, 'old');
    writeFileAtomicSync(target, '{"b":2}');
    expect(readFileSync(target, 'utf8')).toBe('{"b":2}');
    writeFileAtomicSync(target, Buffer.from('é'.repeat(100_000)));
    expect(readFileSync(target, 'utf8')).toBe('é'.repeat(100_000));
    expect(readdirSync(dir)).toEqual(['corpus.json']);
  });

  it('throws, and leaves the old file and no temporary file, when it cannot write', () => {
    writeFileSync(target, 'old');
    const missing = path.join(dir, 'no-such-folder', 'corpus.json');
    expect(() => writeFileAtomicSync(missing, 'new')).toThrow(/ENOENT/);
    mkdirSync(path.join(dir, 'a-folder'));
    expect(() => writeFileAtomicSync(path.join(dir, 'a-folder'), 'new')).toThrow();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a-folder', 'corpus.json']);
  });
});
