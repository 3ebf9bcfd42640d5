/**
 * A long line with no sentence break (real seed sentences, full stops made commas, line breaks
 * made spaces) goes through the whole per-article processing, guard included, and the date it
 * carries is still read. Timings belong to the benchmark; this only fails if the line is skipped,
 * a stage throws, or the date is lost.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/corpus.ts';
import { tryProcessArticle } from '../corpus/processArticle.ts';
import { splitSentences } from '../events/sentences.ts';
import { recogniseTemporalExpressions } from '../events/temporal/recognise.ts';
import { loadSeedArticle, SEED_IDS } from '../events/testing/seedArticles.ts';
import { loadGeoparser } from '../geoparse/loadGeoparser.ts';
import type { Geoparser } from '../geoparse/types.ts';

let geoparser: Geoparser;
beforeAll(async () => {
  geoparser = await loadGeoparser();
}, 120_000);

const LENGTH = 200_000;
const EMBEDDED = 'hundreds of fighters left Raqqa for Idlib on 12 September 2017, ';

/** The seed sentences that state no date, with their sentence-ending punctuation made commas. */
function undatedSeedClauses(): string[] {
  return SEED_IDS.flatMap((id) => splitSentences(loadSeedArticle(id).text))
    .map((s) => s.text.replace(/[.!?\r\n]/gu, ',').replace(/\s+/gu, ' '))
    .filter((s) => /\s/u.test(s) && !/\d/u.test(s))
    .filter((s) => recogniseTemporalExpressions(s).length === 0);
}

/** ~LENGTH characters on one line, EMBEDDED halfway, with no date stated before it. */
function longLine(): { text: string; at: number } {
  const clauses = undatedSeedClauses();
  let before = '';
  for (let i = 0; before.length < LENGTH / 2; i++) before += `${clauses[i % clauses.length]} `;
  let after = '';
  for (let i = 0; after.length < LENGTH / 2; i++) after += `${clauses[(i * 7) % clauses.length]} `;
  return { text: before + EMBEDDED + after, at: before.length };
}

describe('a 200,000-character line with no sentence break', () => {
  it('is processed, and the date embedded halfway dates its one event', () => {
    const { text, at } = longLine();
    expect(text.length).toBeGreaterThanOrEqual(LENGTH);
    expect(text).not.toMatch(/[.!?\n]/u);
    const article: Article = {
      id: 'long-line',
      file: 'long-line.txt',
      title: 'A long line',
      source: null,
      url: null,
      published: { start: '2017-09-14', end: '2017-09-14', precision: 'day', text: '2017-09-14' },
      text,
    };

    const outcome = tryProcessArticle(article, geoparser);
    if (!outcome.ok) throw new Error(outcome.reason);
    const { events, geoparse } = outcome.result;

    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.start).toBe(0);
    expect(event?.end).toBe(text.trimEnd().length);
    expect(event?.date).toEqual({
      start: '2017-09-12',
      end: '2017-09-12',
      precision: 'day',
      text: 'on 12 September 2017',
    });
    expect(event?.dateBasis).toBe('text');
    // The places named in the embedded clause are found and belong to the event.
    const raqqa = geoparse.mentions.find((m) => m.start === at + EMBEDDED.indexOf('Raqqa'));
    expect(raqqa?.text).toBe('Raqqa');
    expect(event?.placeIds).toContain(raqqa?.place.gazetteerId);
  }, 60_000);
});
