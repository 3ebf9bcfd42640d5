/**
 * Runs a build again whenever a folder's articles change (the CLI's --watch). Changes are
 * gathered for a short quiet spell, so saving ten files makes one rebuild, and builds never
 * overlap: a change during a build schedules exactly one more after it. Each build is told the
 * names that changed since the one before began (null if the watcher reported a change without a
 * name), so it can read only those.
 */
import { watch, type FSWatcher } from 'node:fs';

export interface FolderWatch {
  /** Stops watching; a build under way finishes. Resolves once nothing is running. */
  close(): Promise<void>;
}

export interface WatchOptions {
  /** Which file names count (others, such as editors' temporary files, are ignored). */
  relevant(name: string): boolean;
  /** How long the folder must be quiet before a build starts. */
  quietMs?: number;
  log(line: string): void;
}

/** The relevant names changed since the last build began; null when some change had no name. */
export type ChangedNames = ReadonlySet<string> | null;

export function watchFolder(
  dir: string,
  build: (changed: ChangedNames) => Promise<unknown>,
  options: WatchOptions,
): FolderWatch {
  const quietMs = options.quietMs ?? 250;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  let changed: Set<string> | null = new Set();

  const start = () => {
    timer = undefined;
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    const names = changed;
    changed = new Set();
    running = build(names)
      .then(
        () => undefined,
        (error: unknown) => options.log(`watch: the build failed: ${String(error)}`),
      )
      .finally(() => {
        running = null;
        if (again && !closed) {
          again = false;
          start();
        }
      });
  };

  const watcher: FSWatcher = watch(dir, (_event, name) => {
    if (closed || (name !== null && !options.relevant(name))) return;
    if (name === null) changed = null;
    else changed?.add(name);
    clearTimeout(timer);
    timer = setTimeout(start, quietMs);
  });
  watcher.on('error', (error) => options.log(`watch: ${error.message}; no longer watching ${dir}`));

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
      await running;
    },
  };
}
