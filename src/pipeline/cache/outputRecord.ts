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
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RawArticleFolder } from '../articles/readArticles.ts';

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
}

export interface OutputRecords {
  /** The digest of a run's inputs: its articles' cache keys and the files it skipped. */
  inputsDigest(folder: RawArticleFolder, keys: readonly (string | null)[]): string;
  /** The record of `outFile` if its inputs were `inputs` and the file is still as written. */
  unchanged(outFile: string, inputs: string): OutputRecord | null;
  /** Records what a run just wrote to `outFile` (after the write). */
  record(outFile: string, inputs: string, skipped: number, lines: readonly string[]): void;
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
      folder.articles.forEach((raw, i) => {
        const key = keys[i];
        // No key: the sidecar could not be read, and the run reports why.
        hash.update(
          key
            ? `${key}\n`
            : `${raw.file}\u0000${raw.sidecar.kind === 'unreadable' ? raw.sidecar.reason : ''}\n`,
        );
      });
      for (const s of folder.skipped) hash.update(`skipped ${s.file}\u0000${s.reason}\n`);
      return hash.digest('hex');
    },

    unchanged(outFile, inputs) {
      let record: Partial<OutputRecord>;
      try {
        record = JSON.parse(readFileSync(fileFor(outFile), 'utf8')) as Partial<OutputRecord>;
      } catch {
        return null;
      }
      if (record.inputs !== inputs || !Array.isArray(record.lines)) return null;
      try {
        const info = statSync(outFile);
        if (
          !info.isFile() ||
          info.size !== record.size ||
          info.mtimeMs !== record.mtimeMs ||
          info.ino !== record.ino
        ) {
          return null;
        }
      } catch {
        return null;
      }
      return record as OutputRecord;
    },

    record(outFile, inputs, skipped, lines) {
      const info = statSync(outFile);
      const record: OutputRecord = {
        inputs,
        size: info.size,
        mtimeMs: info.mtimeMs,
        ino: info.ino,
        skipped,
        lines: [...lines],
      };
      const file = fileFor(outFile);
      mkdirSync(dir, { recursive: true });
      const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
      try {
        writeFileSync(temp, JSON.stringify(record));
        renameSync(temp, file);
      } finally {
        rmSync(temp, { force: true });
      }
    },
  };
}
