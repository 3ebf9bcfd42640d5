import { describe, expect, it } from 'vitest';
import type { DateRange } from '../../../shared/corpus.ts';
import { seedArticle, seedSentence } from '../testing/seedArticles.ts';
import { recogniseTemporalExpressions } from './recognise.ts';
import { resolveTemporalExpression, type ResolutionContext } from './resolve.ts';

function publishedOf(prefix: string): ResolutionContext['published'] {
  const published = seedArticle(prefix).published;
  if (!published) throw new Error(`seed ${prefix} has no publication range`);
  return published;
}

/** Resolves the first expression of a seed sentence against that seed's publication range. */
function resolveIn(
  prefix: string,
  fragment: string,
  context: Partial<ResolutionContext> = {},
): DateRange | null {
  const sentence = seedSentence(prefix, fragment);
  const [expression] = recogniseTemporalExpressions(sentence);
  if (!expression) throw new Error(`no temporal expression in "${sentence}"`);
  return resolveTemporalExpression(expression, {
    published: publishedOf(prefix),
    anchorYear: null,
    ...context,
  });
}

const range = (start: string, end: string, precision: DateRange['precision'], text: string) => ({
  start,
  end,
  precision,
  text,
});

describe('resolveTemporalExpression on the seed sentences (published September 2017 unless said)', () => {
  it('"in July" is July 2017', () => {
    expect(resolveIn('002', 'Mosul in July')).toEqual(
      range('2017-07-01', '2017-07-31', 'month', 'July'),
    );
  });

  it('"fell in February" is February 2017, the most recent February', () => {
    expect(resolveIn('004', 'fell in February')).toEqual(
      range('2017-02-01', '2017-02-28', 'month', 'February'),
    );
  });

  it('"late August" is the last third of August 2017', () => {
    expect(resolveIn('002', 'in late August')).toEqual(
      range('2017-08-21', '2017-08-31', 'part-month', 'late August'),
    );
  });

  it('"earlier this month" runs from the first of September to the end of publication', () => {
    expect(resolveIn('004', 'earlier this month')).toEqual(
      range('2017-09-01', '2017-09-15', 'range', 'earlier this month'),
    );
  });

  it('"mid-2014" is May-August 2014 and "early 2014" January-April 2014', () => {
    expect(resolveIn('002', 'rise in mid-2014')).toEqual(
      range('2014-05-01', '2014-08-31', 'part-year', 'mid-2014'),
    );
    expect(resolveIn('004', 'since early 2014')).toEqual(
      range('2014-01-01', '2014-04-30', 'part-year', 'early 2014'),
    );
  });

  it('"some time in 2012" is the year 2012', () => {
    expect(resolveIn('004', 'some time in 2012')).toEqual(
      range('2012-01-01', '2012-12-31', 'year', 'some time in 2012'),
    );
  });

  it('"early the next year" is January-April of the year after the anchor, and nothing without one', () => {
    expect(resolveIn('004', 'early the next year', { anchorYear: 2012 })).toEqual(
      range('2013-01-01', '2013-04-30', 'part-year', 'early the next year'),
    );
    expect(resolveIn('004', 'early the next year', { anchorYear: null })).toBeNull();
  });

  it('"within the last six months" (published Dec 2014 - Jan 2015) is June 2014 to the end of January 2015', () => {
    expect(resolveIn('003', 'within the last six months')).toEqual(
      range('2014-06-01', '2015-01-31', 'range', 'within the last six months'),
    );
  });

  it('"2015 will witness" is the year 2015 (the future flag comes from recognition)', () => {
    expect(resolveIn('003', '2015 will witness')).toEqual(
      range('2015-01-01', '2015-12-31', 'year', '2015'),
    );
  });

  it('"in the coming days" runs from publication to two weeks after it', () => {
    expect(resolveIn('003', 'in the coming days')).toEqual(
      range('2014-12-01', '2015-02-14', 'range', 'in the coming days'),
    );
  });

  it('"Wednesday, December 25" with no year is no date: publication does not pin the year', () => {
    expect(resolveIn('003', 'Wednesday, December 25')).toBeNull();
  });
});

