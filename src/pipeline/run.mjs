// @ts-check: plain JavaScript (it runs before anything could transpile), type-checked by tsc.
/**
 * `npm run data`: runs the pipeline's CLI (cli.ts) from a bundle of it, made by esbuild once per
 * version of the code, so a run does not start tsx and transpile each of its modules (about 0.3 s
 * of tsx's own start-up, plus ~0.1–0.5 s of loading modules through its hooks, of a rebuild that
 * otherwise takes a second or two). Plain JavaScript, as it runs before anything could transpile.
 *
 * The bundle's name is a hash of every source file under src/pipeline and src/shared, of the
 * lockfile and of this file, so a change to any of them makes a new one; it is written to a
 * temporary folder and renamed into place, so a killed build leaves none or a whole one. Modules
 * loaded on demand stay separate chunks, loaded only when a run needs them, as under tsx. Each
 * module keeps its own `import.meta.url` (the source file's), so paths it finds from there are as
 * under tsx. When esbuild is missing or the build fails, the CLI runs under tsx as before.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const bundles = path.join(root, '.cache', 'cli');

/** The CLI's bundle (built if missing), or null when it cannot be built. */
async function cliBundle() {
  const out = path.join(bundles, `cli-${bundleKey()}`);
  const entry = pathToFileURL(path.join(out, 'cli.mjs'));
  if (existsSync(out)) return entry;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const temp = `${out}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await esbuild.build({
      entryPoints: [path.join(here, 'cli.ts')],
      outdir: temp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      plugins: [externalPackages(), ownUrls(esbuild)],
    });
    try {
      renameSync(temp, out);
    } catch (error) {
      // Another run finished the same bundle first: use it.
      if (!existsSync(out)) throw error;
    }
  } catch (error) {
    process.stderr.write(
      `cli bundle: could not build (${error instanceof Error ? error.message : String(error)}); running under tsx\n`,
    );
    return null;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  for (const name of readdirSync(bundles)) {
    const full = path.join(bundles, name);
    if (full !== out && !name.includes('.tmp-')) rmSync(full, { recursive: true, force: true });
  }
  return entry;
}

/**
 * Packages stay external (loaded from node_modules at run time), but for the pure ESM ones whose
 * index re-exports hundreds of files: bundled, only what is used is kept. date-fns and zod, which
 * the sidecar check of one changed article needs, took ~0.25 s to import file by file.
 * @returns {import('esbuild').Plugin}
 */
function externalPackages() {
  const bundled = new Set(['date-fns', 'zod']);
  return {
    name: 'external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.startsWith('@')
          ? args.path.split('/').slice(0, 2).join('/')
          : (args.path.split('/')[0] ?? args.path);
        return bundled.has(name) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

/**
 * Each source module sees its own file's URL as `import.meta.url`, not the bundle's.
 * @param {typeof import('esbuild')} esbuild
 * @returns {import('esbuild').Plugin}
 */
function ownUrls(esbuild) {
  return {
    name: 'own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const { code } = await esbuild.transform(readFileSync(args.path, 'utf8'), {
          loader: 'ts',
          format: 'esm',
          target: 'node20',
          sourcefile: args.path,
          define: { 'import.meta.url': JSON.stringify(pathToFileURL(args.path).href) },
        });
        return { contents: code, loader: 'js' };
      });
    },
  };
}

/** Changes with any source the bundle could hold, the packages' versions, and this file. */
function bundleKey() {
  const hash = createHash('sha256');
  const files = [fileURLToPath(import.meta.url)];
  for (const dir of ['src/pipeline', 'src/shared']) {
    for (const name of readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      files.push(path.join(root, dir, name));
    }
  }
  files.push(path.join(root, 'package-lock.json'));
  for (const file of files.sort()) {
    hash.update(`${path.relative(root, file)}\n`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(none)');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

const bundle = await cliBundle();
if (bundle) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
