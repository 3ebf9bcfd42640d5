/**
 * The stage code (stages.ts, and the worker body articleWorker.ts) and the assembly code
 * (assembly.ts) bundled by esbuild into one plain JavaScript file each, cached under the cache folder, so that processing even one article
 * does not pay tsx's loader once per module. Under `tsx` every import goes through its hooks on
 * another thread: the geoparser and events stage are ~1,100 modules (compromise, chrono-node,
 * date-fns, zod and our own), which took 5.9–7.9 s to import against 0.7–1.9 s for the bundle on
 * the loaded bench machine. A worker started on the bundle needs no tsx at all.
 *
 * The bundle's name is a hash of everything that goes into it: our sources (the caller's
 * fingerprint, which must cover the stage and assembly code), the shared code, the lockfile
 * (package versions) and esbuild's version. It is
 * written to a temporary folder and renamed into place, so a killed build leaves none or a whole
 * one. When esbuild cannot be loaded or the build fails, the caller falls back to the TypeScript
 * modules: slower, same results.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installedVersion } from '../io/installedVersion.ts';

export interface StageBundle {
  /** stages.ts, bundled. */
  stages: URL;
  /** assembly.ts, bundled. */
  assembly: URL;
  /** articleWorker.ts, bundled: start it with a plain `new Worker(url)`. */
  worker: URL;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../../..');
const ENTRIES = {
  stages: 'stages.ts',
  assembly: 'assembly.ts',
  articleWorker: 'articleWorker.ts',
} as const;
const PREFIX = 'stages-';

/**
 * The bundle for this code, built if missing; null (with a log line) when it cannot be built.
 * `dir` must lie inside the project, so the bundle's run-time `require`s find node_modules.
 */
export async function stageBundle(
  dir: string,
  codeVersion: string,
  log: (line: string) => void,
): Promise<StageBundle | null> {
  // esbuild's version from its package file: importing esbuild (~45 ms) is needed only to build.
  let esbuildVersion: string;
  try {
    esbuildVersion = installedVersion('esbuild');
  } catch (error) {
    log(`stage bundle: esbuild unavailable (${(error as Error).message}); loading the sources`);
    return null;
  }
  const out = bundleDir(dir, codeVersion, esbuildVersion);
  const bundle = bundleIn(out);
  if (existsSync(out)) return bundle;
  const started = performance.now();
  const temp = `${out}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const esbuild = await import('esbuild');
    if (esbuild.version !== esbuildVersion) {
      throw new Error(`esbuild ${esbuild.version} loaded, but ${esbuildVersion} is installed`);
    }
    await esbuild.build({
      entryPoints: Object.entries(ENTRIES).map(([name, file]) => ({
        in: path.join(here, file),
        out: name,
      })),
      outdir: temp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // Packages that call require() (CommonJS inside the bundle) get one that resolves from the
      // bundle's folder, inside the project, to the same node_modules.
      banner: {
        js: "import { createRequire as __chronomapCreateRequire } from 'node:module'; const require = __chronomapCreateRequire(import.meta.url);",
      },
    });
    try {
      renameSync(temp, out);
    } catch (error) {
      // Another run finished the same bundle first: use it.
      if (!existsSync(out)) throw error;
    }
  } catch (error) {
    log(`stage bundle: could not build (${(error as Error).message}); loading the sources`);
    return null;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  removeOtherBundles(dir, out);
  log(`stage bundle: built in ${Math.round(performance.now() - started)} ms`);
  return bundle;
}

/** The bundle for this code if it is built already (no esbuild needed), else null. */
export function existingStageBundle(dir: string, codeVersion: string): StageBundle | null {
  try {
    const out = bundleDir(dir, codeVersion, installedVersion('esbuild'));
    return existsSync(out) ? bundleIn(out) : null;
  } catch {
    return null;
  }
}

function bundleDir(dir: string, codeVersion: string, esbuildVersion: string): string {
  return path.join(dir, `${PREFIX}${bundleKey(codeVersion, esbuildVersion)}`);
}

function bundleIn(out: string): StageBundle {
  return {
    stages: pathToFileURL(path.join(out, 'stages.mjs')),
    assembly: pathToFileURL(path.join(out, 'assembly.mjs')),
    worker: pathToFileURL(path.join(out, 'articleWorker.mjs')),
  };
}

/** Changes with any input of the bundle: our code, the packages' versions, esbuild's version. */
function bundleKey(codeVersion: string, esbuildVersion: string): string {
  const hash = createHash('sha256');
  hash.update(`code ${codeVersion}\nesbuild ${esbuildVersion}\n`);
  // The entries themselves, the worker's messages, and the shared code.
  for (const file of [
    ...Object.values(ENTRIES).map((f) => path.join(here, f)),
    path.join(here, 'messages.ts'),
    ...tsFiles(path.join(projectRoot, 'src', 'shared')),
  ]) {
    hash.update(`${path.relative(projectRoot, file)}\n`);
    hash.update(readFileSync(file));
  }
  for (const lockfile of ['package-lock.json', 'node_modules/.package-lock.json']) {
    try {
      hash.update(readFileSync(path.join(projectRoot, lockfile)));
      break;
    } catch {
      // Try the next one; with neither, package updates are not seen (the fingerprint still
      // covers the gazetteer's packages).
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Bundles of other code versions are never loaded again. */
function removeOtherBundles(dir: string, keep: string): void {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name.startsWith(PREFIX) && full !== keep && !name.includes('.tmp-')) {
      rmSync(full, { recursive: true, force: true });
    }
  }
}
