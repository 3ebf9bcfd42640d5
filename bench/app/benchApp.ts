/**
 * App figures in headless Chromium on the built app (a production build in its own folder), for
 * each corpus: navigation to data on screen, filter updates by date inputs and by place search,
 * JS heap after load, and the first-load JS (gzip).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Corpus } from '../../src/shared/corpus.ts';
import type { CorpusFile } from '../../src/shared/corpusFile.ts';
import { unpackCorpus } from '../../src/shared/packCorpus.ts';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../../e2e/chromium.ts';
import { median, percentile } from '../stats.ts';
import { openUntilData } from './pageSteps.ts';
import { INIT_SCRIPT, type ChangeTimes, type PageGlobal } from './inPage.ts';
import { serveStatic } from './staticServer.ts';

const root = path.resolve(import.meta.dirname, '../..');

export interface LatencyFigures {
  samples: number;
  /** To the next frame after the update: the figure the targets are read against. */
  frameMedianMs: number;
  frameP95Ms: number;
  /** To the end of the task that updated the DOM (render, commit and its effects). */
  settledMedianMs: number;
  settledP95Ms: number;
  /**
   * Main-thread time the update took to reach the screen: to `settled`, plus the rendering of the
   * next frame (style, layout, paint), leaving out the idle wait for that frame's turn. The wait
   * alone is up to a frame (16.7 ms at 60 Hz), so `frame` can never be under 16 ms at p95 however
   * fast the app is; this says whether the update fits in the frame after the input.
   */
  workMedianMs: number;
  workP95Ms: number;
  /** To the end of the last long task the change set off (e.g. the map moving). */
  quietMedianMs: number;
  quietP95Ms: number;
  /** Each sample's `frame` and `work`, in the order taken, rounded: where a p95 comes from. */
  frameSamplesMs: number[];
  workSamplesMs: number[];
}

export interface AppCorpusFigures {
  label: string;
  events: number;
  corpusBytes: number;
  corpusGzipBytes: number;
  corpusLoadedMs: number | null;
  firstDataMs: number;
  heapMb: number;
  dateChange: LatencyFigures;
  placeSelect: LatencyFigures;
  pageErrors: string[];
}

export interface AppFigures {
  firstLoadJsGzipBytes: number;
  firstLoadJsFiles: string[];
  corpora: AppCorpusFigures[];
  /** Corpora whose measurement failed, with the error (the others are still reported). */
  failures: { label: string; error: string }[];
}

const SAMPLES = 20;
/** A single interaction may take seconds at 100,000 events on a loaded machine. */
const ACTION_TIMEOUT = 120_000;

function fail(message: string): never {
  throw new Error(message);
}

/** The production build into `outDir`; unminified for a profile whose names should read. */
export function buildApp(outDir: string, minify = true): void {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      ...(minify ? [] : ['--minify', 'false']),
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

export async function benchApp(
  distDir: string,
  corpora: readonly { label: string; file: string }[],
  log: (line: string) => void,
): Promise<AppFigures> {
  const server = await serveStatic(distDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
  });
  const figures: AppFigures = {
    firstLoadJsGzipBytes: 0,
    firstLoadJsFiles: [],
    corpora: [],
    failures: [],
  };
  try {
    for (const { label, file } of corpora) {
      log(`app: ${label}`);
      server.setCorpus(file);
      const scripts = new Set<string>();
      try {
        const corpusFigures = await benchCorpus(browser, server.url, label, file, scripts);
        figures.corpora.push(corpusFigures);
        for (const kind of ['dateChange', 'placeSelect'] as const) {
          const f = corpusFigures[kind];
          log(
            `app: ${label}, ${kind} p95 (median): frame ${f.frameP95Ms.toFixed(0)} (${f.frameMedianMs.toFixed(0)}), ` +
              `work ${f.workP95Ms.toFixed(0)} (${f.workMedianMs.toFixed(0)}), settled ${f.settledP95Ms.toFixed(0)}, ` +
              `quiet ${f.quietP95Ms.toFixed(0)} ms`,
          );
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`app: ${label} failed: ${message}`);
        figures.failures.push({ label, error: message.split('\n')[0] ?? message });
      }
      if (figures.firstLoadJsFiles.length === 0) {
        figures.firstLoadJsFiles = [...scripts].sort();
        figures.firstLoadJsGzipBytes = scripts.size === 0 ? NaN : sumGzip(distDir, scripts);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

async function benchCorpus(
  browser: Browser,
  url: string,
  label: string,
  file: string,
  scripts: Set<string>,
): Promise<AppCorpusFigures> {
  const raw = readFileSync(file);
  // The file is packed (schema v2); the interactions are chosen from the corpus as the app sees it.
  const corpus: Corpus = unpackCorpus(JSON.parse(raw.toString('utf8')) as CorpusFile);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.add(new URL(response.url()).pathname);
  });
  await page.addInitScript(INIT_SCRIPT);
  try {
    const firstDataMs = (await openUntilData(page, url)) as number;
    const corpusLoadedMs = await page.evaluate(
      () =>
        (
          performance
            .getEntriesByType('resource')
            // A resource entry, typed structurally: the bench's tsconfig has no DOM types.
            .find((e) => e.name.endsWith('data/corpus.json')) as { responseEnd: number } | undefined
        )?.responseEnd ?? null,
    );
    const heapMb = await usedHeapMb(page);
    const dateChange = await measureDateChanges(page, corpus);
    const placeSelect = await measurePlaceSelections(page, corpus);
    return {
      label,
      events: corpus.events.length,
      corpusBytes: statSync(file).size,
      corpusGzipBytes: gzipSync(raw).length,
      corpusLoadedMs,
      firstDataMs,
      heapMb,
      dateChange,
      placeSelect,
      pageErrors,
    };
  } finally {
    await context.close();
  }
}

async function usedHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

/** Arms the in-page watch, acts, and returns the timings (null if the count did not change). */
async function timeChange(page: Page, act: () => Promise<void>): Promise<ChangeTimes | null> {
  await page.evaluate(() => (globalThis as unknown as PageGlobal).__bench.arm());
  await act();
  return page.evaluate(() =>
    Promise.race([
      (globalThis as unknown as PageGlobal).__bench.pending,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 15_000)),
    ]),
  );
}

