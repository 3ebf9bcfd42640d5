/**
 * One pipeline run, start to finish: read the articles, geoparse them and find their events,
 * assemble and write the corpus, and report. File system access is here; logging and progress are
 * passed in, so tests run the real thing quietly. Returns the process exit code.
 */
import type { CorpusFile } from '../../shared/corpusFile.ts';
import {
  ArticlesFolderError,
  isRead,
  readArticleFolder,
  type ArticleFolderView,
  type FileStamp,
  type RawArticle,
  type RawArticleFolder,
} from '../articles/readArticles.ts';
import type { ArticleCache } from '../cache/articleCache.ts';
import { articleKeys, prepareArticles } from '../cache/cachedArticles.ts';
import type { FolderManifests, ScannedFolder } from '../cache/folderManifest.ts';
import type { OutputRecords } from '../cache/outputRecord.ts';
import { describeFsError } from '../io/describeFsError.ts';
import type { Geoparser } from '../geoparse/types.ts';
import type { ProgressReporter } from '../io/progress.ts';
import { startEarly, type ParallelOptions, type ProcessAllDeps } from '../parallel/processAll.ts';
import type { ArticleWorker } from '../parallel/workerPool.ts';
import {
  doneLine,
  EXIT_CANNOT_RUN,
  EXIT_OK,
  finish,
  loadAssembly,
  processPrepared,
  stateOf,
  type Assembly,
  type Run,
} from './buildSteps.ts';

export { EXIT_CANNOT_RUN, EXIT_OK, EXIT_STRICT_FAILURE, type Assembly } from './buildSteps.ts';

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
  /**
   * What each article file's stat said when last read, and its key: the folder is then read only
   * where that changed. Only used together with `cache`, and not with `readFolder`.
   */
  manifests?: FolderManifests;
  /** Reads the articles folder (e.g. only what changed since the last read); by default all of it. */
  readFolder?: (dir: string) => RawArticleFolder;
  /**
   * The last corpus written to each output file, to splice the next build into instead of
   * assembling every article again. Only used together with `cache` (its keys).
   */
  lastBuilds?: LastBuilds;
  effects: PipelineEffects;
}

/** A corpus as a build wrote it, and the cache key of each of its articles by id. */
export interface BuildState {
  file: CorpusFile;
  keys: ReadonlyMap<string, string>;
}

export interface LastBuilds {
  /** The state of the last build of `outFile`, if there is one to splice into. */
  get(outFile: string): BuildState | null;
  /** After a build wrote `outFile`: its state, or null when it cannot be spliced into. */
  set(outFile: string, state: BuildState | null): void;
}

export async function runPipeline(options: PipelineOptions, deps: PipelineDeps): Promise<number> {
  const { log } = deps.effects;
  log(`reading articles from ${options.articlesDir}`);
  // With a cache, a one-shot run reads only the articles its folder manifest cannot vouch for.
  const manifests = deps.cache && !deps.readFolder ? deps.manifests : undefined;
  const started = performance.now();
  // An article to process: a worker loads the stage code and the gazetteer for it while this
  // thread reads the last corpus (when `parallel.earlyScript` asks for one). A scan starts it as
  // soon as it reads an article whose bytes are not those of the manifest's key, which nearly
  // always means a result to make: without loading the cache's pack (~0.1 s) to be sure.
  const early: { worker: ArticleWorker | null } = { worker: null };
  const startWorker = () => {
    early.worker ??= startEarly(deps.parallel, log);
  };
  const onRead = (article: RawArticle, lastKey: string | undefined) => {
    // No key: its sidecar cannot be read, and the article is skipped, not processed.
    const key = deps.cache?.keyOf(article) ?? null;
    if (key !== null && key !== lastKey) startWorker();
  };
  const takeEarly = () => {
    const { worker } = early;
    early.worker = null;
    return worker;
  };
  try {
    let folder: ArticleFolderView | ScannedFolder;
    try {
      folder = manifests
        ? manifests.scan(options.articlesDir, onRead)
        : (deps.readFolder ?? readArticleFolder)(options.articlesDir);
    } catch (error) {
      if (!(error instanceof ArticlesFolderError)) throw error;
      log(`error: ${error.message}`);
      return EXIT_CANNOT_RUN;
    }
    const keys = articleKeys(folder, deps.cache);
    if (!manifests && toProcess(folder, keys, deps.cache)) startWorker();
    const run = keyed({ options, deps, started, early: takeEarly }, folder, keys);
    return await build(run);
  } finally {
    // Not taken by processAll (e.g. nothing changed after all): ended unused.
    await early.worker?.terminate();
  }
}

async function build(first: Run): Promise<number> {
  let run = first;
  const { options, deps } = run;
  const { log } = deps.effects;
  const { folder, inputs, started } = run;
  const previous = inputs ? (deps.outputs?.unchanged(options.outFile, inputs) ?? null) : null;
  if (previous && !(options.strict && previous.skipped > 0)) {
    for (const line of previous.lines) log(line);
    log(`unchanged: the inputs and ${options.outFile} are as the last build left them`);
    log(doneLine({ parsed: 0, cached: folder.articles.length, workers: 0 }, started));
    return EXIT_OK;
  }
  const last = deps.cache ? (deps.lastBuilds?.get(options.outFile) ?? null) : null;
  if (last) {
    const code = await spliceBuild(run, last);
    if (code !== null) return code;
  }
  if (folder.articles.some((a) => !isRead(a))) {
    // A full build needs every article's text: read the folder whole after all.
    try {
      const stamps = new Map<string, FileStamp>();
      const readAt = Date.now();
      const whole = readArticleFolder(options.articlesDir, stamps);
      run = keyed(run, { ...whole, stamps, readAt });
    } catch (error) {
      if (!(error instanceof ArticlesFolderError)) throw error;
      log(`error: ${error.message}`);
      return EXIT_CANNOT_RUN;
    }
  }
  return fullBuild(run);
}

