import { describe, expect, it } from 'vitest';
import { Event, type Article } from '../../shared/corpus.ts';
import { extractEvents, type PlaceMentionRef } from './extractEvents.ts';
import { SEED_IDS, loadSeedArticle, seedArticle } from './testing/seedArticles.ts';

/**
 * Place mentions as the geoparser reports them: every whole-word occurrence of each name. The
 * names and ids are written out here because the events stage only reads offsets and ids.
 */
function mentionsOf(text: string, places: Record<string, string>): PlaceMentionRef[] {
  const mentions: PlaceMentionRef[] = [];
  for (const [name, placeId] of Object.entries(places)) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'gu'))) {
      mentions.push({ placeId, start: m.index, end: m.index + name.length });
    }
  }
  return mentions;
}

const SEED_PLACES: Record<string, string> = {
  Syria: 'country:SY',
  Syrian: 'country:SY',
  Turkey: 'country:TR',
  Turkish: 'country:TR',
  Iraq: 'country:IQ',
  Mosul: 'geonames:99072',
  Idlib: 'geonames:169389',
  Morocco: 'country:MA',
  Moroccan: 'country:MA',
  Casablanca: 'geonames:2553604',
  Baghuz: 'addition:baghuz',
};

function eventsOf(article: Article): Event[] {
  return extractEvents(article, mentionsOf(article.text, SEED_PLACES));
}

function eventContaining(events: Event[], fragment: string): Event {
  const event = events.find((e) => e.text.includes(fragment));
  if (!event) throw new Error(`no event contains "${fragment}"`);
  return event;
}

describe('extractEvents on every seed article', () => {
  it('gives valid events whose offsets slice back to their text, ordered, with unique ids', () => {
    for (const id of SEED_IDS) {
      const article = loadSeedArticle(id);
      const events = eventsOf(article);
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        expect(Event.safeParse(event).success).toBe(true);
        expect(article.text.slice(event.start, event.end)).toBe(event.text);
        expect(event.articleId).toBe(id);
        expect(event.id).toBe(`${id}:${event.start}`);
      }
      expect(events.map((e) => e.start)).toEqual(
        [...events.map((e) => e.start)].sort((a, b) => a - b),
      );
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    }
  });

  it('is deterministic: two runs on the same input are deep-equal', () => {
    for (const id of SEED_IDS) {
      const article = loadSeedArticle(id);
      expect(eventsOf(article)).toEqual(eventsOf(article));
    }
  });

  it('skips one-word section labels and sentences repeated word for word (photo captions)', () => {
    expect(eventsOf(seedArticle('001')).some((e) => e.text === 'Syria')).toBe(false);
    const article = seedArticle('004');
    const caption =
      'Hundreds of former fighters have made it across the patrolled frontier into towns in the south of Turkey.';
    const copies = eventsOf(article).filter((e) => e.text === caption);
    expect(copies).toHaveLength(1);
    expect(copies[0]?.start).toBe(article.text.indexOf(caption));
  });

  it('keeps a sentence only when it names a place or states a date', () => {
    const events = eventsOf(seedArticle('002'));
    expect(events.some((e) => e.text === 'Editing by Ava Homa')).toBe(false);
    expect(events.some((e) => e.text.startsWith('“Most want to leave'))).toBe(false);
    // A dated sentence without a known place is still an event.
    expect(eventContaining(events, 'throughout the past year').placeIds).toEqual([]);
  });
});

describe('extractEvents dates events honestly (seed 002, published 2017-09-12 – 2017-09-14)', () => {
  const events = eventsOf(seedArticle('002'));

  it('dates a sentence by its temporal expression, with the places it mentions', () => {
    expect(eventContaining(events, 'in late August')).toMatchObject({
      placeIds: ['country:SY'],
      date: {
        start: '2017-08-21',
        end: '2017-08-31',
        precision: 'part-month',
        text: 'late August',
      },
      dateBasis: 'text',
      future: false,
    });
    expect(eventContaining(events, 'Mosul in July')).toMatchObject({
      placeIds: ['geonames:99072'],
      date: { start: '2017-07-01', end: '2017-07-31', precision: 'month', text: 'July' },
      dateBasis: 'text',
    });
  });

  it('dates a sentence with a place but no expression by publication ("reported on")', () => {
    expect(eventContaining(events, 'Idlib Province')).toMatchObject({
      placeIds: ['country:SY', 'geonames:169389', 'country:TR'],
      date: {
        start: '2017-09-12',
        end: '2017-09-14',
        precision: 'range',
        text: 'published 2017-09-12 – 2017-09-14',
      },
      dateBasis: 'published',
      future: false,
    });
  });

  it('never dates by "USD 2,000" or "26-year-old"', () => {
    expect(eventContaining(events, 'USD 2,000').dateBasis).toBe('published');
  });

  it('leaves place sentences undated when the publication range is unknown', () => {
    const undated = eventsOf({ ...seedArticle('002'), published: null });
    expect(eventContaining(undated, 'Idlib Province')).toMatchObject({
      date: null,
      dateBasis: null,
    });
    // Absolute dates need no publication range; relative ones do.
    expect(eventContaining(undated, 'rise in mid-2014').date?.text).toBe('mid-2014');
    expect(undated.some((e) => e.text.includes('throughout the past year'))).toBe(false);
  });
});

