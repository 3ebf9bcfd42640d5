/**
 * Vitest global setup: builds the gazetteer index cache once, before any test file loads the
 * geoparser, so parallel test files do not each spend half a minute building it.
 */
import { DEFAULT_CACHE_DIR } from '../geoparse/loadGeoparser.ts';
import { loadGazetteerIndex } from '../gazetteer/loadGazetteerIndex.ts';

export default function setup(): void {
  loadGazetteerIndex(DEFAULT_CACHE_DIR, (line) => process.stderr.write(`${line}\n`));
}
