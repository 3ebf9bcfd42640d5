/**
 * Measurement code injected into the page before the app runs. Times are `performance.now()`,
 * i.e. milliseconds since navigation started.
 *
 * - `firstData`: the first frame in which the event count, a map marker and the timeline's
 *   canvas are all in the document.
 * - For an interaction: `t0` is when the input event (a typed date) or the mousedown on a place
 *   option reached the page; `dom` when the count text changed; `settled` when the task that
 *   changed it (React's commit and its effects: markers, canvas) had finished; `frame` the start
 *   of the next animation frame after that, i.e. the screen update; `painted` the end of that
 *   frame's rendering (style, layout, paint: the first task after it); `quiet` the end of the last
 *   long task (over 50 ms) that began within QUIET_WINDOW_MS of the input, or `frame` if later:
 *   work the change set off after its first frame, such as the map moving to a picked place.
 */
/** How long after an input the bench watches for long tasks it set off. */
const QUIET_WINDOW_MS = 1000;

export const INIT_SCRIPT = `
(() => {
  const bench = (window.__bench = { firstData: null, t0: null, pending: null, longTasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const ready = () =>
    document.querySelector('.app__count') &&
    document.querySelector('.leaflet-marker-icon') &&
    document.querySelector('.tl-canvas');
  const poll = () => {
    if (ready()) bench.firstData = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  document.addEventListener('input', () => { bench.t0 = performance.now(); }, true);
  document.addEventListener('mousedown', (e) => {
    if (e.target instanceof Element && e.target.closest('[role=option]')) bench.t0 = performance.now();
  }, true);
  // Arms a watch on the count line; resolves with the timings once it changes.
  bench.arm = () => {
    const el = document.querySelector('.app__count');
    const before = el ? el.textContent : null;
    bench.t0 = null;
    bench.pending = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (el.textContent === before) return;
        observer.disconnect();
        const dom = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const settled = performance.now();
          requestAnimationFrame(() => {
            const frame = performance.now();
            const start = bench.t0 ?? dom;
            const afterFrame = new MessageChannel();
            afterFrame.port1.onmessage = () => {
              const painted = performance.now();
              setTimeout(() => {
                let quiet = painted;
                for (const [from, to] of bench.longTasks) {
                  if (from >= start && from <= start + ${QUIET_WINDOW_MS}) quiet = Math.max(quiet, to);
                }
                resolve({ t0: bench.t0, dom, settled, frame, painted, quiet, text: el.textContent });
              }, ${QUIET_WINDOW_MS});
            };
            afterFrame.port2.postMessage(null);
          });
        };
        channel.port2.postMessage(null);
      });
      observer.observe(el, { childList: true, characterData: true, subtree: true });
    });
    return before;
  };
})();
`;

export interface ChangeTimes {
  t0: number | null;
  dom: number;
  settled: number;
  frame: number;
  painted: number;
  quiet: number;
  text: string;
}

/** The page's measurement state, as functions run in the page see it. */
export interface PageBench {
  firstData: number | null;
  arm(): string | null;
  pending: Promise<ChangeTimes> | null;
}

export interface PageGlobal {
  __bench: PageBench;
}
