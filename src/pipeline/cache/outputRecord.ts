/**
 * What the last successful run wrote to an output file, and from what inputs, so that a run with
 * the same inputs skips the whole build when the file is still as that run left it. The inputs
 * are the digest of every article file's cache key (name, text and sidecar bytes), every file
 * skipped while reading, and a version covering the stage code, the gazetteer and the assembly
 * and serialisation code: the corpus and its report are a pure function of these, so the run
 * would write the same bytes again. Skipping it saves reading the cache, assembling, validating,
 * serialising and writing ~58 MB at 10,000 articles.
 *
 * "As that run left it" is checked by size and modification time (and the file's identity), so a
 * corpus edited by hand, replaced by another build or deleted is rebuilt. A record is written
 * (atomically) only after the corpus it describes, so a run killed in between leaves a record of
 * the previous corpus, whose modification time no longer matches: the next run builds.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from '../io/writeFileAtomic.ts';
import { isRead, type ArticleFolderView } from '../articles/readArticles.ts';

export interface OutputRecord {
  /** The inputs' digest (`inputsDigest`). */
  inputs: string;
  size: number;
  mtimeMs: number;
  ino: number;
  /** Articles skipped by that run (a --strict run must still fail on them). */
  skipped: number;
  /** What that run logged after the build: its report and the "wrote" line. */
  lines: string[];
  /** The version the record was made under (`createOutputRecords`). */
  version?: string;
  /** The cache key of each article in the file, by id, when a build can splice into it. */
  articles?: Record<string, string>;
  /** With `articles`: the SHA-256 of the bytes written, checked before splicing into them. */
  sha256?: string;
}

export interface OutputRecords {
  /** The digest of a run's inputs: its articles' cache keys and the files it skipped. */
  inputsDigest(folder: ArticleFolderView, keys: readonly (string | null)[]): string;
  /** The record of `outFile` if its inputs were `inputs` and the file is still as written. */
  unchanged(outFile: string, inputs: string): OutputRecord | null;
  /**
   * Records what a run just wrote to `outFile` (after the write), with the key of each of its
   * articles when the next build may splice into it.
   */
  record(
    outFile: string,
    inputs: string,
    skipped: number,
    lines: readonly string[],
    articles?: { keys: ReadonlyMap<string, string>; sha256: string } | null,
  ): void;
  /**
   * The recorded keys of the articles in `outFile` and its bytes, if a run of this version wrote
   * it with them and it still holds the bytes that run wrote (same stat, same SHA-256); else null.
   */
  lastBuild(outFile: string): { articles: Map<string, string>; bytes: Buffer } | null;
}

/** `version` must change with any code or data that decides the corpus bytes or the report. */
export function createOutputRecords(dir: string, version: string): OutputRecords {
  const fileFor = (outFile: string) =>
    path.join(
      dir,
      `${createHash('sha256').update(path.resolve(outFile)).digest('hex').slice(0, 16)}.json`,
    );
  return {
    inputsDigest(folder, keys) {
      const hash = createHash('sha256');
      hash.update(`${version}\n`);
      folder.articles.forEach((a, i) => {
        const key = keys[i];
        // No key: the sidecar could not be read, and the run reports why.
        const reason = isRead(a) && a.sidecar.kind === 'unreadable' ? a.sidecar.reason : '';
        hash.update(key ? `${key}\n` : `${a.file}\u0000${reason}\n`);
      });
      for (const s of folder.skipped) hash.update(`skipped ${s.file}\u0000${s.reason}\n`);
      return hash.digest('hex');
    },

    unchanged(outFile, inputs) {
      const record = readRecord(fileFor(outFile));
      if (record?.inputs !== inputs || !Array.isArray(record.lines)) return null;
      try {
        if (!asRecorded(statSync(outFile), record)) return null;
      } catch {
        return null;
      }
      return record as OutputRecord;
    },

    lastBuild(outFile) {
      const record = readRecord(fileFor(outFile));
      if (record?.version !== version || !isRecord(record.articles) || !record.sha256) return null;
      let fd: number;
      try {
        fd = openSync(outFile, 'r');
      } catch {
        return null;
      }
      try {
        // Stat and bytes from one open file: the bytes are those of the file the record names.
        const info = fstatSync(fd);
        if (!asRecorded(info, record)) return null;
        const bytes = Buffer.allocUnsafe(info.size);
        let length = 0;
        while (length < bytes.length) {
          const n = readSync(fd, bytes, length, bytes.length - length, null);
          if (n === 0) return null;
          length += n;
        }
        // The stat says the file was not replaced; the hash, that nothing edited it in place.
        if (createHash('sha256').update(bytes).digest('hex') !== record.sha256) return null;
        const articles = new Map<string, string>();
        for (const [id, key] of Object.entries(record.articles)) {
          if (typeof key !== 'string') return null;
          articles.set(id, key);
        }
        return { articles, bytes };
      } catch {
        return null;
      } finally {
        closeSync(fd);
      }
    },

    record(outFile, inputs, skipped, lines, articles) {
      const info = statSync(outFile);
      const record: OutputRecord = {
        inputs,
        size: info.size,
        mtimeMs: info.mtimeMs,
        ino: info.ino,
        skipped,
        lines: [...lines],
        version,
        ...(articles
          ? { articles: Object.fromEntries(articles.keys), sha256: articles.sha256 }
          : {}),
      };
      const file = fileFor(outFile);
      mkdirSync(dir, { recursive: true });
      writeFileAtomicSync(file, JSON.stringify(record));
    },
  };
}

function readRecord(file: string): Partial<OutputRecord> | null {
  try {
    const record: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isRecord(record) ? (record as Partial<OutputRecord>) : null;
  } catch {
    return null;
  }
}

/** The output file is still the one the record describes (same size, time and identity). */
function asRecorded(info: Stats, record: Partial<OutputRecord>): boolean {
  return (
    info.isFile() &&
    info.size === record.size &&
    info.mtimeMs === record.mtimeMs &&
    info.ino === record.ino
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