describe('publication width is inherited by relative dates', () => {
  const narrow = { start: '2017-09-12', end: '2017-09-12' };

  it('"earlier this month" widens with the publication range and narrows with it', () => {
    expect(resolveIn('004', 'earlier this month', { published: narrow })?.end).toBe('2017-09-12');
    expect(
      resolveIn('004', 'earlier this month', {
        published: { start: '2017-09-12', end: '2017-09-14' },
      }),
    ).toEqual(range('2017-09-01', '2017-09-14', 'range', 'earlier this month'));
  });

  it('"in July" stays July 2017 for September publication, and becomes a range when publication straddles July', () => {
    expect(resolveIn('002', 'Mosul in July', { published: narrow })?.precision).toBe('month');
    expect(
      resolveIn('002', 'Mosul in July', { published: { start: '2017-06-20', end: '2017-07-10' } }),
    ).toEqual(range('2016-07-01', '2017-07-31', 'range', 'July'));
  });

  it('"this week" covers the week of the first publication day to the last', () => {
    expect(resolveIn('003', 'this week offered', { published: narrow })).toEqual(
      range('2017-09-11', '2017-09-12', 'range', 'this week'),
    );
    expect(resolveIn('003', 'this week offered')).toEqual(
      range('2014-12-01', '2015-01-31', 'range', 'this week'),
    );
  });

  it('relative dates resolve to nothing without a publication range; absolute ones still resolve', () => {
    expect(resolveIn('002', 'Mosul in July', { published: null })).toBeNull();
    expect(resolveIn('003', 'within the last six months', { published: null })).toBeNull();
    expect(resolveIn('002', 'rise in mid-2014', { published: null })?.start).toBe('2014-05-01');
  });
});

describe('written calendar days', () => {
  const resolveText = (sentence: string, published: ResolutionContext['published']) => {
    const [expression] = recogniseTemporalExpressions(sentence);
    if (!expression) throw new Error(`no temporal expression in "${sentence}"`);
    return resolveTemporalExpression(expression, { published, anchorYear: null });
  };

  it('a day with a year is that day', () => {
    expect(resolveText('It began on September 12, 2017.', null)).toEqual(
      range('2017-09-12', '2017-09-12', 'day', 'September 12, 2017'),
    );
  });

  it('a day without a year takes the year publication pins, unless its weekday disagrees', () => {
    const published = { start: '2014-12-26', end: '2014-12-30' };
    expect(resolveText('It happened on December 25.', published)).toEqual(
      range('2014-12-25', '2014-12-25', 'day', 'December 25'),
    );
    // 2014-12-25 was a Thursday.
    expect(resolveText('It happened on Wednesday, December 25.', published)).toBeNull();
    expect(resolveText('It happened on Thursday, December 25.', published)?.start).toBe(
      '2014-12-25',
    );
  });
});

describe('calendar units relative to publication (forms the seeds lack)', () => {
  const published = { start: '2017-09-12', end: '2017-09-14' };
  const resolveText = (sentence: string) => {
    const [expression] = recogniseTemporalExpressions(sentence);
    if (!expression) throw new Error(`no temporal expression in "${sentence}"`);
    return resolveTemporalExpression(expression, { published, anchorYear: null });
  };

  it('"last month", "last week" and "last year" are the previous calendar unit', () => {
    expect(resolveText('They left last month.')).toMatchObject({
      start: '2017-08-01',
      end: '2017-08-31',
      precision: 'month',
    });
    expect(resolveText('They left last week.')).toMatchObject({
      start: '2017-09-04',
      end: '2017-09-10',
      precision: 'week',
    });
    expect(resolveText('They left last year.')).toMatchObject({
      start: '2016-01-01',
      end: '2016-12-31',
      precision: 'year',
    });
  });

  it('"next year" is the following calendar year and "later this month" the rest of it', () => {
    expect(resolveText('They will leave next year.')).toMatchObject({
      start: '2018-01-01',
      end: '2018-12-31',
    });
    expect(resolveText('A trial is due later this month.')).toMatchObject({
      start: '2017-09-12',
      end: '2017-09-30',
      precision: 'range',
    });
  });
});
