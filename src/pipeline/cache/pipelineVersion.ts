/**
 * A fingerprint of everything that decides what one article becomes: the code of the stages, the
 * packages they run (by installed version), the gazetteer sources and the project's additions. A cached result made under another fingerprint
 * is never used, so nobody has to remember to bump a version when the geoparser changes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexCacheKey } from '../gazetteer/loadGazetteerIndex.ts';
import { installedVersion } from '../io/installedVersion.ts';

const pipelineDir = fileURLToPath(new URL('../', import.meta.url));
const sharedDir = fileURLToPath(new URL('../../shared/', import.meta.url));

/** The source folders (and files) whose code runs inside `processArticle`. */
const STAGE_SOURCES = [
  'geoparse',
  'gazetteer',
  'lexicon',
  'events',
  'corpus/processArticle.ts',
  'corpus/articleLimits.ts',
  // The cache keeps what the sidecar check and the headline rule made of each article too.
  'articles',
];

/**
 * The packages whose code runs inside `processArticle` (the gazetteer's sources are in the index
 * key; compromise's words are copied into lexicon/, a source above): an upgrade may change what
 * an article becomes, so it makes a new fingerprint.
 */
export const STAGE_PACKAGES = ['chrono-node', 'date-fns', 'zod'];

/** Bumped by hand only for changes the sources above cannot show (e.g. the cache's own layout). */
export const CACHE_FORMAT = 2;

/** `versionOf` finds a package's installed version (replaceable in tests). */
export function pipelineVersion(
  additionsFile: string,
  versionOf: (name: string) => string = installedVersion,
): string {
  const hash = createHash('sha256');
  hash.update(`format ${CACHE_FORMAT}\n${indexCacheKey()}\n`);
  for (const name of STAGE_PACKAGES) hash.update(`${name}@${versionOf(name)}\n`);
  for (const file of sourceFiles(STAGE_SOURCES)) {
    hash.update(`${path.relative(pipelineDir, file)}\n`);
    hash.update(readFileSync(file));
  }
  hash.update('additions\n');
  try {
    hash.update(readFileSync(additionsFile));
  } catch {
    // No additions file: the geoparser runs without one, and so does the fingerprint.
    hash.update('(none)');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The .ts files under `entries` of `root`, in a fixed order, tests excluded (they change no output). */
function sourceFiles(entries: readonly string[], root = pipelineDir): string[] {
  const files: string[] = [];
  const visit = (entry: string): void => {
    const full = path.join(root, entry);
    if (entry.endsWith('.ts')) {
      if (!entry.endsWith('.test.ts')) files.push(full);
      return;
    }
    for (const child of readdirSync(full, { withFileTypes: true })) {
      const rel = path.join(entry, child.name);
      if (child.isDirectory() || child.name.endsWith('.ts')) visit(rel);
    }
  };
  for (const entry of entries) visit(entry);
  return files.sort();
}

/**
 * A fingerprint of everything that decides the corpus file and the report from the per-article
 * results: the stage fingerprint above, plus the assembly, serialisation, report and shared schema
 * code. An output record made under another is never trusted (see outputRecord.ts).
 */
export function assemblyVersion(stageVersion: string): string {
  const hash = createHash('sha256');
  hash.update(`stages ${stageVersion}\n`);
  const files = [...sourceFiles(['corpus', 'report.ts']), ...sourceFiles(['.'], sharedDir)];
  for (const file of files) {
    hash.update(`${path.relative(pipelineDir, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
