/**
 * Where the main thread's time goes during a few filter changes, by trace event (script,
 * style, layout, paint...), for the work a CPU profile cannot see. A diagnostic, not a figure.
 *
 * Usage: npx tsx bench/app/traceRender.ts <dist dir> <corpus.json> <date|place>
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { CorpusFile } from '../../src/shared/corpusFile.ts';
import { unpackCorpus } from '../../src/shared/packCorpus.ts';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../../e2e/chromium.ts';
import { INIT_SCRIPT, type PageGlobal } from './inPage.ts';
import { serveStatic } from './staticServer.ts';

const [dist, file, kind = 'date'] = process.argv.slice(2);
if (!dist || !file) throw new Error('usage: traceRender.ts <dist> <corpus.json> <date|place>');

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { frame?: string } };
}

const corpus = unpackCorpus(JSON.parse(readFileSync(file, 'utf8')) as CorpusFile);
const server = await serveStatic(dist);
server.setCorpus(file);
const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript(INIT_SCRIPT);
await page.goto(server.url, { waitUntil: 'commit' });
await page.waitForFunction(
  () => (globalThis as unknown as PageGlobal).__bench.firstData !== null,
  null,
  { timeout: 180_000, polling: 50 },
);
const changes = 6;
const times: number[] = [];
const timed = async (act: () => Promise<void>) => {
  await page.evaluate(() => (globalThis as unknown as PageGlobal).__bench.arm());
  await act();
  const t = await page.evaluate(() => (globalThis as unknown as PageGlobal).__bench.pending);
  if (t) times.push(Math.round(t.frame - (t.t0 ?? t.dom)));
};
const from = await page.getByLabel('From', { exact: true }).elementHandle();
const box = await page.getByRole('combobox', { name: 'Place' }).elementHandle();
if (!from || !box) throw new Error('no "From" input or "Place" box');
await browser.startTracing(page, {
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'],
});
if (kind === 'date') {
  const days = corpus.events.flatMap((e) => (e.date ? [Date.parse(e.date.start)] : []));
  const first = Math.min(...days);
  const last = Math.max(...days);
  for (let k = 1; k <= changes; k++) {
    const day = new Date(first + ((last - first) * k) / 8).toISOString().slice(0, 10);
    await timed(() => from.fill(day));
  }
} else {
  const names = [...corpus.places]
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .map((p) => p.name)
    .filter((n, i, all) => all.indexOf(n) === i)
    .slice(0, changes);
  const option = page.locator('[role=option]').first();
  for (const name of names) {
    await box.fill(name);
    await option.waitFor();
    await timed(() => option.click());
    await page.locator('button.chip').first().click();
  }
}
const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
console.log('frame times', times.join(' '));
await browser.close();
await server.close();

// The renderer main thread: the thread of the most RunTask time.
const byThread = new Map<string, number>();
for (const e of trace.traceEvents) {
  if (e.name === 'RunTask' && e.dur) {
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, (byThread.get(key) ?? 0) + e.dur);
  }
}
const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
const sums = new Map<string, number>();
for (const e of trace.traceEvents) {
  if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X' || !e.dur) continue;
  sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur);
}
console.log(`per change (${changes}), inclusive ms by trace event on the main thread:`);
for (const [name, us] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${(us / 1000 / changes).toFixed(1).padStart(8)}  ${name}`);
}
