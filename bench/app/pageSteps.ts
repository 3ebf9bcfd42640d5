/**
 * Steps the bench and its diagnostics take in the page, written once: a page for a diagnostic
 * (profile.ts, traceRender.ts), open it and wait for the first data (those and benchApp.ts),
 * then date changes through the From input or place picks through the Place box, each timed from
 * input to the next frame with the page's bench hooks (the diagnostics).
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../../e2e/chromium.ts';
import type { Corpus } from '../../src/shared/corpus.ts';
import type { CorpusFile } from '../../src/shared/corpusFile.ts';
import { unpackCorpus } from '../../src/shared/packCorpus.ts';
import { INIT_SCRIPT, type PageGlobal } from './inPage.ts';
import { serveStatic } from './staticServer.ts';

/** A diagnostic's page: the app in `dist` served with `file`, not yet opened. */
export interface DiagnosticPage {
  /** The corpus as the app sees it, to choose the interactions from. */
  corpus: Corpus;
  browser: Browser;
  page: Page;
  url: string;
  close(): Promise<void>;
}

export async function diagnosticPage(dist: string, file: string): Promise<DiagnosticPage> {
  const corpus = unpackCorpus(JSON.parse(readFileSync(file, 'utf8')) as CorpusFile);
  const server = await serveStatic(dist);
  server.setCorpus(file);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(INIT_SCRIPT);
  return {
    corpus,
    browser,
    page,
    url: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Time for the app's idle work after first data (the filter passes' warm-up) to end, so that a
 * diagnostic sees what a change costs, not the warm-up: a few seconds at 100,000 events.
 */
export const IDLE_WORK_MS = 4000;

// Written out in each function run in the page: page.evaluate sends the function's source only
// (functions, not strings: the app's CSP forbids evaluating strings).

/** Navigates and resolves with the page's first-data time. */
export async function openUntilData(page: Page, url: string): Promise<number | null> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => (globalThis as unknown as PageGlobal).__bench.firstData !== null,
    null,
    {
      timeout: 180_000,
      polling: 50,
    },
  );
  return page.evaluate(() => (globalThis as unknown as PageGlobal).__bench.firstData);
}

/** Runs an action, recording the time from its input to the next frame in `times`. */
export function timer(page: Page, times: number[]) {
  return async (act: () => Promise<void>) => {
    await page.evaluate(() => (globalThis as unknown as PageGlobal).__bench.arm());
    await act();
    const t = await page.evaluate(() => (globalThis as unknown as PageGlobal).__bench.pending);
    if (t) times.push(Math.round(t.frame - (t.t0 ?? t.dom)));
  };
}

type Timed = (act: () => Promise<void>) => Promise<void>;

/** `count` From dates spread over the corpus's dated events. */
export async function changeDates(page: Page, corpus: Corpus, count: number, timed: Timed) {
  const days = corpus.events.flatMap((e) => (e.date ? [Date.parse(e.date.start)] : []));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const from = await page.getByLabel('From', { exact: true }).elementHandle();
  if (!from) throw new Error('no "From" input');
  for (let k = 1; k <= count; k++) {
    const day = new Date(first + ((last - first) * k) / 8).toISOString().slice(0, 10);
    await timed(() => from.fill(day));
  }
}

/** The `count` most mentioned places, each picked and removed again (timed too, if asked). */
export async function pickPlaces(
  page: Page,
  corpus: Corpus,
  count: number,
  timed: Timed,
  timeRemoval: boolean,
) {
  const names = [...corpus.places]
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .map((p) => p.name)
    .filter((n, i, all) => all.indexOf(n) === i)
    .slice(0, count);
  const box = await page.getByRole('combobox', { name: 'Place' }).elementHandle();
  if (!box) throw new Error('no "Place" box');
  const option = page.locator('[role=option]').first();
  const chip = page.locator('button.chip').first();
  for (const name of names) {
    await box.fill(name);
    await option.waitFor();
    await timed(() => option.click());
    if (timeRemoval) await timed(() => chip.click());
    else await chip.click();
  }
}
