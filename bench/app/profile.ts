/**
 * A CPU profile of one kind of filter change, for finding where its milliseconds go (not a
 * figure: `npm run bench` is). Builds the app unminified, loads a corpus, performs a few date
 * changes or place picks under the V8 sampling profiler, and prints self and total time by
 * function.
 *
 * Usage: npx tsx bench/app/profile.ts <corpus.json> <date|place> [--no-build] [--out DIR] [--top N]
 * (`--out`: build into, or reuse, DIR instead of /tmp/chronomap-profile-dist, so that two people
 * profiling at once do not overwrite each other's build)
 */
import { buildApp } from './benchApp.ts';
import {
  changeDates,
  diagnosticPage,
  IDLE_WORK_MS,
  openUntilData,
  pickPlaces,
  timer,
} from './pageSteps.ts';

const [file, kind = 'date', ...flags] = process.argv.slice(2);
if (!file) throw new Error('usage: profile.ts <corpus.json> <date|place> [--no-build] [--out DIR]');
const outFlag = flags.indexOf('--out');
const outDir = outFlag >= 0 ? flags[outFlag + 1] : '/tmp/chronomap-profile-dist';
if (!outDir) throw new Error('--out needs a directory');
const topFlag = flags.indexOf('--top');
const topCount = topFlag >= 0 ? Number(flags[topFlag + 1]) : 60;
if (!Number.isInteger(topCount) || topCount < 1) throw new Error('--top needs a whole number');

if (!flags.includes('--no-build')) buildApp(outDir, false);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { corpus, page, url, close } = await diagnosticPage(outDir, file);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const profileLoad = flags.includes('--load');
if (profileLoad) await cdp.send('Profiler.start');
console.log('firstData', await openUntilData(page, url));
if (!profileLoad) await page.waitForTimeout(IDLE_WORK_MS);
if (!profileLoad) await cdp.send('Profiler.start');
const times: number[] = [];
const timed = timer(page, times);
if (kind === 'date' && !profileLoad) await changeDates(page, corpus, 6, timed);
else if (!profileLoad) await pickPlaces(page, corpus, 6, timed, true);
const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
console.log('frame times', times.join(' '));
await close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
profile.samples.forEach((id, i) =>
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
);
const name = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const selfBy = new Map<string, number>();
const totalBy = new Map<string, number>();
for (const [id, us] of self) {
  const n = byId.get(id);
  if (!n) continue;
  selfBy.set(name(n), (selfBy.get(name(n)) ?? 0) + us);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const node = byId.get(cur);
    if (!node) break;
    const key = name(node);
    if (seen.has(key)) continue;
    seen.add(key);
    totalBy.set(key, (totalBy.get(key) ?? 0) + us);
  }
}
const top = (m: Map<string, number>, k: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([key, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms  ${key}`)
    .join('\n');
console.log('--- self\n' + top(selfBy, topCount));
console.log('--- total\n' + top(totalBy, topCount));
