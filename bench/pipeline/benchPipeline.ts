/**
 * Pipeline figures on synthetic corpora: a cold build at each size (empty article cache, the
 * real CLI in its own process), a serial run for comparison at one size, and incremental
 * rebuilds of the largest corpus (nothing changed, one article changed, one article added).
 */
import { appendFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeSyntheticArticles } from '../synthetic/generateArticles.ts';
import type { PlaceNames } from '../synthetic/placeNames.ts';
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
  wallMs: number;
  processed: number;
  cached: number;
  peakRssMb: number;
  cpuMs: number;
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

/** Rebuilds against the cold build's cache: unchanged, one article edited, one article added. */
async function benchIncremental(
  workDir: string,
  size: number,
  names: PlaceNames,
  log: (line: string) => void,
): Promise<IncrementalFigures[]> {
  const articles = path.join(workDir, `articles-${size}`);
  const cacheDir = path.join(workDir, `article-cache-${size}-cold`);
  const out = path.join(workDir, `corpus-${size}-incremental.json`);
  const rebuild = async (label: string): Promise<IncrementalFigures> => {
    log(`pipeline: incremental rebuild of ${size} articles, ${label}`);
    const run = await runCli(['--articles', articles, '--out', out, '--cache-dir', cacheDir]);
    return {
      label,
      wallMs: run.wallMs,
      processed: run.processed,
      cached: run.cached,
      peakRssMb: run.peakRssMb,
      cpuMs: run.cpuMs,
    };
  };
  const figures = [await rebuild('nothing changed')];
  await appendFile(
    path.join(articles, 'syn_000007.txt'),
    '\nA late correction: the convoy reached Aleppo on 3 May 2015.\n',
  );
  figures.push(await rebuild('one article changed'));
  await writeSyntheticArticles(articles, 1, names, size);
  figures.push(await rebuild('one article added'));
  return figures;
}
