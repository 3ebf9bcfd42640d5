/**
 * `npm run bench`: Chronomap's figures at scale, printed as a table and written to
 * bench/results/latest.json. Not part of `npm test`: timings belong here, never in unit tests.
 *
 * Flags: --sizes 100,1000,10000 (articles for the pipeline; the app is measured on the corpora
 * they make, about 11 events per article), --skip-app, --skip-pipeline (reuse the corpora of an
 * earlier run), --skip-cold-index (the cold gazetteer build takes half a minute),
 * --compare-serial (also build the largest size on one thread, to see what the workers buy).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchApp, buildApp } from './app/benchApp.ts';
import { benchIndexLoad } from './pipeline/benchIndexLoad.ts';
import { benchPipeline } from './pipeline/benchPipeline.ts';
import { formatTable, tableRows, type BenchResults } from './report.ts';
import { gazetteerPlaceNames } from './synthetic/placeNames.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    'skip-app': { type: 'boolean', default: false },
    'skip-pipeline': { type: 'boolean', default: false },
    'skip-cold-index': { type: 'boolean', default: false },
    'compare-serial': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((n) => {
  const size = Number(n);
  if (!Number.isInteger(size) || size < 1) throw new Error(`--sizes: not a whole number: "${n}"`);
  return size;
});

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const workDir = path.join(os.tmpdir(), 'chronomap-bench');
mkdirSync(workDir, { recursive: true });
const resultsDir = path.join(import.meta.dirname, 'results');

const results: BenchResults = {
  startedAt: new Date().toISOString(),
  machine: { cpus: os.availableParallelism(), node: process.version, loadAverage: os.loadavg() },
  indexLoad: null,
  pipeline: null,
  app: null,
};

mkdirSync(resultsDir, { recursive: true });
const out = path.join(resultsDir, 'latest.json');
/** Written after each section, so a failure late in a long run keeps the figures before it. */
const save = () => {
  results.machine.loadAverage = os.loadavg();
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
};

if (!values['skip-pipeline']) {
  log(`gazetteer index load (${values['skip-cold-index'] ? 'warm only' : 'cold and warm'})`);
  results.indexLoad = benchIndexLoad(workDir, !values['skip-cold-index']);
  save();
  log('reading place names for the synthetic articles from the gazetteer');
  const names = gazetteerPlaceNames();
  results.pipeline = await benchPipeline(
    workDir,
    sizes,
    names,
    log,
    values['compare-serial'] ? Math.max(...sizes) : null,
  );
  save();
}

if (!values['skip-app']) {
  const corpora = sizes
    .map((size) => ({ size, file: path.join(workDir, `corpus-${size}.json`) }))
    .filter(({ size, file }) => {
      if (existsSync(file)) return true;
      log(`app: no corpus for ${size} articles (run without --skip-pipeline first); skipped`);
      return false;
    })
    .map(({ size, file }) => ({ label: `${size} articles`, file }));
  log('app: production build');
  const distDir = path.join(workDir, 'dist');
  buildApp(distDir);
  results.app = await benchApp(distDir, corpora, log);
}

save();
process.stdout.write(`${formatTable(tableRows(results))}\n\n`);
process.stdout.write(
  `machine: ${results.machine.cpus} cores, Node ${results.machine.node}, load average ${results.machine.loadAverage
    .map((n) => n.toFixed(1))
    .join(
      ' ',
    )} (figures are wall-clock; other load on the machine inflates them)\nwritten: ${out}\n`,
);
