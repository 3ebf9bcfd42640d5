import { describe, expect, it } from 'vitest';
import { countNames, formatReport, type RunSummary } from './report.ts';

const summary = (over: Partial<RunSummary> = {}): RunSummary => ({
  articlesRead: 4,
  skipped: [],
  distinctPlaces: 7,
  mentions: 31,
  events: 12,
  unresolvedNames: [],
  ...over,
});

describe('countNames', () => {
  it('counts names, most frequent first, ties in name order, spacing ignored', () => {
    expect(
      countNames(['Raqqa', 'Baghuz', 'Deir  ez-Zour', 'Raqqa', 'Deir ez-Zour', 'Al Hol']),
    ).toEqual([
      { text: 'Deir ez-Zour', count: 2 },
      { text: 'Raqqa', count: 2 },
      { text: 'Al Hol', count: 1 },
      { text: 'Baghuz', count: 1 },
    ]);
  });
});

describe('formatReport', () => {
  it('lists skipped files with their reasons and the totals', () => {
    const lines = formatReport(summary({ skipped: [{ file: 'empty.txt', reason: 'empty file' }] }));
    expect(lines).toEqual([
      'articles: 4 read, 1 skipped',
      '  skipped empty.txt: empty file',
      'places: 7 distinct, 31 mentions',
      'events: 12',
      'unresolved place names: none',
    ]);
  });

  it('shows the top 20 unresolved names with aligned counts, and how many more there are', () => {
    const names = Array.from({ length: 23 }, (_, i) => ({ text: `Place ${i}`, count: 23 - i }));
    const lines = formatReport(summary({ unresolvedNames: names }));
    const total = names.reduce((s, n) => s + n.count, 0);
    expect(lines).toContain(`unresolved place names: 23 distinct, ${total} mentions`);
    expect(lines).toContain('  23  Place 0');
    expect(lines).toContain('   4  Place 19');
    expect(lines).not.toContain('   3  Place 20');
    expect(lines.at(-1)).toBe('  … and 3 more');
  });
});
