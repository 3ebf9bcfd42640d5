/**
 * Reads a folder of `.txt` articles and the bytes of their sidecars. Every file either becomes an
 * article or is skipped with a reason a person can act on; one bad file never stops the others.
 *
 * The reads are synchronous, one file after another: for thousands of small files a blocking
 * open/fstat/read/close costs a few microseconds each, where the promise-based calls (even 64 at a
 * time) spent most of their time in the thread pool's round trips (10,000 articles with sidecars:
 * 0.2–0.35 s here, 1.7–4.1 s with fs/promises). Sidecars are only read here, not parsed: an
 * article unchanged since the last run takes its metadata from the cache without a JSON or schema
 * check.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { describeFsError } from '../io/describeFsError.ts';
import { decodeArticleText } from './decodeArticleText.ts';

/** An article file as read from disk, before its sidecar and headline are looked at. */
export interface ArticleFile {
  /** The file name without `.txt`. */
  id: string;
  /** The file name, e.g. `001_ab7b.txt`. */
  file: string;
  /** The decoded text, exactly as in the file but for a leading byte-order mark. */
  text: string;
}

/** The `<id>.meta.json` beside an article, as bytes (none, or why it could not be read). */
export type SidecarFile =
  { kind: 'none' } | { kind: 'bytes'; bytes: Buffer } | { kind: 'unreadable'; reason: string };

/** An article file with its sidecar's bytes, as `readArticleFolder` finds them. */
export interface RawArticle extends ArticleFile {
  sidecar: SidecarFile;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ArticleFolder {
  articles: ArticleFile[];
  skipped: SkippedFile[];
}

export interface RawArticleFolder {
  articles: RawArticle[];
  skipped: SkippedFile[];
}

/**
 * An article file a run did not read, known by its stat to be as it was when last read, with the
 * cache key its files had then (folderManifest.ts).
 */
export interface KnownArticle {
  id: string;
  file: string;
  key: string;
}

/** A folder as a run sees it: articles read now, or known without being read. */
export interface ArticleFolderView {
  articles: (RawArticle | KnownArticle)[];
  skipped: SkippedFile[];
}

export function isRead(article: RawArticle | KnownArticle): article is RawArticle {
  return 'text' in article;
}

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const MAX_SIDECAR_BYTES = 64 * 1024;

/** The folder itself is missing or not a folder: nothing can be read (unlike one bad file). */
export class ArticlesFolderError extends Error {
  override name = 'ArticlesFolderError';
}

/**
 * Every readable article of `dir` with its sidecar's bytes, in file-name order. `stamps`, if given,
 * gets the stamp of each file opened, by name.
 */
export function readArticleFolder(dir: string, stamps?: Map<string, FileStamp>): RawArticleFolder {
  const names = listFolder(dir);
  const present = new Set(names);
  const articles: RawArticle[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of articleNames(names)) {
    const read = readArticleFile(dir, file, present, stamps);
    if ('reason' in read) skipped.push(read);
    else articles.push(read);
  }
  return { articles, skipped };
}

/**
 * What a file's fstat said when it was opened to be read: enough to tell, by a later stat, that
 * it may have changed since (see folderReader.ts).
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
}

/**
 * One `.txt` file of `dir` (listed in `present`, with its sidecar if that is listed too): the
 * article, or why it is skipped. `stamps`, if given, gets the stamp of each file opened, by name.
 */
export function readArticleFile(
  dir: string,
  file: string,
  present: ReadonlySet<string>,
  stamps?: Map<string, FileStamp>,
): RawArticle | SkippedFile {
  const read = readSmallFile(
    path.join(dir, file),
    MAX_ARTICLE_BYTES,
    stamps && stamper(stamps, file),
  );
  if (!read.ok) return { file, reason: articleReason(read) };
  const decoded = decodeArticleText(read.bytes);
  if (!decoded.ok) return { file, reason: decoded.reason };
  const id = file.slice(0, -'.txt'.length);
  const sidecarName = sidecarOf(file);
  // Looked up in the listing first: most folders have few sidecars, and a failed open costs.
  const sidecar = present.has(sidecarName)
    ? readSidecarFile(path.join(dir, sidecarName), stamps && stamper(stamps, sidecarName))
    : ({ kind: 'none' } as const);
  return { id, file, text: decoded.text, sidecar };
}

/** The name of an article file's sidecar: `<id>.meta.json` beside `<id>.txt`. */
export function sidecarOf(file: string): string {
  return `${file.slice(0, -'.txt'.length)}.meta.json`;
}

const stamper =
  (stamps: Map<string, FileStamp>, name: string) =>
  (info: Stats): void => {
    const { size, mtimeMs, ctimeMs, ino, dev } = info;
    stamps.set(name, { size, mtimeMs, ctimeMs, ino, dev });
  };

/** The articles of `dir` without their sidecars (kept async for its callers). */
export async function readArticles(dir: string): Promise<ArticleFolder> {
  const { articles, skipped } = readArticleFolder(dir);
  return { articles: articles.map(({ id, file, text }) => ({ id, file, text })), skipped };
}

export function listFolder(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    throw new ArticlesFolderError(`cannot read articles folder ${dir}: ${describeFsError(error)}`);
  }
}

