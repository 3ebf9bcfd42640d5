/**
 * `tsx bench/pipeline/incremental.ts --articles DIR --cache-dir DIR --out FILE [--runs 3]`: the
 * incremental rebuild figures alone, on a folder of synthetic articles already built with that
 * cache (e.g. by `npm run bench`), without the cold builds. It changes the folder: it appends to
 * syn_000007.txt and adds articles.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gazetteerPlaceNames } from '../synthetic/placeNames.ts';
import { benchIncremental, INCREMENTAL_RUNS } from './benchPipeline.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    'cache-dir': { type: 'string' },
    out: { type: 'string' },
    runs: { type: 'string', default: String(INCREMENTAL_RUNS) },
  },
});
if (!values.articles || !values['cache-dir'] || !values.out) {
  process.stderr.write(
    'usage: incremental.ts --articles DIR --cache-dir DIR --out FILE [--runs N]\n',
  );
  process.exit(2);
}
const articles = path.resolve(values.articles);
const size = readdirSync(articles).filter((f) => f.endsWith('.txt')).length;
const log = (line: string) => process.stderr.write(`${line}\n`);
const figures = await benchIncremental(
  { articles, cacheDir: path.resolve(values['cache-dir']), out: path.resolve(values.out) },
  size,
  gazetteerPlaceNames(),
  log,
  Number(values.runs),
);
for (const f of figures) {
  log(
    `${f.label}: wall median ${(f.wallMs / 1000).toFixed(2)} s [${f.wallSamplesMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')}], ` +
      `CPU median ${(f.cpuMs / 1000).toFixed(2)} s [${f.cpuSamplesMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')}]; ` +
      `${f.processed} processed, ${f.cached} cached, peak RSS ${f.peakRssMb} MB`,
  );
}