/** Whether some article read is not in the cache (or there is none): it must be processed. */
function toProcess(
  folder: ArticleFolderView,
  keys: readonly (string | null)[],
  cache: ArticleCache | undefined,
): boolean {
  return folder.articles.some((a, i) => {
    const key = keys[i];
    return isRead(a) && !(cache && key && cache.has(key));
  });
}

/** The run with this folder, its articles' keys and the digest of its inputs. */
function keyed(
  run: Pick<Run, 'options' | 'deps' | 'started' | 'early'>,
  folder: ArticleFolderView | ScannedFolder,
  keys = articleKeys(folder, run.deps.cache),
): Run {
  const { deps, options } = run;
  if ('stamps' in folder && deps.manifests) {
    try {
      deps.manifests.save(options.articlesDir, folder, keys);
    } catch (error) {
      // A manifest that cannot be written costs the next run a full read, not this run its corpus.
      deps.effects.log(`article cache: could not record the folder: ${describeFsError(error)}`);
    }
  }
  const inputs = deps.cache && deps.outputs ? deps.outputs.inputsDigest(folder, keys) : null;
  return { ...run, folder, keys, inputs };
}

/** Every article's result (cached or made now), assembled into the corpus. */
async function fullBuild(run: Run): Promise<number> {
  const { options, deps, keys } = run;
  const { log } = deps.effects;
  const articles = run.folder.articles.filter(isRead);
  if (articles.length !== run.folder.articles.length) throw new Error('fullBuild: unread articles');
  const folder: RawArticleFolder = { articles, skipped: run.folder.skipped };
  const prepared = await prepareArticles(folder, deps.cache, keys);
  if (prepared.articles.length === 0) {
    for (const s of prepared.skipped) log(`skipped ${s.file}: ${s.reason}`);
    const found =
      prepared.skipped.length === 0
        ? 'no .txt files'
        : `${prepared.skipped.length} .txt files, all skipped`;
    log(`error: no articles to build a corpus from in ${options.articlesDir} (${found})`);
    return EXIT_CANNOT_RUN;
  }
  const results = await processPrepared(run, prepared);
  if (typeof results === 'number') return results;
  const { processed, skipped, stats } = results;
  if (processed.length === 0) {
    // Every readable article was refused by the stages: as with none at all, write nothing.
    for (const s of skipped) log(`skipped ${s.file}: ${s.reason}`);
    log(`error: no article in ${options.articlesDir} could be processed`);
    return EXIT_CANNOT_RUN;
  }
  const assembly = await loadAssembly(deps);
  const file = assembly.packChecked(assembly.assembleCorpus(processed));
  const state = deps.cache && assembly.canSplice(processed) ? stateOf(file, prepared) : null;
  return finish(run, { file, skipped, stats, state });
}

/**
 * The last build's corpus with only the articles that changed, came or went since redone: the
 * unchanged ones are neither decoded from the cache nor assembled again. Null when the splice
 * does not fit (spliceCorpus.ts): the caller builds in full, finding this run's results cached.
 */
async function spliceBuild(run: Run, last: BuildState): Promise<number | null> {
  const { deps, folder, keys } = run;
  const { log } = deps.effects;
  const kept = new Set<string>();
  const changed: RawArticleFolder = { articles: [], skipped: folder.skipped };
  const changedKeys: (string | null)[] = [];
  let unread = false;
  folder.articles.forEach((a, i) => {
    const key = keys[i] ?? null;
    if (key !== null && last.keys.get(a.id) === key) kept.add(a.id);
    else if (!isRead(a)) unread = true;
    else {
      changed.articles.push(a);
      changedKeys.push(key);
    }
  });
  // Not in the last build yet not read (e.g. the stages refused it then): build in full.
  if (unread) return null;
  const drop = new Set([...last.keys.keys()].filter((id) => !kept.has(id)));
  log(
    `articles: ${kept.size} as in the last build, ${changed.articles.length} changed or new, ` +
      `${drop.size} to take out`,
  );
  // Loaded (on this thread) while the changed articles are processed (on a worker started early).
  const assemblyLoad = loadAssembly(deps);
  assemblyLoad.catch(() => {}); // awaited below, unless processing fails first
  const prepared = await prepareArticles(changed, deps.cache, changedKeys);
  const results = await processPrepared(run, prepared);
  if (typeof results === 'number') return results;
  const { processed, skipped, stats } = results;
  const assembly = await assemblyLoad;
  let file: CorpusFile | null = null;
  if (assembly.canSplice(processed)) {
    const added = assembly.packChecked(assembly.assembleCorpus(processed));
    try {
      file = assembly.spliceCorpus(last.file, drop, added);
      // Checked whole, as a full build's file is: the kept part came from disk.
      if (file && file.articles.length > 0) file = assembly.checked(file);
      else file = null;
    } catch (error) {
      log(`splice: ${(error as Error).message}`);
      file = null;
    }
  }
  if (!file) {
    log('splice: the changes do not fit the last build; building in full');
    return null;
  }
  const state = stateOf(file, prepared, last, drop);
  return finish(run, {
    file,
    skipped,
    stats: { ...stats, cached: stats.cached + kept.size },
    state,
  });
}
