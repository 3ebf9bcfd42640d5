/**
 * The closing report of a pipeline run, for a person at a terminal: what was read, what was
 * skipped and why, what was found, and which place names could not be placed on the map.
 */
import type { CorpusFile } from '../shared/corpusFile.ts';
import type { SkippedFile } from './articles/readArticles.ts';

export interface NameCount {
  text: string;
  count: number;
}

export interface RunSummary {
  articlesRead: number;
  skipped: SkippedFile[];
  distinctPlaces: number;
  mentions: number;
  events: number;
  /** Every unresolved name with how often it occurs, most frequent first. */
  unresolvedNames: NameCount[];
}

/** How many unresolved names the report lists; the rest are counted. */
const TOP_UNRESOLVED = 20;

/** From the corpus file as written (built in full or spliced, the counts are the same). */
export function summarise(file: CorpusFile, skipped: readonly SkippedFile[]): RunSummary {
  return {
    articlesRead: file.articles.length,
    skipped: [...skipped],
    distinctPlaces: file.places.length,
    mentions: file.mentions.article.length,
    events: file.events.article.length,
    unresolvedNames: countNames(file.unresolved.map((u) => u.text)),
  };
}

/** Tallies names, treating spacing differences as the same name; ties in name order. */
export function countNames(names: readonly string[]): NameCount[] {
  const counts = new Map<string, number>();
  for (const name of names) {
    const key = name.replace(/\s+/g, ' ').trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([text, count]) => ({ text, count }))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

export function formatReport(summary: RunSummary): string[] {
  const lines = [
    `articles: ${summary.articlesRead} read, ${summary.skipped.length} skipped`,
    ...summary.skipped.map((s) => `  skipped ${s.file}: ${s.reason}`),
    `places: ${summary.distinctPlaces} distinct, ${summary.mentions} mentions`,
    `events: ${summary.events}`,
  ];
  const names = summary.unresolvedNames;
  const total = names.reduce((sum, n) => sum + n.count, 0);
  if (names.length === 0) {
    lines.push('unresolved place names: none');
  } else {
    lines.push(`unresolved place names: ${names.length} distinct, ${total} mentions`);
    const width = Math.max(...names.slice(0, TOP_UNRESOLVED).map((n) => String(n.count).length));
    for (const n of names.slice(0, TOP_UNRESOLVED)) {
      lines.push(`  ${String(n.count).padStart(width)}  ${n.text}`);
    }
    if (names.length > TOP_UNRESOLVED) lines.push(`  … and ${names.length - TOP_UNRESOLVED} more`);
  }
  return lines;
}