/** `*.txt` names, sorted by code unit (not locale) so every machine builds the same corpus. */
export function articleNames(names: readonly string[]): string[] {
  return names
    .filter((name) => name.endsWith('.txt') && name.length > '.txt'.length)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A sidecar's bytes; a missing one is `none`, which is fine. */
export function readSidecarFile(file: string, opened?: (info: Stats) => void): SidecarFile {
  const read = readSmallFile(file, MAX_SIDECAR_BYTES, opened);
  if (read.ok) return { kind: 'bytes', bytes: read.bytes };
  switch (read.problem) {
    case 'error':
      // Listed a moment ago, gone now (or a dangling link): as if there were none.
      if (read.code === 'ENOENT') return { kind: 'none' };
      return { kind: 'unreadable', reason: `sidecar unreadable: ${read.message}` };
    case 'directory':
    case 'special':
      return { kind: 'unreadable', reason: 'sidecar is not a regular file' };
    case 'too-large':
      return {
        kind: 'unreadable',
        reason: `sidecar too large (${read.size} bytes; the limit is ${MAX_SIDECAR_BYTES})`,
      };
  }
}

function articleReason(read: Exclude<SmallFile, { ok: true }>): string {
  switch (read.problem) {
    case 'error':
      return `unreadable: ${read.message}`;
    case 'directory':
      return 'unreadable: a directory, not a file';
    case 'special':
      return 'unreadable: not a regular file';
    case 'too-large':
      return `too large (${formatMegabytes(read.size)}; the limit is ${formatMegabytes(MAX_ARTICLE_BYTES)})`;
  }
}

type SmallFile =
  | { ok: true; bytes: Buffer }
  | { ok: false; problem: 'error'; code: string | undefined; message: string }
  | { ok: false; problem: 'directory' | 'special' }
  | { ok: false; problem: 'too-large'; size: number };

/**
 * A regular file's bytes, if it holds at most `limit`. Opened without blocking (a FIFO named
 * `x.txt` must not hang the run) and checked with fstat before reading, so a huge file is never
 * loaded into memory; a file that grows past the limit while being read is refused too.
 */
function readSmallFile(file: string, limit: number, opened?: (info: Stats) => void): SmallFile {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return fsProblem(error);
  }
  try {
    const info: Stats = fstatSync(fd);
    opened?.(info);
    if (info.isDirectory()) return { ok: false, problem: 'directory' };
    if (!info.isFile()) return { ok: false, problem: 'special' };
    if (info.size > limit) return { ok: false, problem: 'too-large', size: info.size };
    // One byte more than the size fstat gave, to see a file that grew since.
    let buffer = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) return { ok: false, problem: 'too-large', size: length };
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { ok: false, problem: 'too-large', size: length };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return fsProblem(error);
  } finally {
    closeSync(fd);
  }
}

function fsProblem(error: unknown): SmallFile {
  const code =
    error instanceof Error && 'code' in error && typeof error.code === 'string'
      ? error.code
      : undefined;
  return { ok: false, problem: 'error', code, message: describeFsError(error) };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