function summarise(samples: ChangeTimes[]): LatencyFigures {
  const frame = samples.map((s) => s.frame - (s.t0 ?? s.dom));
  const settled = samples.map((s) => s.settled - (s.t0 ?? s.dom));
  const quiet = samples.map((s) => s.quiet - (s.t0 ?? s.dom));
  const work = samples.map((s) => s.settled - (s.t0 ?? s.dom) + (s.painted - s.frame));
  return {
    samples: samples.length,
    frameMedianMs: median(frame),
    frameP95Ms: percentile(frame, 95),
    settledMedianMs: median(settled),
    settledP95Ms: percentile(settled, 95),
    workMedianMs: median(work),
    workP95Ms: percentile(work, 95),
    quietMedianMs: median(quiet),
    quietP95Ms: percentile(quiet, 95),
    frameSamplesMs: frame.map(Math.round),
    workSamplesMs: work.map(Math.round),
  };
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Moves "From" forward through the corpus's dates, then "To" back: each step changes the count. */
async function measureDateChanges(page: Page, corpus: Corpus): Promise<LatencyFigures> {
  const days = corpus.events.flatMap((e) => (e.date ? [Date.parse(e.date.start)] : []));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const half = SAMPLES / 2;
  const step = (last - first) / (SAMPLES + 2);
  // Found once: Playwright's label lookup scans the whole page, which at 100,000 events takes
  // seconds (outside the timed interval, but it made runs slow and flaky).
  const fromInput = page.getByLabel('From', { exact: true });
  const toInput = page.getByLabel('To', { exact: true });
  const from = (await fromInput.elementHandle()) ?? fail('no "From" input');
  const to = (await toInput.elementHandle()) ?? fail('no "To" input');
  const samples: ChangeTimes[] = [];
  for (let k = 1; k <= half; k++) {
    const day = isoDay(first + Math.round((k * step) / DAY_MS) * DAY_MS);
    const t = await timeChange(page, () => from.fill(day, { timeout: ACTION_TIMEOUT }));
    if (t) samples.push(t);
  }
  for (let k = 1; k <= half; k++) {
    const day = isoDay(last - Math.round((k * step) / DAY_MS) * DAY_MS);
    const t = await timeChange(page, () => to.fill(day, { timeout: ACTION_TIMEOUT }));
    if (t) samples.push(t);
  }
  // Back to no date filter for the place measurements.
  await from.fill('', { timeout: ACTION_TIMEOUT });
  await to.fill('', { timeout: ACTION_TIMEOUT });
  return summarise(samples);
}

/** Picks the most-mentioned places one at a time in the "Place" search, removing each after. */
async function measurePlaceSelections(page: Page, corpus: Corpus): Promise<LatencyFigures> {
  const names = [...corpus.places]
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .map((p) => p.name)
    .filter((name, i, all) => all.indexOf(name) === i)
    .slice(0, SAMPLES);
  const box =
    (await page.getByRole('combobox', { name: 'Place' }).elementHandle()) ?? fail('no "Place"');
  // CSS, not role queries, for the same reason as the date inputs.
  const option = page.locator('[role=option]').first();
  const chip = page.locator('button.chip').first();
  const samples: ChangeTimes[] = [];
  for (const name of names) {
    await box.fill(name, { timeout: ACTION_TIMEOUT });
    await option.waitFor({ timeout: ACTION_TIMEOUT });
    const t = await timeChange(page, () => option.click({ timeout: ACTION_TIMEOUT }));
    if (t) samples.push(t);
    await timeChange(page, () => chip.click({ timeout: ACTION_TIMEOUT }));
  }
  return summarise(samples);
}

function sumGzip(distDir: string, scripts: Set<string>): number {
  let total = 0;
  for (const urlPath of scripts) {
    total += gzipSync(readFileSync(path.join(distDir, urlPath))).length;
  }
  return total;
}
