/**
 * `npm run data`: builds public/data/corpus.json from the articles in seeds/ (or any folder).
 * Logs and the report go to stderr; stdout carries only --help.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { removeUnfinishedTempFiles } from './io/writeFileAtomic.ts';
import type { Geoparser } from './geoparse/types.ts';
import type { StageBundle } from './parallel/stageBundle.ts';

type StagesModule = typeof import('./parallel/stages.ts');
type Assembly = typeof import('./parallel/assembly.ts');

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_ARTICLES = path.join(projectRoot, 'seeds');
const DEFAULT_OUT = path.join(projectRoot, 'public', 'data', 'corpus.json');
// loadGeoparser's defaults, restated rather than imported: importing that module loads the whole
// geoparser's code (2.3 s on the bench machine), which a rebuild served from the cache never runs.
const DEFAULT_CACHE_DIR = path.join(projectRoot, '.cache');
const DEFAULT_ADDITIONS_FILE = path.join(projectRoot, 'gazetteer', 'additions.json');

/**
 * Below this many articles to process, one thread is faster. Workers now start on the stage
 * bundle without tsx (about 1 s each to load the code and the gazetteer index, the second once
 * the first is ready), but 1,000 articles still took 5.3 s on one thread against 6.3 s on two
 * workers (load average 3 on the 2-core bench machine), so the threshold stays where it was.
 */
const MIN_ARTICLES_FOR_WORKERS = 2000;

const USAGE = `Usage: npm run data -- [--articles DIR] [--out FILE] [--strict] [--watch]

Geoparses the .txt articles in DIR (each with an optional <id>.meta.json sidecar) and writes the
corpus the app reads.

Options:
  -a, --articles DIR  folder of .txt articles (default: seeds/)
  -o, --out FILE      corpus file to write (default: public/data/corpus.json)
      --strict        fail (exit 1) if any article is skipped, and write nothing
      --workers N     worker threads for large runs (default: one per core; 0 for none)
      --no-cache      process every article, ignoring and not updating the article cache
      --cache-dir DIR where per-article results are cached (default: .cache/articles)
      --watch         after the build, rebuild whenever an article or sidecar in DIR changes,
                      reading only the files that changed and splicing them into the corpus
                      kept in memory (one article changed of 10,000: the corpus written 1-1.3 s
                      after the file, the 250 ms quiet spell included, on a busy 2-core
                      machine); Ctrl-C to stop
  -h, --help          show this help

Exit codes: 0 done (skipped articles are reported, not fatal); 1 --strict and something was
skipped; 2 bad arguments, missing folder, no readable articles, or the output cannot be written.
`;

