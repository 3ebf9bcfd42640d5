import { describe, expect, it } from 'vitest';
import { seedSentence } from '../testing/seedArticles.ts';
import { isInFutureClause } from './tense.ts';

/** Whether `expression`, found in `sentence`, is in a future clause. */
function future(sentence: string, expression: string): boolean {
  const start = sentence.indexOf(expression);
  if (start === -1) throw new Error(`"${expression}" is not in "${sentence}"`);
  return isInFutureClause(sentence, start, start + expression.length);
}

describe('isInFutureClause', () => {
  it('finds the future in "2015 will witness" (seed 003)', () => {
    expect(future(seedSentence('003', '2015 will witness'), '2015')).toBe(true);
  });

  it('keeps past-tense clauses in the past (seed sentences)', () => {
    expect(future(seedSentence('003', 'this week offered'), 'this week')).toBe(false);
    expect(future(seedSentence('002', 'Mosul in July'), 'July')).toBe(false);
  });

  it('does not take a modal from another clause', () => {
    expect(future('Mosul fell in July, and officials will return.', 'July')).toBe(false);
    expect(future('In 2016, officials said they will return.', '2016')).toBe(false);
  });

  it('does not take a modal across a past or reporting verb', () => {
    expect(future('Officials who will leave next month arrived in July.', 'July')).toBe(false);
    expect(future('They will say they met in July.', 'July')).toBe(false);
  });

  it('takes a modal a few words away in the same clause, passives included', () => {
    expect(future('Elections will be held in 2018.', '2018')).toBe(true);
    expect(future('Fighters will be executed this week.', 'this week')).toBe(true);
    expect(future('In 2018 the group will hold elections.', '2018')).toBe(true);
  });

  it('reads the clause around each expression in a very long sentence', () => {
    const filler = 'and the convoy moved on '.repeat(4_000);
    const sentence = `${filler}as elections will be held in 2018 ${filler}while Mosul fell in July, ${filler}`;
    expect(future(sentence, '2018')).toBe(true);
    expect(future(sentence, 'July')).toBe(false);
  });

  it('does not link a modal more than 500 characters away, however few the words', () => {
    expect(future(`In 2018 ${'x'.repeat(400)} will happen.`, '2018')).toBe(true);
    expect(future(`In 2018 ${'x'.repeat(600)} will happen.`, '2018')).toBe(false);
  });
});
