/**
 * The steps both kinds of build share (runPipeline.ts): getting the prepared articles' results,
 * and reporting and writing the corpus file with what the next build needs to splice into it.
 */
import { createHash } from 'node:crypto';
import type { CorpusFile } from '../../shared/corpusFile.ts';
import type { ArticleFolderView, SkippedFile } from '../articles/readArticles.ts';
import { storeFresh, type PreparedArticles } from '../cache/cachedArticles.ts';
import { describeFsError } from '../io/describeFsError.ts';
import { ensureOutputFolder, OutputWriteError, writeFileAtomic } from '../io/writeFileAtomic.ts';
import { processAll } from '../parallel/processAll.ts';
import type { ArticleWorker } from '../parallel/workerPool.ts';
import { formatReport, summarise } from '../report.ts';
import type { ProcessedArticle } from './assembleCorpus.ts';
import type { BuildState, PipelineDeps, PipelineOptions } from './runPipeline.ts';

/** What a build needs to turn results into the corpus file. */
export type Assembly = typeof import('../parallel/assembly.ts');

export const EXIT_OK = 0;
/** --strict and there were warnings. */
export const EXIT_STRICT_FAILURE = 1;
/** Nothing sensible could be built: bad arguments, no articles, nowhere to write. */
export const EXIT_CANNOT_RUN = 2;

/** What one run has read, for the build that follows. */
export interface Run {
  options: PipelineOptions;
  deps: PipelineDeps;
  folder: ArticleFolderView;
  keys: (string | null)[];
  inputs: string | null;
  started: number;
  /** The worker started early for this run (once; then null): processAll's to use or end. */
  early: () => ArticleWorker | null;
}

export interface Results {
  processed: ProcessedArticle[];
  /** Sorted by file name: the folder's, the prepared articles' and the stages' refusals. */
  skipped: SkippedFile[];
  stats: { parsed: number; cached: number; workers: number };
}

/** Results for the prepared articles, cached or made (and cached); or an exit code. */
export async function processPrepared(
  run: Run,
  prepared: PreparedArticles,
): Promise<Results | number> {
  const { options, deps, keys } = run;
  const { log } = deps.effects;
  try {
    await ensureOutputFolder(options.outFile);
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    log(`error: ${error.message}`);
    return EXIT_CANNOT_RUN;
  }
  const { processed, failed, fresh, stats } = await processAll(prepared.articles, {
    loadGeoparser: deps.loadGeoparser,
    loadStage: deps.loadStage,
    known: prepared.known,
    early: run.early(),
    parallel: deps.parallel,
    log,
    progress: deps.effects.progress,
  });
  if (deps.cache) {
    try {
      storeFresh(deps.cache, prepared, fresh, keys);
    } catch (error) {
      // A cache that cannot be written costs the next run time, not this run its corpus.
      log(`article cache: could not store results: ${describeFsError(error)}`);
    }
  }
  const skipped = [...prepared.skipped, ...failed];
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { processed, skipped, stats };
}

export async function loadAssembly(deps: PipelineDeps): Promise<Assembly> {
  return deps.loadAssembly ? deps.loadAssembly() : import('../parallel/assembly.ts');
}

/**
 * What the next build can splice into: the file, and the key of each article in it (the prepared
 * articles' own, and those the last build's state kept).
 */
export function stateOf(
  file: CorpusFile,
  prepared: PreparedArticles,
  last?: BuildState,
  drop?: ReadonlySet<string>,
): BuildState | null {
  const keys = new Map<string, string>();
  if (last) for (const [id, key] of last.keys) if (!drop?.has(id)) keys.set(id, key);
  prepared.articles.forEach((article, i) => {
    const key = prepared.keys[i];
    if (key) keys.set(article.id, key);
  });
  // Only articles in the file: one the stages refused has a key but no record.
  const inFile = new Set(file.articles.map((a) => a.id));
  for (const id of keys.keys()) if (!inFile.has(id)) keys.delete(id);
  return keys.size === file.articles.length ? { file, keys } : null;
}

/** Reports the build, and writes the corpus unless --strict forbids it. */
export async function finish(
  run: Run,
  built: {
    file: CorpusFile;
    skipped: SkippedFile[];
    stats: Results['stats'];
    state: BuildState | null;
  },
): Promise<number> {
  const { options, deps, inputs, started } = run;
  const { log } = deps.effects;
  const { file, skipped } = built;
  const report = formatReport(summarise(file, skipped));
  if (options.strict && skipped.length > 0) {
    for (const line of report) log(line);
    log(`error: --strict and ${skipped.length} article(s) skipped; ${options.outFile} not written`);
    return EXIT_STRICT_FAILURE;
  }
  const { corpusText } = await loadAssembly(deps);
  // Encoded once, for the write and the hash (each encoded the 21 MB text again, ~40 ms).
  const bytes = Buffer.from(corpusText(file), 'utf8');
  try {
    await writeFileAtomic(options.outFile, bytes);
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    for (const line of report) log(line);
    log(`error: ${error.message}`);
    return EXIT_CANNOT_RUN;
  }
  const wrote = `wrote ${options.outFile} (${formatKilobytes(bytes.length)})`;
  for (const line of [...report, wrote]) log(line);
  deps.lastBuilds?.set(options.outFile, built.state);
  if (inputs && deps.outputs) {
    try {
      const lines = [...report, wrote];
      // The hash of what was written, not of the file now: another run may have replaced it.
      const state = built.state && {
        keys: built.state.keys,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
      deps.outputs.record(options.outFile, inputs, skipped.length, lines, state);
    } catch (error) {
      log(`article cache: could not record the output: ${describeFsError(error)}`);
    }
  }
  log(doneLine(built.stats, started));
  return EXIT_OK;
}

/** One parseable line for `npm run bench`; also tells a person where the time went. */
export function doneLine(
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