/** As in runPipeline.ts, which is imported only once the arguments are known to be good. */
const EXIT_CANNOT_RUN = 2;

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        articles: { type: 'string', short: 'a' },
        out: { type: 'string', short: 'o' },
        strict: { type: 'boolean', default: false },
        workers: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'cache-dir': { type: 'string' },
        watch: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    log(`error: ${(error as Error).message}`);
    process.stderr.write(`\n${USAGE}`);
    return EXIT_CANNOT_RUN;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0) {
    log(`error: --workers expects a whole number of threads, got "${values.workers}"`);
    return EXIT_CANNOT_RUN;
  }
  // Imported on demand so --help and argument errors answer at once.
  const [
    { runPipeline },
    { createDiskCache },
    { createOutputRecords },
    { assemblyVersion, pipelineVersion },
    { createProgress },
    { lastBuildsInMemory, lastBuildsOnDisk },
    { folderReader },
    { createFolderManifests },
    { existingStageBundle },
    { indexCacheKey },
  ] = await Promise.all([
    import('./corpus/runPipeline.ts'),
    import('./cache/articleCache.ts'),
    import('./cache/outputRecord.ts'),
    import('./cache/pipelineVersion.ts'),
    import('./io/progress.ts'),
    import('./cache/lastBuilds.ts'),
    import('./articles/folderReader.ts'),
    import('./cache/folderManifest.ts'),
    import('./parallel/stageBundle.ts'),
    import('./gazetteer/loadGazetteerIndex.ts'),
  ]);
  // Named explicitly, so the geoparser (here and in workers) reads the files the cache key hashed.
  const geoparserFiles = {
    cacheDir: DEFAULT_CACHE_DIR,
    additionsFile: DEFAULT_ADDITIONS_FILE,
    indexKey: indexCacheKey(),
  };
  const cacheDir = values['cache-dir']
    ? path.resolve(values['cache-dir'])
    : path.join(DEFAULT_CACHE_DIR, 'articles');
  const stages = pipelineVersion(DEFAULT_ADDITIONS_FILE);
  // Covers the stage code too: the fingerprint of the bundle and of the output records.
  const assembly = assemblyVersion(stages);
  const useCache = !values['no-cache'];
  // The stage code is loaded from its bundle (built on first need) and only if an article needs it.
  const stagesDir = path.join(DEFAULT_CACHE_DIR, 'stages');
  let bundle: Promise<StageBundle | null> | undefined;
  const stageBundleOnce = () =>
    (bundle ??= import('./parallel/stageBundle.ts').then(({ stageBundle }) =>
      stageBundle(stagesDir, assembly, log),
    ));
  /** A module from the bundle when there is one that loads, else from the TypeScript sources. */
  const fromBundle = async <T>(
    entry: (built: StageBundle) => URL,
    sources: () => Promise<T>,
  ): Promise<T> => {
    const built = await stageBundleOnce();
    if (built) {
      try {
        // The bundle of the same source module: the same exports, typed by that module.
        return (await import(entry(built).href)) as T;
      } catch (error) {
        log(`stage bundle: could not load (${(error as Error).message}); loading the sources`);
      }
    }
    return sources();
  };
  const loadStages = (): Promise<StagesModule> =>
    fromBundle(
      (b) => b.stages,
      () => import('./parallel/stages.ts'),
    );
  const loadAssembly = (): Promise<Assembly> =>
    fromBundle(
      (b) => b.assembly,
      () => import('./parallel/assembly.ts'),
    );
  // Once per process: a --watch rebuild reuses the loaded gazetteer.
  let geoparser: Promise<Geoparser> | undefined;
  const diskCache = useCache ? createDiskCache(cacheDir, stages, { log }) : undefined;
  const options = {
    articlesDir: values.articles ? path.resolve(values.articles) : DEFAULT_ARTICLES,
    outFile: values.out ? path.resolve(values.out) : DEFAULT_OUT,
    strict: values.strict,
  };
  const outputs = useCache
    ? createOutputRecords(path.join(cacheDir, 'outputs'), assembly)
    : undefined;
  // A build splices its changes into the last corpus written, found through its output record; in
  // a --watch process that corpus stays in memory, and each build reads only what changed.
  const onDisk = outputs && lastBuildsOnDisk(outputs);
  const lastBuilds = values.watch ? lastBuildsInMemory(onDisk) : onDisk;
  const reader = values.watch ? folderReader() : undefined;
  const build = () =>
    runPipeline(options, {
      loadGeoparser: () =>
        (geoparser ??= loadStages().then((s) => s.loadGeoparser({ log, ...geoparserFiles }))),
      loadStage: async () => (await loadStages()).tryProcessArticle,
      loadAssembly,
      cache: diskCache,
      lastBuilds,
      // A one-shot run reads only the files whose stat changed since the last; --watch its own way.
      manifests: useCache ? createFolderManifests(cacheDir, stages) : undefined,
      readFolder: reader && ((dir) => reader.read(dir)),
      outputs,
      parallel: {
        workers,
        minArticles: MIN_ARTICLES_FOR_WORKERS,
        setup: geoparserFiles,
        workerScript: async () => (await stageBundleOnce())?.worker ?? null,
        // A --watch process keeps the geoparser on this thread, loaded once for every rebuild.
        // Without a bundle built already, the run builds it and processes as it would without.
        earlyScript: values.watch
          ? undefined
          : () => existingStageBundle(stagesDir, assembly)?.worker ?? null,
      },
      effects: { log, progress: (total) => createProgress(total, process.stderr, log) },
    });
  const code = await build();
  if (!values.watch) return code;
  const { watchFolder } = await import('./io/watchFolder.ts');
  try {
    watchFolder(
      options.articlesDir,
      async (changed) => {
        log(`change in ${options.articlesDir}: rebuilding`);
        reader?.changed(changed);
        await build();
      },
      { relevant: (name) => name.endsWith('.txt') || name.endsWith('.meta.json'), log },
    );
  } catch (error) {
    log(`error: cannot watch ${options.articlesDir}: ${(error as Error).message}`);
    return EXIT_CANNOT_RUN;
  }
  log(`watching ${options.articlesDir} for changes (Ctrl-C to stop)`);
  // Never settles: the watcher keeps the process alive until Ctrl-C.
  return new Promise<number>(() => undefined);
}

// Ctrl-C mid-write: the old corpus is untouched (the write is atomic), and the half-written
// temporary file goes too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    removeUnfinishedTempFiles();
    log(`interrupted (${signal}); the corpus file was not changed`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