describe('extractEvents on seed 004 (published 2017-09-12 – 2017-09-15)', () => {
  const article = seedArticle('004');
  const events = eventsOf(article);

  it('resolves "early the next year" against the year of the sentence it continues', () => {
    expect(eventContaining(events, 'some time in 2012').date).toEqual({
      start: '2012-01-01',
      end: '2012-12-31',
      precision: 'year',
      text: 'some time in 2012',
    });
    expect(eventContaining(events, 'early the next year')).toMatchObject({
      date: {
        start: '2013-01-01',
        end: '2013-04-30',
        precision: 'part-year',
        text: 'early the next year',
      },
      dateBasis: 'text',
    });
  });

  it('does not resolve "the next year" when no stated year precedes it', () => {
    const unanchored = {
      ...article,
      text: article.text.replace('some time in 2012', 'some time ago'),
    };
    expect(eventsOf(unanchored).some((e) => e.text.includes('early the next year'))).toBe(false);
  });

  it('inherits the publication width: "earlier this month" ends with publication', () => {
    expect(eventContaining(events, 'earlier this month').date).toEqual({
      start: '2017-09-01',
      end: '2017-09-15',
      precision: 'range',
      text: 'earlier this month',
    });
    const oneDay = {
      ...article,
      published: {
        start: '2017-09-12',
        end: '2017-09-12',
        precision: 'day' as const,
        text: '2017-09-12',
      },
    };
    expect(eventContaining(eventsOf(oneDay), 'earlier this month').date?.end).toBe('2017-09-12');
  });

  it('dates "fell in February" to February 2017 and "from mid-2014 onwards" to mid-2014', () => {
    expect(eventContaining(events, 'fell in February').date?.start).toBe('2017-02-01');
    expect(eventContaining(events, 'mid-2014 onwards').date).toMatchObject({
      start: '2014-05-01',
      end: '2014-08-31',
      precision: 'part-year',
    });
  });
});

describe('extractEvents on seed 003 (published 2014-12-01 – 2015-01-31)', () => {
  const events = eventsOf(seedArticle('003'));

  it('does not date anything by the banner "Wednesday, December 25"', () => {
    expect(events.some((e) => e.text === 'Wednesday, December 25')).toBe(false);
    expect(events.some((e) => e.date?.text.includes('December 25'))).toBe(false);
  });

  it('keeps "2015 will witness" as a future event, apart from past ones', () => {
    expect(eventContaining(events, '2015 will witness')).toMatchObject({
      date: { start: '2015-01-01', end: '2015-12-31', precision: 'year', text: '2015' },
      dateBasis: 'text',
      future: true,
    });
  });

  it('dates "within the last six months" from June 2014 to the end of publication', () => {
    expect(eventContaining(events, 'within the last six months').date).toEqual({
      start: '2014-06-01',
      end: '2015-01-31',
      precision: 'range',
      text: 'within the last six months',
    });
  });

  it('does not date "A few days later" (relative to a moment the text never gives)', () => {
    expect(eventContaining(events, 'A few days later, he called back').dateBasis).toBe('published');
  });
});

describe('extractEvents picks the dating expression', () => {
  const published = {
    start: '2017-09-12',
    end: '2017-09-14',
    precision: 'range' as const,
    text: '2017-09-12 – 2017-09-14',
  };
  const article = (text: string): Article => ({
    id: 'synthetic',
    file: 'synthetic.txt',
    title: '',
    source: null,
    url: null,
    published,
    text,
  });

  it('takes the first past expression, skipping future ones before it', () => {
    const [event] = extractEvents(
      article('Officials who will leave next year arrived in July.'),
      [],
    );
    expect(event).toMatchObject({ date: { text: 'July', start: '2017-07-01' }, future: false });
  });

  it('marks an expression after publication as the future even without "will"', () => {
    const [event] = extractEvents(article('The trial is set for March 2018.'), []);
    expect(event).toMatchObject({
      date: { start: '2018-03-01', precision: 'month' },
      future: true,
    });
  });
});
