/**
 * Child process for the bench: loads (or, with an empty cache folder, builds) the gazetteer index
 * and prints what it cost as one JSON line. A fresh process per figure, so nothing is warm by
 * accident.
 */
import { loadGazetteerIndex } from '../../src/pipeline/gazetteer/loadGazetteerIndex.ts';

const cacheDir = process.argv[2];
if (!cacheDir) throw new Error('usage: loadIndexOnce.ts CACHE_DIR');
const { gazetteer, built, ms } = loadGazetteerIndex(cacheDir);
process.stdout.write(
  `${JSON.stringify({
    ms,
    built,
    places: gazetteer.size,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
