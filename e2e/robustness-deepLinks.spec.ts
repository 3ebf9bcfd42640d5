/**
 * Robustness: 100 generated deep links (real and unknown ids, broken dates and map values, junk
 * keys, bad percent-encoding) each open the explorer with no uncaught page error. Fixed seed, so
 * a failing link reproduces; the link is in the failure message.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { CorpusFile } from '../src/shared/corpusFile.ts';
import { unpackCorpus } from '../src/shared/packCorpus.ts';
import { expect, test } from './fixtures.ts';

const SEED = 4_173;
const LINKS = 100;
const PER_TEST = 20;

// The file is packed (schema v2); the ids are read from the corpus as the app sees it.
const corpus = unpackCorpus(
  JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as CorpusFile,
);
const some = <T>(items: readonly T[]) => items.slice(0, 20);

const value: Record<string, fc.Arbitrary<string>> = {
  place: fc
    .array(
      fc.oneof(
        fc.constantFrom(...some(corpus.places.map((p) => p.id))),
        fc.string({ maxLength: 12 }),
      ),
      { maxLength: 4 },
    )
    .map((ids) => ids.map(encodeURIComponent).join(',')),
  from: fc.oneof(
    fc.constantFrom('2014-01-01', '2017-09-12', '2017-02-30', '1-1-1', ''),
    fc.string(),
  ),
  to: fc.oneof(fc.constantFrom('2013-01-01', '2019-12-31', '9999-12-31'), fc.string()),
  article: fc.oneof(fc.constantFrom(...some(corpus.articles.map((a) => a.id))), fc.string()),
  event: fc.oneof(fc.constantFrom(...some(corpus.events.map((e) => e.id))), fc.string()),
  country: fc.oneof(
    fc.constantFrom(...corpus.countries.map((c) => c.code), 'ZZ', 'sy'),
    fc.string(),
  ),
  q: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('x'.repeat(600))),
  demonyms: fc.constantFrom('hide', 'show', ''),
  dated: fc.constantFrom('text', 'all', ''),
  map: fc.oneof(
    fc
      .tuple(
        fc.double({ min: -100, max: 100 }),
        fc.double({ min: -400, max: 400 }),
        fc.integer({ min: -2, max: 25 }),
      )
      .map((t) => t.join(',')),
    fc.string(),
  ),
};
const junk = fc.oneof(fc.constantFrom('%', '%E0%A4%A', '%ZZ', '&&', '=', '<script>'), fc.string());

const link = fc
  .array(
    fc.oneof(
      fc
        .constantFrom(...Object.keys(value))
        .chain((key) => (value[key] as fc.Arbitrary<string>).map((v) => `${key}=${encodeURI(v)}`)),
      junk,
    ),
    { maxLength: 8 },
  )
  .map((pairs) => pairs.join('&'));

const links = fc.sample(link, { numRuns: LINKS, seed: SEED });

for (let start = 0; start < LINKS; start += PER_TEST) {
  test(`deep links ${start + 1}-${start + PER_TEST} open without an uncaught error`, async ({
    page,
  }) => {
    test.setTimeout(PER_TEST * 10_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const query of links.slice(start, start + PER_TEST)) {
      await page.goto(`./?${query}`);
      await expect(
        page.getByText(/\d+ of \d+ events?, \d+ of \d+ places?/),
        `the explorer opens for ?${query}`,
      ).toBeVisible();
      expect(errors, `page errors for ?${query}`).toEqual([]);
    }
  });
}
