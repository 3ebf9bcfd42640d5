/**
 * Per-article results on disk, keyed by a content hash, so a rebuild reprocesses only the
 * articles that changed. The key covers the article's files as read (name, text and sidecar
 * bytes) and the pipeline version, so an unchanged article needs neither its sidecar checked nor
 * its headline found: the cache holds what they made of it.
 *
 * One pack file per pipeline version (`articles-<version>.jsonl`, format in articlePack.ts)
 * instead of one file per article: a rebuild of 10,000 articles reads one file of ~40 MB rather
 * than opening and parsing 10,000 files of ~8.6 KB. Guarantees:
 * - a run appends its new entries with one write to a file opened for appending, so two runs at
 *   once do not interleave lines, and a run killed mid-write leaves whole entries and at most one
 *   cut line, which reads as a miss (the next append starts on a fresh line);
 * - a damaged line, an entry whose place line is lost, or a pack of another version is a miss;
 * - when stale entries (articles changed or gone) outnumber the live ones, the pack is rewritten
 *   with the live ones only, to a temporary file renamed over it, so readers see the old pack or
 *   the new one. Entries another run appends during that rewrite are lost, which costs a
 *   reprocess, never a wrong result;
 * - packs of other pipeline versions in the folder are deleted when this version's is created.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeAllSync, writeFileAtomicSync } from '../io/writeFileAtomic.ts';
import type { RawArticle } from '../articles/readArticles.ts';
import type { GazetteerPlace } from '../geoparse/types.ts';
import {
  decodeEntry,
  decodePlaces,
  encodeEntries,
  headerLine,
  placeIdsOf,
  readPack,
  type CachedArticle,
  type PackContents,
} from './articlePack.ts';

export type { ArticleMeta, CachedArticle } from './articlePack.ts';

export interface CacheEntry {
  key: string;
  value: CachedArticle;
  /** The article's text, which the pack leaves out of mentions and events that quote it. */
  text: string;
}

export interface ArticleCache {
  /** The key of an article's files under this cache's pipeline version (`articleKey`). */
  keyOf(raw: RawArticle): string | null;
  /** Whether there is an entry for a key (which `get` may still refuse, e.g. a damaged one). */
  has(key: string): boolean;
  /** The cached outcome for a key (of an article with this text), or null. */
  get(key: string, text: string): CachedArticle | null;
  /** Stores new outcomes, each with its article's text (one append). */
  set(entries: readonly CacheEntry[]): void;
  /** After a run: the keys it used. Rewrites the pack when stale entries outnumber these. */
  retain(keys: ReadonlySet<string>): void;
}

/**
 * The key of an article's files: its name, its sidecar's bytes (or their absence) and its text,
 * under a pipeline version. An article whose sidecar could not be read has no key (it is skipped).
 */
export function articleKey(raw: RawArticle, version: string): string | null {
  if (raw.sidecar.kind === 'unreadable') return null;
  const hash = createHash('sha256');
  hash.update(`${version}\u0000${raw.file}\u0000`);
  if (raw.sidecar.kind === 'bytes') {
    hash.update(`sidecar ${raw.sidecar.bytes.length}\u0000`);
    hash.update(raw.sidecar.bytes);
  } else {
    hash.update('no sidecar\u0000');
  }
  hash.update(raw.text);
  return hash.digest('hex');
}

/** Below this many stale entries the pack is never rewritten (a rewrite costs a full write). */
const MIN_STALE_TO_COMPACT = 64;

const PACK_PREFIX = 'articles-';
const PACK_SUFFIX = '.jsonl';

export function packFileName(version: string): string {
  return `${PACK_PREFIX}${version}${PACK_SUFFIX}`;
}

export interface DiskCacheOptions {
  /** Told about rewrites and unusable packs; quiet by default. */
  log?: (line: string) => void;
}

