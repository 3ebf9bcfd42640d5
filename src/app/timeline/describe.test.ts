import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { describeItem, describeItemDate, summarise } from './describe.ts';
import { item } from './testItems.ts';

describe('item dates in words', () => {
  it('follow the precision of the date', () => {
    expect(describeItemDate(item('a', '2014-07-03'))).toBe('3 Jul 2014');
    const month = { ...item('b', '2014-07-01', '2014-07-31'), precision: 'month' as const };
    expect(describeItemDate(month)).toBe('Jul 2014');
    const year = { ...item('c', '2014-01-01', '2014-12-31'), precision: 'year' as const };
    expect(describeItemDate(year)).toBe('2014');
    expect(describeItemDate(item('d', '2014-05-01', '2014-08-31'))).toBe('May to Aug 2014');
    expect(describeItemDate(item('f', '2014-12-01', '2015-01-31'))).toBe('Dec 2014 to Jan 2015');
    expect(describeItemDate(item('g', '2014-08-01', '2014-08-15'))).toBe('1 to 15 Aug 2014');
    expect(describeItemDate(item('h', '2014-07-28', '2014-08-03'))).toBe('28 Jul to 3 Aug 2014');
    expect(describeItemDate(item('i', '2014-12-28', '2015-01-03'))).toBe(
      '28 Dec 2014 to 3 Jan 2015',
    );
    expect(describeItemDate(item('j', '2016-02-01', '2016-02-29'))).toBe('Feb 2016');
  });

  it('say when only the publication dates an item', () => {
    expect(describeItem(item('e', '2014-07-03', '2014-07-03', 'published'))).toBe(
      'Event e, 3 Jul 2014 (publication date)',
    );
  });
});

describe('the text alternative', () => {
  it('gives the count, the extent and what the view shows', () => {
    const text = summarise(
      96,
      dayOf('2012-01-04'),
      dayOf('2019-03-02'),
      dayOf('2017-09-01'),
      dayOf('2017-12-31'),
      12,
    );
    expect(text).toBe(
      '96 events from Jan 2012 to Mar 2019; showing Sep 2017 to Dec 2017 (12 events).',
    );
  });

  it('says so when nothing matches, and uses the singular for one', () => {
    expect(summarise(0, 0, 0, 0, 0, 0)).toBe('No dated events match the filters.');
    expect(summarise(1, 100, 100, 80, 110, 1)).toBe(
      '1 event from Apr 1970; showing Mar 1970 to Apr 1970 (1 event).',
    );
  });
});
