/** Cold (built from the sources) and warm (read from its cache) gazetteer-index load times. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CACHE_DIR } from '../../src/pipeline/geoparse/loadGeoparser.ts';

export interface IndexLoadFigures {
  coldMs: number | null;
  warmMs: number;
  warmPeakRssMb: number;
  places: number;
}

interface OneLoad {
  ms: number;
  built: boolean;
  places: number;
  peakRssMb: number;
}

function loadOnce(cacheDir: string): OneLoad {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'loadIndexOnce.ts'), cacheDir],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as OneLoad;
}

/** With `cold`, builds the index into an empty folder first (half a minute). */
export function benchIndexLoad(workDir: string, cold: boolean): IndexLoadFigures {
  let coldMs: number | null = null;
  let cacheDir = DEFAULT_CACHE_DIR;
  if (cold) {
    cacheDir = mkdtempSync(path.join(workDir, 'index-cache-'));
    const first = loadOnce(cacheDir);
    if (!first.built) throw new Error('the cold index load did not build the index');
    coldMs = first.ms;
  }
  let warm = loadOnce(cacheDir);
  // A fresh clone has no index cache yet: the first load built it, so time a second one.
  if (warm.built) warm = loadOnce(cacheDir);
  if (cold) rmSync(cacheDir, { recursive: true, force: true });
  return { coldMs, warmMs: warm.ms, warmPeakRssMb: warm.peakRssMb, places: warm.places };
}
