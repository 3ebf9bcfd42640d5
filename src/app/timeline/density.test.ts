import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binsFor, densityCells, densityOf, massBetween } from './density.ts';
import { dayOf } from './days.ts';

/** The density of every item, built from scratch: the reference a filtered density must match. */
const buildDensity = (starts: Int32Array, ends: Int32Array) =>
  densityOf(densityCells(starts, ends), null);

const density = (spans: [string, string][]) =>
  buildDensity(
    Int32Array.from(spans.map(([s]) => dayOf(s))),
    Int32Array.from(spans.map(([, e]) => dayOf(e) + 1)),
  );

describe('density', () => {
  it('counts a day-dated item once, on its day', () => {
    const index = density([['2014-07-03', '2014-07-03']]);
    expect(massBetween(index, dayOf('2014-07-03'), dayOf('2014-07-04'))).toBeCloseTo(1, 9);
    expect(massBetween(index, dayOf('2014-07-04'), dayOf('2014-08-01'))).toBe(0);
  });

  it('spreads a vague date evenly over its days', () => {
    const index = density([['2016-01-01', '2016-12-31']]);
    expect(massBetween(index, dayOf('2016-02-01'), dayOf('2016-03-01'))).toBeCloseTo(29 / 366, 9);
    expect(massBetween(index, dayOf('2000-01-01'), dayOf('2030-01-01'))).toBeCloseTo(1, 9);
  });

  it('bins at a grain that fits the pixels, each bin holding what falls in it', () => {
    const index = density([
      ['2014-01-10', '2014-01-10'],
      ['2014-01-20', '2014-01-20'],
      ['2014-03-01', '2014-03-31'],
    ]);
    const view = { start: dayOf('2014-01-01'), end: dayOf('2014-12-31') };
    const bins = binsFor(index, view, 120, 8);
    expect(bins.interval).toEqual({ unit: 'month', step: 1 });
    expect(bins.counts[0]).toBeCloseTo(2, 9);
    expect(bins.counts[2]).toBeCloseTo(1, 9);
    expect(bins.max).toBeCloseTo(2, 9);
    expect(bins.edges.length).toBe(bins.counts.length + 1);
  });

  it('coarsens its cells for items spread over many centuries, keeping the total', () => {
    const index = density([
      ['0500-01-01', '0500-01-01'],
      ['2014-01-01', '2014-01-01'],
    ]);
    expect(index.cellDays).toBeGreaterThan(1);
    expect(massBetween(index, dayOf('0400-01-01'), dayOf('2100-01-01'))).toBeCloseTo(2, 9);
  });

  it('of the items listed equals the density built from those items alone', () => {
    const spans = fc.array(
      fc.tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: 1, max: 90 }), fc.boolean()),
      { maxLength: 60 },
    );
    const windows = fc.array(
      fc.tuple(
        fc.double({ min: -400, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
      ),
      { minLength: 1, maxLength: 10 },
    );
    fc.assert(
      fc.property(spans, windows, (items, cuts) => {
        const starts = Int32Array.from(items.map(([s]) => s));
        const ends = Int32Array.from(items.map(([s, l]) => s + l));
        const listed = items.flatMap(([, , keep], i) => (keep ? [i] : []));
        const fast = densityOf(densityCells(starts, ends), listed);
        const reference = buildDensity(
          Int32Array.from(listed.map((i) => starts[i] ?? 0)),
          Int32Array.from(listed.map((i) => ends[i] ?? 0)),
        );
        for (const [from, length] of cuts) {
          const expected = massBetween(reference, from, from + length);
          expect(massBetween(fast, from, from + length)).toBeCloseTo(expected, 9);
        }
      }),
    );
  });
});
