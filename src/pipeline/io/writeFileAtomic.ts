/**
 * Replaces a file all at once: the content goes to a temporary file beside the target, is flushed
 * to disk, and is renamed over the target. Readers see the old file or the new one, never half of
 * one, and an error (or an interrupted run) leaves the old file as it was.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from './describeFsError.ts';

/** The target cannot be written at all (a permission, a missing disk, a file where a folder is). */
export class OutputWriteError extends Error {
  override name = 'OutputWriteError';
}

export interface WriteFileAtomicOptions {
  /** Only for tests, to make the final step fail. */
  rename?: (from: string, to: string) => Promise<void>;
}

/** Temporary files of writes under way, so a signal handler can remove them before exiting. */
const inFlight = new Set<string>();

/**
 * Writes `content` (a string, bytes, or chunks produced lazily, so that a serialiser that throws
 * midway is covered too) to `target`, creating its folder if needed.
 */
export async function writeFileAtomic(
  target: string,
  content: string | Uint8Array | Iterable<string>,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  const dir = await ensureOutputFolder(target);
  // The name matches the `*.tmp-*` pattern in .gitignore, in case a killed run leaves one behind.
  const temp = path.join(
    dir,
    `.${path.basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  inFlight.add(temp);
  try {
    let handle;
    try {
      handle = await open(temp, 'wx');
    } catch (error) {
      throw new OutputWriteError(`cannot write to folder ${dir}: ${describeFsError(error)}`);
    }
    try {
      if (content instanceof Uint8Array) {
        // One write may take only part of the bytes.
        for (let at = 0; at < content.length;) {
          at += (await handle.write(content, at)).bytesWritten;
        }
      } else {
        for (const chunk of typeof content === 'string' ? [content] : content) {
          await handle.write(chunk);
        }
      }
      // Flush before the rename, or a crash could leave the new name pointing at empty blocks.
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await (options.rename ?? rename)(temp, target);
    } catch (error) {
      throw new OutputWriteError(`cannot replace ${target}: ${describeFsError(error)}`);
    }
    inFlight.delete(temp);
    await syncFolder(dir);
  } finally {
    if (inFlight.delete(temp)) await rm(temp, { force: true });
  }
}

/**
 * Creates the target's folder if missing; returns it. Callers with slow work ahead call this
 * first, so a bad output path fails in a second rather than after the whole run.
 */
export async function ensureOutputFolder(target: string): Promise<string> {
  const dir = path.dirname(target);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new OutputWriteError(`cannot create folder ${dir}: ${describeFsError(error)}`);
  }
  return dir;
}

/** Makes the rename itself durable. Not every platform lets a folder be opened for this. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Durability of the rename is a bonus; the file content is already safe.
  }
}

/** For a SIGINT/SIGTERM handler: synchronously removes the temporary files of unfinished writes. */
export function removeUnfinishedTempFiles(): void {
  for (const temp of inFlight) rmSync(temp, { force: true });
  inFlight.clear();
}

/**
 * The same replacement, synchronously, for the cache's own files (its packs, records and
 * manifests): aside, flushed, renamed over `file`. The folder must exist; errors are thrown as
 * they come.
 */
export function writeFileAtomicSync(file: string, content: string | Buffer): void {
  const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeAllSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Writes all of `content` at the descriptor's position (one write may take only part). */
export function writeAllSync(fd: number, content: string | Buffer): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written);
}
