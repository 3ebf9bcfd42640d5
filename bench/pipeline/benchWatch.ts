/**
 * Rebuild figures of `npm run data -- --watch`: one process stays up, and each change to the
 * folder is timed from the file write to the CLI's "done:" line (so the figure includes the
 * watcher's 250 ms quiet spell). CPU is the difference of the process's running CPU total between
 * two "done:" lines, i.e. what that one rebuild cost.
 */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { writeSyntheticArticles } from '../synthetic/generateArticles.ts';
import type { PlaceNames } from '../synthetic/placeNames.ts';
import { pathArgs, type IncrementalFigures, type IncrementalPaths } from './benchPipeline.ts';
import { spawnCli } from './runCli.ts';
import { median } from '../stats.ts';

const DONE =
  /done: (\d+) processed, (\d+) from the cache, .*CPU (\d+) ms in all; peak memory (\d+) MB/;

interface Done {
  at: number;
  processed: number;
  cached: number;
  cpuMs: number;
  peakRssMb: number;
}

export async function benchWatch(
  paths: IncrementalPaths,
  size: number,
  names: PlaceNames,
  log: (line: string) => void,
  runs: number,
): Promise<IncrementalFigures[]> {
  const child = spawnCli(['--watch', ...pathArgs(paths)]);
  const waiting: ((done: Done) => void)[] = [];
  let watching: () => void = () => {};
  const ready = new Promise<void>((resolve) => (watching = resolve));
  let buffer = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      if (line.startsWith('watching ')) watching();
      const m = DONE.exec(line);
      if (m) {
        const done = {
          at: performance.now(),
          processed: Number(m[1]),
          cached: Number(m[2]),
          cpuMs: Number(m[3]),
          peakRssMb: Number(m[4]),
        };
        waiting.shift()?.(done);
        lastCpu = lastCpu ?? done.cpuMs;
      }
    }
  });
  let lastCpu: number | undefined;
  const exited = new Promise<void>((_, reject) =>
    child.on('exit', (code) => reject(new Error(`--watch exited early (${code})`))),
  );
  exited.catch(() => {});
  try {
    log(`pipeline: --watch on ${size} articles, waiting for its first build`);
    await Promise.race([ready, exited]);
    const measure = async (label: string, change: (n: number) => Promise<void>) => {
      const samples: { wallMs: number; cpuMs: number; done: Done }[] = [];
      // One untimed change first: the first rebuild also loads the gazetteer.
      for (let n = -1; n < runs; n++) {
        const next = new Promise<Done>((resolve) => waiting.push(resolve));
        const before = performance.now();
        const cpuBefore = lastCpu ?? 0;
        await change(n);
        const done = await Promise.race([next, exited.then(() => next)]);
        lastCpu = done.cpuMs;
        if (n >= 0) samples.push({ wallMs: done.at - before, cpuMs: done.cpuMs - cpuBefore, done });
        log(`pipeline: --watch, ${label} (${n + 1}/${runs}): ${Math.round(done.at - before)} ms`);
      }
      const last = samples.at(-1)?.done;
      return {
        label: `${label}, --watch`,
        wallMs: median(samples.map((s) => s.wallMs)),
        processed: last?.processed ?? 0,
        cached: last?.cached ?? 0,
        peakRssMb: last?.peakRssMb ?? 0,
        cpuMs: median(samples.map((s) => s.cpuMs)),
        wallSamplesMs: samples.map((s) => Math.round(s.wallMs)),
        cpuSamplesMs: samples.map((s) => s.cpuMs),
      } satisfies IncrementalFigures;
    };
    const stamp = Date.now() % 100_000;
    return [
      await measure('one article changed', (n) =>
        appendFile(
          path.join(paths.articles, 'syn_000011.txt'),
          `\nA watched correction (${stamp}.${n}): the convoy reached Homs on 4 May 2015.\n`,
        ),
      ),
      await measure('one article added', (n) =>
        writeSyntheticArticles(paths.articles, 1, names, size + stamp * 10 + 5 + n),
      ),
    ];
  } finally {
    child.kill('SIGINT');
  }
}
