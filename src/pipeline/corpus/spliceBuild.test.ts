/**
 * Rebuilds as a --watch process makes them (the folder read again only where it changed, each
 * build spliced into the last) write the same bytes as a build from scratch, whatever changed.
 */
import {
  appendFileSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderReader } from '../articles/folderReader.ts';
import { createDiskCache } from '../cache/articleCache.ts';
import { lastBuildsInMemory, lastBuildsOnDisk } from '../cache/lastBuilds.ts';
import { createFolderManifests } from '../cache/folderManifest.ts';
import { createOutputRecords } from '../cache/outputRecord.ts';
import { lineProgress } from '../io/progress.ts';
import { EXIT_OK, runPipeline, type PipelineDeps } from './runPipeline.ts';
import { exactNameGeoparser } from './testing/exactNameGeoparser.ts';
import { copySeeds } from '../testing/seedText.ts';

let tmp: string;
let dir: string;
let lines: string[];
beforeEach(() => {
  ({ tmp, articlesDir: dir } = copySeeds('splice'));
  lines = [];
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const effects = {
  log: (line: string) => lines.push(line),
  progress: (total: number) => lineProgress(total, () => {}),
};

/** The deps of one process as the CLI makes them (a --watch one keeps state between builds). */
function cliDeps(
  watch: boolean,
  racyMs?: number,
): { deps: PipelineDeps; reader: ReturnType<typeof folderReader> } {
  const reader = folderReader();
  const outputs = createOutputRecords(path.join(tmp, 'cache', 'outputs'), 'a1');
  const onDisk = lastBuildsOnDisk(outputs);
  const deps: PipelineDeps = {
    loadGeoparser: async () => exactNameGeoparser,
    cache: createDiskCache(path.join(tmp, 'cache'), 'v1'),
    outputs,
    lastBuilds: watch ? lastBuildsInMemory(onDisk) : onDisk,
    manifests: createFolderManifests(path.join(tmp, 'cache'), 'v1', { racyMs }),
    readFolder: watch ? (d) => reader.read(d) : undefined,
    effects,
  };
  return { deps, reader };
}

/** A --watch process: a reader and the last build kept between builds. */
function watchProcess() {
  const { deps, reader } = cliDeps(true);
  const out = path.join(tmp, 'watched.json');
  return {
    out,
    /** A rebuild after the watcher saw `names` change. */
    async build(names: string[] | null = []) {
      reader.changed(names);
      lines = [];
      expect(await runPipeline({ articlesDir: dir, outFile: out, strict: false }, deps)).toBe(
        EXIT_OK,
      );
    },
  };
}

async function fresh(): Promise<string> {
  const out = path.join(tmp, 'fresh.json');
  const code = await runPipeline(
    { articlesDir: dir, outFile: out, strict: false },
    { loadGeoparser: async () => exactNameGeoparser, effects: { ...effects, log: () => {} } },
  );
  expect(code).toBe(EXIT_OK);
  return readFileSync(out, 'utf8');
}

const spliced = () => lines.some((l) => /^articles: \d+ as in the last build/.test(l));
const inFull = () => lines.some((l) => l.includes('building in full'));
const ARTICLE = '002_478985300681bf0c';

describe('a --watch rebuild', () => {
  it('splices each change into the last build, and writes what a fresh build writes', async () => {
    const watch = watchProcess();
    await watch.build();
    expect(readFileSync(watch.out, 'utf8')).toBe(await fresh());

    const steps: [string, () => string[]][] = [
      [
        'an article changed',
        () => {
          appendFileSync(path.join(dir, `${ARTICLE}.txt`), '\nIraq and Syria, again.\n');
          return [`${ARTICLE}.txt`];
        },
      ],
      [
        'an article added',
        () => {
          writeFileSync(path.join(dir, 'new.txt'), 'Turkey Closes Border\n\nIn Turkey, guards.\n');
          return ['new.txt'];
        },
      ],
      [
        'a sidecar changed',
        () => {
          const file = path.join(dir, `${ARTICLE}.meta.json`);
          const meta = JSON.parse(readFileSync(file, 'utf8')) as { title: string };
          writeFileSync(file, JSON.stringify({ ...meta, title: 'A new title for Syria' }));
          return [`${ARTICLE}.meta.json`];
        },
      ],
      [
        'a sidecar added',
        () => {
          writeFileSync(path.join(dir, 'new.meta.json'), JSON.stringify({ title: 'New, dated' }));
          return ['new.meta.json'];
        },
      ],
      [
        'an article taken out',
        () => {
          rmSync(path.join(dir, `${ARTICLE}.txt`));
          return [`${ARTICLE}.txt`];
        },
      ],
      [
        'a file touched but unchanged',
        () => {
          const file = path.join(dir, 'new.txt');
          writeFileSync(file, readFileSync(file));
          return ['new.txt'];
        },
      ],
      [
        'an article renamed',
        () => {
          renameSync(path.join(dir, 'new.txt'), path.join(dir, 'newer.txt'));
          return ['new.txt', 'newer.txt'];
        },
      ],
      [
        'an article that cannot be read',
        () => {
          writeFileSync(path.join(dir, 'newer.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
          return ['newer.txt'];
        },
      ],
    ];
    for (const [what, change] of steps) {
      await watch.build(change());
      // A file written again with the same bytes changes no input: nothing is built.
      const same = lines.some((l) => l.startsWith('unchanged: '));
      expect(same ? what === 'a file touched but unchanged' : spliced(), what).toBe(true);
      expect(inFull(), what).toBe(false);
      expect(readFileSync(watch.out, 'utf8'), what).toBe(await fresh());
    }
  });

  it('sees a change the watcher did not name, by its stat', async () => {
    const watch = watchProcess();
    await watch.build();
    const file = path.join(dir, `${ARTICLE}.txt`);
    appendFileSync(file, '\nTurkey, unseen by the watcher.\n');
    // Out of the racy window, so only the stat can tell.
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    await watch.build([]);
    expect(readFileSync(watch.out, 'utf8')).toContain('Turkey, unseen by the watcher.');
    expect(readFileSync(watch.out, 'utf8')).toBe(await fresh());
  });

  it('in a new process, splices into the file its output record describes', async () => {
    const out = path.join(tmp, 'watched.json');
    const oneShot = async () => {
      lines = [];
      const code = await runPipeline(
        { articlesDir: dir, outFile: out, strict: false },
        cliDeps(false).deps,
      );
      expect(code).toBe(EXIT_OK);
    };
    await oneShot();
    appendFileSync(path.join(dir, `${ARTICLE}.txt`), '\nIraq and Syria, again.\n');
    writeFileSync(path.join(dir, 'new.txt'), 'Turkey Closes Border\n\nIn Turkey, guards.\n');
    await oneShot();
    expect(spliced()).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe(await fresh());

    // A corpus file that is not as the last build left it is not spliced into.
    writeFileSync(
      out,
      readFileSync(out, 'utf8').replace('Turkey Closes Border', 'Turkey Closes Bordes'),
    );
    rmSync(path.join(dir, 'new.txt'));
    await oneShot();
    expect(spliced()).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe(await fresh());
  });

  it('in a new process, reads only the changed files, and all of them for a full build', async () => {
    const out = path.join(tmp, 'watched.json');
    const oneShot = async () => {
      lines = [];
      // No racy window: the manifest vouches for files written a moment ago.
      const { deps } = cliDeps(false, -60_000);
      expect(await runPipeline({ articlesDir: dir, outFile: out, strict: false }, deps)).toBe(
        EXIT_OK,
      );
    };
    await oneShot();
    appendFileSync(path.join(dir, `${ARTICLE}.txt`), '\nIraq and Syria, again.\n');
    await oneShot();
    expect(spliced()).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe(await fresh());

    // Without the output record there is nothing to splice into: every article is read.
    rmSync(path.join(tmp, 'cache', 'outputs'), { recursive: true });
    writeFileSync(path.join(dir, 'new.txt'), 'Turkey Closes Border\n\nIn Turkey, guards.\n');
    await oneShot();
    expect(spliced()).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe(await fresh());
  });

  it('builds in full when the last build cannot be spliced into, and still matches', async () => {
    const watch = watchProcess();
    await watch.build();
    appendFileSync(path.join(dir, `${ARTICLE}.txt`), '\nSyria.\n');
    // A watcher that could not name the change: every file is read again.
    await watch.build(null);
    expect(readFileSync(watch.out, 'utf8')).toBe(await fresh());
  });
});
