/** Real file events on a temporary folder; waits poll for the outcome rather than guess a time. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFolder, type FolderWatch } from './watchFolder.ts';

let dir: string;
let watching: FolderWatch | undefined;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chronomap-watch-'));
});
afterEach(async () => {
  await watching?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until `ok()` holds (file events can come late on a busy machine), or fails. */
async function until(ok: () => boolean, what: string, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
const relevant = (name: string) => name.endsWith('.txt');

describe('watchFolder', () => {
  it('makes one build of a burst of changes, and none for files that do not count', async () => {
    let builds = 0;
    watching = watchFolder(dir, async () => void builds++, {
      relevant,
      quietMs: 100,
      log: () => {},
    });
    writeFileSync(path.join(dir, 'notes.swp'), 'editor');
    await sleep(300);
    expect(builds).toBe(0);
    for (let i = 0; i < 5; i++) writeFileSync(path.join(dir, `a${i}.txt`), 'text');
    await until(() => builds > 0, 'a build');
    await sleep(400);
    expect(builds).toBe(1);
  });

  it('never overlaps builds: a change during one makes exactly one more after it', async () => {
    const log: string[] = [];
    let release = () => {};
    watching = watchFolder(
      dir,
      async () => {
        log.push('start');
        await new Promise<void>((resolve) => (release = resolve));
        log.push('end');
      },
      { relevant, quietMs: 50, log: () => {} },
    );
    writeFileSync(path.join(dir, 'a.txt'), 'one');
    await until(() => log.length === 1, 'the first build');
    writeFileSync(path.join(dir, 'b.txt'), 'two');
    await sleep(150);
    writeFileSync(path.join(dir, 'c.txt'), 'three');
    await sleep(300);
    expect(log).toEqual(['start']);
    release();
    await until(() => log.length === 3, 'the second build');
    expect(log).toEqual(['start', 'end', 'start']);
    release();
    await sleep(300);
    expect(log).toEqual(['start', 'end', 'start', 'end']);
  });

  it('tells each build the names that changed since the one before began', async () => {
    const seen: (string[] | null)[] = [];
    watching = watchFolder(dir, async (names) => void seen.push(names && [...names].sort()), {
      relevant,
      quietMs: 50,
      log: () => {},
    });
    writeFileSync(path.join(dir, 'a.txt'), 'one');
    writeFileSync(path.join(dir, 'b.txt'), 'two');
    writeFileSync(path.join(dir, 'notes.swp'), 'editor');
    await until(() => seen.length === 1, 'the first build');
    writeFileSync(path.join(dir, 'c.txt'), 'three');
    await until(() => seen.length === 2, 'the second build');
    expect(seen).toEqual([['a.txt', 'b.txt'], ['c.txt']]);
  });

  it('reports a failed build and goes on watching', async () => {
    const messages: string[] = [];
    let builds = 0;
    watching = watchFolder(
      dir,
      async () => {
        builds++;
        throw new Error('disk full');
      },
      { relevant, quietMs: 50, log: (line) => messages.push(line) },
    );
    writeFileSync(path.join(dir, 'a.txt'), 'one');
    await until(() => builds === 1, 'the first build');
    writeFileSync(path.join(dir, 'b.txt'), 'two');
    await until(() => builds === 2, 'the second build');
    expect(messages[0]).toMatch(/the build failed: Error: disk full/);
  });
});
