import { describe, expect, it } from 'vitest';
import { seedSentence } from '../testing/seedArticles.ts';
import { recogniseTemporalExpressions } from './recognise.ts';

const found = (sentence: string) =>
  recogniseTemporalExpressions(sentence).map(({ text, value, future }) => ({
    text,
    value,
    future,
  }));

describe('recogniseTemporalExpressions on the seed sentences', () => {
  it('reads "in July" as a month without a year', () => {
    expect(found(seedSentence('002', 'Mosul in July'))).toEqual([
      { text: 'July', value: { kind: 'month', month: 7, year: null }, future: false },
    ]);
  });

  it('reads "fell in February" as a month without a year', () => {
    expect(found(seedSentence('004', 'fell in February'))).toEqual([
      { text: 'February', value: { kind: 'month', month: 2, year: null }, future: false },
    ]);
  });

  it('reads "late August" as the last part of a month', () => {
    expect(found(seedSentence('002', 'in late August'))).toEqual([
      {
        text: 'late August',
        value: { kind: 'part-month', part: 'late', month: 8, year: null },
        future: false,
      },
    ]);
  });

  it('reads "earlier this month" as the current month so far', () => {
    expect(found(seedSentence('004', 'earlier this month'))).toEqual([
      { text: 'earlier this month', value: { kind: 'this-unit', unit: 'month' }, future: false },
    ]);
  });

  it('reads "mid-2014" and "early 2014" as parts of a year', () => {
    expect(found(seedSentence('002', 'rise in mid-2014'))).toEqual([
      { text: 'mid-2014', value: { kind: 'part-year', part: 'mid', year: 2014 }, future: false },
    ]);
    expect(found(seedSentence('004', 'since early 2014'))).toEqual([
      {
        text: 'early 2014',
        value: { kind: 'part-year', part: 'early', year: 2014 },
        future: false,
      },
    ]);
  });

  it('reads "some time in 2012" as the year and "early the next year" as anchored to it', () => {
    expect(found(seedSentence('004', 'some time in 2012'))).toEqual([
      { text: 'some time in 2012', value: { kind: 'year', year: 2012 }, future: false },
    ]);
    expect(found(seedSentence('004', 'early the next year'))).toEqual([
      {
        text: 'early the next year',
        value: { kind: 'anchored-year', offset: 1, part: 'early' },
        future: false,
      },
    ]);
  });

  it('reads "within the last six months", "the past year" and "in recent weeks" as spans up to publication', () => {
    expect(found(seedSentence('003', 'within the last six months'))).toEqual([
      {
        text: 'within the last six months',
        value: { kind: 'trailing', unit: 'month', count: 6 },
        future: false,
      },
    ]);
    expect(found(seedSentence('002', 'throughout the past year'))[0]?.value).toEqual({
      kind: 'trailing',
      unit: 'year',
      count: 1,
    });
    // "recent weeks" names no count: read generously as up to two months.
    expect(found(seedSentence('003', 'In recent weeks'))[0]?.value).toEqual({
      kind: 'trailing',
      unit: 'month',
      count: 2,
    });
  });

  it('marks "2015 will witness" and "in the coming days" as the future', () => {
    expect(found(seedSentence('003', '2015 will witness'))).toEqual([
      { text: '2015', value: { kind: 'year', year: 2015 }, future: true },
    ]);
    expect(found(seedSentence('003', 'in the coming days'))).toEqual([
      {
        text: 'in the coming days',
        value: { kind: 'coming', unit: 'week', count: 2 },
        future: true,
      },
    ]);
  });

  it('keeps "this week" in a past-tense clause in the past', () => {
    expect(found(seedSentence('003', 'this week offered'))).toEqual([
      { text: 'this week', value: { kind: 'this-unit', unit: 'week' }, future: false },
    ]);
  });
});

describe('what recogniseTemporalExpressions does not take for a date', () => {
  it('ignores ages: "when she was 15-years-old", "when she was 15", "the 26-year-old"', () => {
    expect(found(seedSentence('000', 'when she was 15-years-old'))).toEqual([]);
    expect(found(seedSentence('001', 'when she was 15 along'))).toEqual([]);
    expect(found(seedSentence('004', 'said the 26-year-old'))).toEqual([]);
  });

  it('ignores counts and money: "400 to 600", "2,500 civilians", "$2,000", "USD 2,000", "120 such cases" aside', () => {
    expect(found(seedSentence('001', 'around 400 to 600 militants'))).toEqual([]);
    expect(found(seedSentence('001', 'around 2,500 civilians'))).toEqual([]);
    expect(found(seedSentence('002', 'USD 2,000'))).toEqual([]);
    expect(found(seedSentence('004', '$2,000')).map((e) => e.text)).toEqual(['earlier this month']);
    expect(found(seedSentence('003', '120 such cases')).map((e) => e.text)).toEqual([
      'within the last six months',
    ]);
    expect(found('Around 2000 fighters left; he paid $2015 for it.')).toEqual([]);
  });

  it('ignores durations and unanchored relative days: "for two weeks", "A few days later", "for a little while"', () => {
    expect(found('They were held for two weeks.')).toEqual([]);
    expect(found(seedSentence('003', 'A few days later, he called back'))).toEqual([]);
    expect(found(seedSentence('003', 'for a little while'))).toEqual([]);
  });

  it('takes "May" and "March" as months only where a month is expected', () => {
    expect(found('Officials may March on Raqqa.')).toEqual([]);
    expect(found('They left in May.').map((e) => e.text)).toEqual(['May']);
  });

  it('recognises "Wednesday, December 25" as a day without a year (resolution decides it is no date)', () => {
    expect(found(seedSentence('003', 'Wednesday, December 25'))).toEqual([
      {
        text: 'Wednesday, December 25',
        value: { kind: 'day', month: 12, day: 25, year: null, weekday: 3 },
        future: false,
      },
    ]);
  });
});

describe('recogniseTemporalExpressions on written calendar dates (chrono)', () => {
  it('reads full dates in the common news formats', () => {
    expect(
      found('It began on September 12, 2017, resumed 3 March 2016 and ended 2016-05-04.').map(
        (e) => [e.text, e.value],
      ),
    ).toEqual([
      ['September 12, 2017', { kind: 'day', month: 9, day: 12, year: 2017, weekday: null }],
      ['3 March 2016', { kind: 'day', month: 3, day: 3, year: 2016, weekday: null }],
      ['2016-05-04', { kind: 'day', month: 5, day: 4, year: 2016, weekday: null }],
    ]);
  });

  it('reads "June 2014" as a month of a given year', () => {
    expect(found('Mosul fell in June 2014.')[0]?.value).toEqual({
      kind: 'month',
      month: 6,
      year: 2014,
    });
  });

  it('marks a year in a clause with "will" as the future, but not one reported as said', () => {
    expect(found('In 2016, officials said they will return.')[0]?.future).toBe(false);
    expect(found('Elections will be held in 2018.')[0]?.future).toBe(true);
  });
});
