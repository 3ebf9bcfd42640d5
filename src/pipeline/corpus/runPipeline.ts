/**
 * One pipeline run, start to finish: read the articles, geoparse them and find their events,
 * assemble and write the corpus, and report. File system access is here; logging and progress are
 * passed in, so tests run the real thing quietly. Returns the process exit code.
 */
import {
  ArticlesFolderError,
  readArticleFolder,
  type RawArticleFolder,
} from '../articles/readArticles.ts';
import type { ArticleCache } from '../cache/articleCache.ts';
import { articleKeys, prepareArticles, storeFresh } from '../cache/cachedArticles.ts';
import type { OutputRecords } from '../cache/outputRecord.ts';
import { describeFsError } from '../io/describeFsError.ts';
import type { Geoparser } from '../geoparse/types.ts';
import type { ProgressReporter } from '../io/progress.ts';
import { ensureOutputFolder, OutputWriteError, writeFileAtomic } from '../io/writeFileAtomic.ts';
import { formatReport, summarise } from '../report.ts';
import { processAll, type ParallelOptions, type ProcessAllDeps } from '../parallel/processAll.ts';

/** What a build needs to turn results into the corpus file. */
export type Assembly = typeof import('../parallel/assembly.ts');

export const EXIT_OK = 0;
/** --strict and there were warnings. */
export const EXIT_STRICT_FAILURE = 1;
/** Nothing sensible could be built: bad arguments, no articles, nowhere to write. */
export const EXIT_CANNOT_RUN = 2;

export interface PipelineOptions {
  articlesDir: string;
  outFile: string;
  /** Warnings (skipped articles) fail the run, and the corpus is not written. */
  strict: boolean;
}

export interface PipelineEffects {
  log(line: string): void;
  progress(total: number): ProgressReporter;
}

export interface PipelineDeps {
  /** Called only once there are articles to parse: loading the gazetteer takes seconds. */
  loadGeoparser(): Promise<Geoparser>;
  /** The per-article stage function (e.g. from a bundle); by default imported from its module. */
  loadStage?: ProcessAllDeps['loadStage'];
  /** The assembly and serialisation code (e.g. from a bundle); by default imported from its modules. */
  loadAssembly?: () => Promise<Assembly>;
  /** Results of earlier runs by content hash; without it every article is processed. */
  cache?: ArticleCache;
  /**
   * What earlier runs wrote, and from what: a run whose inputs match the record of an output file
   * still as it was written skips the build. Only used together with `cache` (its keys).
   */
  outputs?: OutputRecords;
  /** Worker threads for big runs; without it all work stays on this thread. */
  parallel?: ParallelOptions;
  effects: PipelineEffects;
}

export async function runPipeline(options: PipelineOptions, deps: PipelineDeps): Promise<number> {
  const { log } = deps.effects;
  log(`reading articles from ${options.articlesDir}`);
  let folder: RawArticleFolder;
  try {
    folder = readArticleFolder(options.articlesDir);
  } catch (error) {
    if (!(error instanceof ArticlesFolderError)) throw error;
    log(`error: ${error.message}`);
    return EXIT_CANNOT_RUN;
  }
  const started = performance.now();
  const keys = articleKeys(folder, deps.cache);
  const inputs = deps.cache && deps.outputs ? deps.outputs.inputsDigest(folder, keys) : null;
  const previous = inputs ? (deps.outputs?.unchanged(options.outFile, inputs) ?? null) : null;
  if (previous && !(options.strict && previous.skipped > 0)) {
    for (const line of previous.lines) log(line);
    log(`unchanged: the inputs and ${options.outFile} are as the last build left them`);
    log(doneLine({ parsed: 0, cached: folder.articles.length, workers: 0 }, started));
    return EXIT_OK;
  }
  const prepared = await prepareArticles(folder, deps.cache, keys);
  const { articles } = prepared;
  const skipped = [...prepared.skipped];
  if (articles.length === 0) {
    for (const s of skipped) log(`skipped ${s.file}: ${s.reason}`);
    const found =
      skipped.length === 0 ? 'no .txt files' : `${skipped.length} .txt files, all skipped`;
    log(`error: no articles to build a corpus from in ${options.articlesDir} (${found})`);
    return EXIT_CANNOT_RUN;
  }

  try {
    await ensureOutputFolder(options.outFile);
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    log(`error: ${error.message}`);
    return EXIT_CANNOT_RUN;
  }

  const { processed, failed, fresh, stats } = await processAll(articles, {
    loadGeoparser: deps.loadGeoparser,
    loadStage: deps.loadStage,
    known: prepared.known,
    parallel: deps.parallel,
    log,
    progress: deps.effects.progress,
  });
  if (deps.cache) {
    try {
      storeFresh(deps.cache, prepared, fresh);
    } catch (error) {
      // A cache that cannot be written costs the next run time, not this run its corpus.
      log(`article cache: could not store results: ${describeFsError(error)}`);
    }
  }
  skipped.push(...failed);
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (processed.length === 0) {
    // Every readable article was refused by the stages: as with none at all, write nothing.
    for (const s of skipped) log(`skipped ${s.file}: ${s.reason}`);
    log(`error: no article in ${options.articlesDir} could be processed`);
    return EXIT_CANNOT_RUN;
  }
  const { assembleCorpus, serializeCorpus } = deps.loadAssembly
    ? await deps.loadAssembly()
    : await import('../parallel/assembly.ts');
  const corpus = assembleCorpus(processed);
  const report = formatReport(summarise(corpus, skipped));

  if (options.strict && skipped.length > 0) {
    for (const line of report) log(line);
    log(`error: --strict and ${skipped.length} article(s) skipped; ${options.outFile} not written`);
    return EXIT_STRICT_FAILURE;
  }
  const json = serializeCorpus(corpus);
  try {
    await writeFileAtomic(options.outFile, json);
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    for (const line of report) log(line);
    log(`error: ${error.message}`);
    return EXIT_CANNOT_RUN;
  }
  const wrote = `wrote ${options.outFile} (${formatKilobytes(Buffer.byteLength(json))})`;
  for (const line of [...report, wrote]) log(line);
  if (inputs && deps.outputs) {
    try {
      deps.outputs.record(options.outFile, inputs, skipped.length, [...report, wrote]);
    } catch (error) {
      log(`article cache: could not record the output: ${describeFsError(error)}`);
    }
  }
  log(doneLine(stats, started));
  return EXIT_OK;
}

/** One parseable line for `npm run bench`; also tells a person where the time went. */
function doneLine(
  stats: { parsed: number; cached: number; workers: number },
  started: number,
): string {
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  return (
    `done: ${stats.parsed} processed, ${stats.cached} from the cache, ${stats.workers} worker threads; ` +
    `${Math.round(performance.now() - started)} ms after reading; ` +
    `CPU ${Math.round(cpuMs)} ms in all; peak memory ${Math.round(usage.maxRSS / 1024)} MB`
  );
}

function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
