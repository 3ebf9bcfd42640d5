/** Runs `npm run data` (the real CLI, in its own process) and reads its figures from stderr. */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface CliRun {
  code: number | null;
  wallMs: number;
  /** From the CLI's closing "done:" line. */
  processed: number;
  cached: number;
  workers: number;
  peakRssMb: number;
  /** User + system CPU time of the whole process (all threads), less sensitive to other load. */
  cpuMs: number;
  /** Gazetteer index load as the (first) geoparser reported it; null if none was loaded. */
  indexLoadMs: number | null;
  stderr: string;
}

/** The CLI in its own process as `npm run data` starts it, stderr piped (its log and figures). */
export function spawnCli(args: string[]): ChildProcessByStdio<null, null, Readable> {
  return spawn(process.execPath, [path.join(root, 'src/pipeline/run.mjs'), ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
}

export function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawnCli(args);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const done =
        /done: (\d+) processed, (\d+) from the cache, (\d+) worker threads; .*CPU (\d+) ms in all; peak memory (\d+) MB/.exec(
          stderr,
        );
      if (code !== 0 || !done) {
        reject(new Error(`npm run data ${args.join(' ')} failed (exit ${code}):\n${stderr}`));
        return;
      }
      const index = /gazetteer: \d+ places (?:built|loaded from cache) in (\d+) ms/.exec(stderr);
      resolve({
        code,
        wallMs,
        processed: Number(done[1]),
        cached: Number(done[2]),
        workers: Number(done[3]),
        cpuMs: Number(done[4]),
        peakRssMb: Number(done[5]),
        indexLoadMs: index ? Number(index[1]) : null,
        stderr,
      });
    });
  });
}
