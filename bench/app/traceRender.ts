/**
 * Where the main thread's time goes during a few filter changes, by trace event (script,
 * style, layout, paint...), for the work a CPU profile cannot see. A diagnostic, not a figure.
 *
 * Usage: npx tsx bench/app/traceRender.ts <dist dir> <corpus.json> <date|place>
 */
import {
  changeDates,
  diagnosticPage,
  IDLE_WORK_MS,
  openUntilData,
  pickPlaces,
  timer,
} from './pageSteps.ts';

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

const { corpus, browser, page, url, close } = await diagnosticPage(dist, file);
await openUntilData(page, url);
await page.waitForTimeout(IDLE_WORK_MS);
const changes = 6;
const times: number[] = [];
const timed = timer(page, times);
await browser.startTracing(page, {
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'],
});
if (kind === 'date') await changeDates(page, corpus, changes, timed);
else await pickPlaces(page, corpus, changes, timed, false);
const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
console.log('frame times', times.join(' '));
await close();

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