export function createDiskCache(
  dir: string,
  version: string,
  options: DiskCacheOptions = {},
): ArticleCache {
  const log = options.log ?? (() => {});
  const file = path.join(dir, packFileName(version));
  let pack: PackContents | null | undefined;
  let places: Map<string, GazetteerPlace> | undefined;

  /** The pack as on disk at first use; null when there is none (or none of this version). */
  const load = (): PackContents | null => {
    if (pack !== undefined) return pack;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      pack = null;
      return pack;
    }
    pack = readPack(bytes, version);
    if (!pack) log(`article cache: ${file} is not a pack of this version; starting a new one`);
    return pack;
  };

  // A --watch process reads an unchanged article as the same object again: hashed once.
  const keys = new WeakMap<RawArticle, string | null>();
  return {
    keyOf(raw) {
      let key = keys.get(raw);
      if (key === undefined) keys.set(raw, (key = articleKey(raw, version)));
      return key;
    },

    has(key) {
      return load()?.entries.has(key) ?? false;
    },

    get(key, text) {
      const contents = load();
      const line = contents?.entries.get(key);
      if (!contents || line === undefined) return null;
      places ??= decodePlaces(contents.placeLines);
      return decodeEntry(line, places, text);
    },

    set(entries) {
      if (entries.length === 0) return;
      mkdirSync(dir, { recursive: true });
      const contents = load();
      if (!contents) {
        // No usable pack: a new one, written whole and renamed into place.
        const placeLines = new Map<string, string>();
        const { text, entryLines } = encodeEntries(entries, placeLines);
        writeFileAtomicSync(file, `${headerLine(version)}\n${text}`);
        removeOtherPacks(dir, file);
        pack = { entries: new Map(), placeLines, entryLineCount: 0, endsWithNewline: true };
        places = undefined;
        entries.forEach(({ key }, i) => addEntry(pack as PackContents, key, entryLines[i]));
        return;
      }
      const { text, entryLines } = encodeEntries(entries, contents.placeLines);
      appendWhole(file, contents.endsWithNewline ? text : `\n${text}`);
      contents.endsWithNewline = true;
      places = undefined;
      entries.forEach(({ key }, i) => addEntry(contents, key, entryLines[i]));
    },

    retain(keys) {
      const contents = load();
      if (!contents) return;
      let live = 0;
      for (const key of keys) if (contents.entries.has(key)) live++;
      const stale = contents.entryLineCount - live;
      if (stale < MIN_STALE_TO_COMPACT || stale <= live) return;
      // Re-read: lines appended by this run (or another) since the first read are kept too.
      const fresh = readPackFile(file, version);
      if (!fresh) return;
      const used = new Set<string>();
      const entryLines: Buffer[] = [];
      for (const key of keys) {
        const line = fresh.entries.get(key);
        if (line === undefined) continue;
        entryLines.push(line);
        for (const id of placeIdsOf(line)) used.add(id);
      }
      const placeText = [...fresh.placeLines]
        .filter(([id]) => used.has(id))
        .map(([, line]) => `${line}\n`)
        .join('');
      const newline = Buffer.from('\n');
      writeFileAtomicSync(
        file,
        Buffer.concat([
          Buffer.from(`${headerLine(version)}\n${placeText}`),
          ...entryLines.flatMap((line) => [line, newline]),
        ]),
      );
      log(
        `article cache: rewrote ${path.basename(file)} with ${entryLines.length} live entries ` +
          `(${fresh.entryLineCount - entryLines.length} stale dropped)`,
      );
      pack = undefined;
      places = undefined;
    },
  };
}

function addEntry(contents: PackContents, key: string, line: string | undefined): void {
  if (line === undefined) return;
  contents.entries.set(key, Buffer.from(line));
  contents.entryLineCount++;
}

function readPackFile(file: string, version: string): PackContents | null {
  try {
    return readPack(readFileSync(file), version);
  } catch {
    return null;
  }
}

/** One write to the end of the file (O_APPEND), so concurrent appends never interleave. */
function appendWhole(file: string, text: string): void {
  const fd = openSync(file, 'a');
  try {
    writeAllSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** Packs of other pipeline versions can never hit again. */
function removeOtherPacks(dir: string, keep: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    if (name.startsWith(PACK_PREFIX) && name.endsWith(PACK_SUFFIX) && full !== keep) {
      rmSync(full, { force: true });
    }
  }
}
