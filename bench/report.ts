/** The bench's figures as a table for the terminal, each against its target where it has one. */
import type { AppFigures } from './app/benchApp.ts';
import type { IndexLoadFigures } from './pipeline/benchIndexLoad.ts';
import type { PipelineFigures } from './pipeline/benchPipeline.ts';

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; node: string; loadAverage: number[] };
  indexLoad: IndexLoadFigures | null;
  pipeline: PipelineFigures | null;
  app: AppFigures | null;
}

type Row = [figure: string, value: string, target: string, verdict: string];

const ms = (n: number | null) => (n === null || Number.isNaN(n) ? '-' : `${Math.round(n)} ms`);
const s = (n: number) => `${(n / 1000).toFixed(1)} s`;
const mb = (n: number) => `${Math.round(n)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const check = (value: number, limit: number) =>
  Number.isNaN(value) ? 'no figure' : value < limit ? 'met' : 'MISSED';

export function tableRows(r: BenchResults): Row[] {
  const rows: Row[] = [];
  if (r.indexLoad) {
    rows.push(['gazetteer index load, cold (build)', ms(r.indexLoad.coldMs), '', '']);
    rows.push(['gazetteer index load, warm (cache)', ms(r.indexLoad.warmMs), '', '']);
  }
  if (r.pipeline) {
    for (const b of r.pipeline.builds) {
      const target = b.articles === 10_000 ? '< 60 s' : '';
      rows.push([
        `build ${b.articles} articles (${b.events} events), ${b.workers} workers`,
        `${s(b.wallMs)} (CPU ${s(b.cpuMs)}), ${b.articlesPerSecond.toFixed(0)} art/s, peak RSS ${mb(b.peakRssMb)}`,
        target,
        target ? check(b.wallMs, 60_000) : '',
      ]);
    }
    const serial = r.pipeline.serial;
    if (serial) {
      rows.push([
        `build ${serial.articles} articles, 0 workers (comparison)`,
        `${s(serial.wallMs)} (CPU ${s(serial.cpuMs)}), ${serial.articlesPerSecond.toFixed(0)} art/s, peak RSS ${mb(serial.peakRssMb)}`,
        '',
        '',
      ]);
    }
    for (const inc of r.pipeline.incremental) {
      const timed = inc.label !== 'nothing changed';
      rows.push([
        `rebuild, ${inc.label} (${inc.processed} processed, ${inc.cached} cached)`,
        `${s(inc.wallMs)} (CPU ${s(inc.cpuMs)}), peak RSS ${mb(inc.peakRssMb)}`,
        timed ? '< 2 s' : '',
        timed ? check(inc.wallMs, 2000) : '',
      ]);
    }
  }
  if (r.app) {
    rows.push([
      'first-load JS, gzip (data excluded)',
      kb(r.app.firstLoadJsGzipBytes),
      '< 200 KB',
      check(r.app.firstLoadJsGzipBytes, 200 * 1024),
    ]);
    for (const c of r.app.corpora) {
      const big = c.events >= 50_000;
      const mid = c.events >= 5_000 && !big;
      const filterTarget = big ? 50 : mid ? 16 : NaN;
      const tag = `${c.events} events`;
      rows.push([
        `${tag}: corpus file (gzip)`,
        `${kb(c.corpusBytes)} (${kb(c.corpusGzipBytes)})`,
        '',
        '',
      ]);
      rows.push([
        `${tag}: navigation -> map + timeline data`,
        `${ms(c.firstDataMs)} (corpus fetched at ${ms(c.corpusLoadedMs)})`,
        big ? '< 2 s' : '',
        big ? check(c.firstDataMs, 2000) : '',
      ]);
      rows.push([`${tag}: JS heap after load`, mb(c.heapMb), '', '']);
      for (const [what, f] of [
        ['date change', c.dateChange],
        ['place pick', c.placeSelect],
      ] as const) {
        rows.push([
          `${tag}: ${what} -> next frame, median / p95 (n=${f.samples})`,
          `${ms(f.frameMedianMs)} / ${ms(f.frameP95Ms)}`,
          Number.isNaN(filterTarget) ? '' : `p95 < ${filterTarget} ms`,
          Number.isNaN(filterTarget) ? '' : check(f.frameP95Ms, filterTarget),
        ]);
        rows.push([
          `${tag}: ${what} -> task done, median / p95`,
          `${ms(f.settledMedianMs)} / ${ms(f.settledP95Ms)}`,
          '',
          '',
        ]);
        rows.push([
          `${tag}: ${what} -> last long task over, median / p95`,
          `${ms(f.quietMedianMs)} / ${ms(f.quietP95Ms)}`,
          '',
          '',
        ]);
      }
      if (c.pageErrors.length > 0)
        rows.push([`${tag}: page errors`, c.pageErrors.join(' | '), 'none', 'MISSED']);
    }
  }
  for (const f of r.app?.failures ?? []) rows.push([`app, ${f.label}`, f.error, '', 'FAILED']);
  return rows;
}

export function formatTable(rows: readonly Row[]): string {
  const header: Row = ['figure', 'value', 'target', ''];
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => row[col]?.length ?? 0)));
  const line = (row: Row) =>
    row
      .map((cell, col) => cell.padEnd(widths[col] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
