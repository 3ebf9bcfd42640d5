/**
 * Pipeline figures on synthetic corpora: a cold build at each size (empty article cache, the
 * real CLI in its own process), a serial run for comparison at one size, and incremental
 * rebuilds of the largest corpus (nothing changed, one article changed, one article added; three
 * of each, medians). `incremental.ts` runs the rebuilds alone on an existing folder and cache.
 */
import { appendFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeSyntheticArticles } from '../synthetic/generateArticles.ts';
import type { PlaceNames } from '../synthetic/placeNames.ts';
import { median } from '../stats.ts';
import { benchWatch } from './benchWatch.ts';
import { runCli, type CliRun } from './runCli.ts';

export interface BuildFigures {
  articles: number;
  events: number;
  wallMs: number;
  articlesPerSecond: number;
  peakRssMb: number;
  cpuMs: number;
  workers: number;
  indexLoadMs: number | null;
  corpusFile: string;
}

export interface IncrementalFigures {
  label: string;
  /** Median of the runs. */
  wallMs: number;
  processed: number;
  cached: number;
  peakRssMb: number;
  /** Median of the runs: user + system time of the whole process, steadier under other load. */
  cpuMs: number;
  wallSamplesMs: number[];
  cpuSamplesMs: number[];
}

export interface PipelineFigures {
  builds: BuildFigures[];
  serial: BuildFigures | null;
  incremental: IncrementalFigures[];
}

export async function benchPipeline(
  workDir: string,
  sizes: readonly number[],
  names: PlaceNames,
  log: (line: string) => void,
  /** Also build this size with --workers 0 (costs another cold build). */
  compareSerialAt: number | null = null,
): Promise<PipelineFigures> {
  const builds: BuildFigures[] = [];
  let serial: BuildFigures | null = null;
  for (const size of sizes) {
    const articles = path.join(workDir, `articles-${size}`);
    await rm(articles, { recursive: true, force: true });
    log(`pipeline: writing ${size} synthetic articles`);
    await writeSyntheticArticles(articles, size, names);
    log(`pipeline: cold build of ${size} articles`);
    builds.push(await coldBuild(workDir, articles, size, []));
    // A serial run beside the parallel one shows what the worker threads buy at this size.
    if (compareSerialAt === size) {
      log(`pipeline: the same ${size} articles on one thread, for comparison`);
      serial = await coldBuild(workDir, articles, size, ['--workers', '0'], 'serial');
    }
  }
  const largest = sizes.length > 0 ? Math.max(...sizes) : 0;
  const incremental = largest > 0 ? await benchIncremental(workDir, largest, names, log) : [];
  return { builds, serial, incremental };
}

async function coldBuild(
  workDir: string,
  articles: string,
  size: number,
  extra: string[],
  tag = 'cold',
): Promise<BuildFigures> {
  const cacheDir = path.join(workDir, `article-cache-${size}-${tag}`);
  await rm(cacheDir, { recursive: true, force: true });
  const corpusFile = path.join(workDir, `corpus-${size}${tag === 'cold' ? '' : `-${tag}`}.json`);
  const run = await runCli([
    '--articles',
    articles,
    '--out',
    corpusFile,
    '--cache-dir',
    cacheDir,
    ...extra,
  ]);
  return {
    articles: size,
    events: countEvents(run),
    wallMs: run.wallMs,
    articlesPerSecond: size / (run.wallMs / 1000),
    peakRssMb: run.peakRssMb,
    cpuMs: run.cpuMs,
    workers: run.workers,
    indexLoadMs: run.indexLoadMs,
    corpusFile,
  };
}

function countEvents(run: CliRun): number {
  return Number(/^events: (\d+)/m.exec(run.stderr)?.[1] ?? NaN);
}

/** Rebuilds per kind of change: enough for a median, each on a loaded machine varying ~2x. */
export const INCREMENTAL_RUNS = 3;

export interface IncrementalPaths {
  articles: string;
  cacheDir: string;
  out: string;
}

/** The CLI's flags for these paths. */
export function pathArgs(paths: IncrementalPaths): string[] {
  return ['--articles', paths.articles, '--out', paths.out, '--cache-dir', paths.cacheDir];
}

/**
 * Rebuilds against a built corpus's cache, `runs` times each: nothing changed, one article edited
 * (a different edit each time, so each run has one article to process), one article added; then
 * the two changes again for a `--watch` process (benchWatch.ts).
 * Figures are medians; `size` is the number of articles already in the folder.
 */
export async function benchIncremental(
  workDir: string | IncrementalPaths,
  size: number,
  names: PlaceNames,
  log: (line: string) => void,
  runs = INCREMENTAL_RUNS,
): Promise<IncrementalFigures[]> {
  const paths =
    typeof workDir === 'string'
      ? {
          articles: path.join(workDir, `articles-${size}`),
          cacheDir: path.join(workDir, `article-cache-${size}-cold`),
          out: path.join(workDir, `corpus-${size}-incremental.json`),
        }
      : workDir;
  const rebuild = async (label: string): Promise<CliRun> => {
    log(`pipeline: incremental rebuild of ${size} articles, ${label}`);
    return runCli(pathArgs(paths));
  };
  const repeat = async (label: string, change: (n: number) => Promise<void>) => {
    const samples: CliRun[] = [];
    for (let n = 0; n < runs; n++) {
      await change(n);
      samples.push(await rebuild(`${label} (${n + 1}/${runs})`));
    }
    return summariseRuns(label, samples);
  };
  // The first rebuild after another build of the same folder: it may have to write the corpus.
  await rebuild('settling');
  const added = Date.now() % 100_000;
  return [
    await repeat('nothing changed', async () => {}),
    await repeat('one article changed', (n) =>
      appendFile(
        path.join(paths.articles, 'syn_000007.txt'),
        `\nA late correction (${added}.${n}): the convoy reached Aleppo on 3 May 2015.\n`,
      ),
    ),
    await repeat('one article added', (n) =>
      writeSyntheticArticles(paths.articles, 1, names, size + added * 10 + n),
    ),
    // The same changes to a `--watch` process, which keeps the gazetteer and the cache loaded.
    ...(await benchWatch(paths, size, names, log, runs)),
  ];
}

/** Medians of wall and CPU time (each run's own), with every sample kept for the record. */
function summariseRuns(label: string, samples: readonly CliRun[]): IncrementalFigures {
  const last = samples.at(-1) as CliRun;
  return {
    label,
    wallMs: median(samples.map((r) => r.wallMs)),
    processed: last.processed,
    cached: last.cached,
    peakRssMb: median(samples.map((r) => r.peakRssMb)),
    cpuMs: median(samples.map((r) => r.cpuMs)),
    wallSamplesMs: samples.map((r) => Math.round(r.wallMs)),
    cpuSamplesMs: samples.map((r) => r.cpuMs),
  };
}
