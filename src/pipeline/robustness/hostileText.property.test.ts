/**
 * Property-based: whatever bytes an article file holds, the pipeline's pure stages report it or
 * process it, and what they process assembles into a corpus the schema accepts. Real geoparser,
 * loaded once.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/corpus.ts';
import { parseCorpus } from '../../shared/corpusFile.ts';
import { decodeArticleText } from '../articles/decodeArticleText.ts';
import { toArticle } from '../articles/loadArticles.ts';
import { assembleCorpus, type ProcessedArticle } from '../corpus/assembleCorpus.ts';
import { tryProcessArticle } from '../corpus/processArticle.ts';
import { loadGeoparser } from '../geoparse/loadGeoparser.ts';
import type { Geoparser } from '../geoparse/types.ts';
import { serializeCorpus } from '../corpus/serializeCorpus.ts';

let geoparser: Geoparser;
beforeAll(async () => {
  geoparser = await loadGeoparser();
}, 120_000);

const PLACE_NAMES = ['Syria', 'Raqqa', 'Aleppo', 'Mosul', 'Iraq', 'Turkey', 'Idlib', 'Damascus'];

const articleOf = (id: string, text: string): Article =>
  toArticle({ id, file: `${id}.txt`, text }, null);

/** Runs one text through decode, process and assemble; returns what a person would be told. */
function build(bytes: Uint8Array): { skipped: string | null; events: number } {
  const decoded = decodeArticleText(bytes);
  if (!decoded.ok) return { skipped: decoded.reason, events: 0 };
  const article = articleOf('prop', decoded.text);
  const outcome = tryProcessArticle(article, geoparser);
  if (!outcome.ok) return { skipped: outcome.reason, events: 0 };
  const processed: ProcessedArticle[] = [{ article, ...outcome.result }];
  // assembleCorpus validates against the schema and throws on a bug; the file must parse too.
  const corpus = assembleCorpus(processed);
  const reread = parseCorpus(JSON.parse(serializeCorpus(corpus)));
  if (!reread.ok) throw new Error(reread.error);
  return { skipped: null, events: corpus.events.length };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const sentences = (parts: fc.Arbitrary<string>, max: number) =>
  fc.array(parts, { minLength: 1, maxLength: max }).map((words) => words.join(' '));

describe('hostile article text', () => {
  it('random bytes are reported or processed, never thrown on', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        const result = build(bytes);
        if (result.skipped !== null) expect(result.skipped).toMatch(/\S/);
      }),
      { numRuns: 150 },
    );
  });

  it('any Unicode text (lone surrogates included) is processed or reported', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => {
        build(utf8(text));
      }),
      { numRuns: 40 },
    );
  });

  it('invalid UTF-8 anywhere in a text is reported with where it is', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 300 }),
        fc.nat(),
        fc.constantFrom(0xff, 0xfe, 0xc0, 0x80, 0xed),
        (text, at, bad) => {
          const good = utf8(`Raqqa ${text}`);
          const i = at % (good.length + 1);
          const bytes = new Uint8Array([...good.subarray(0, i), bad, ...good.subarray(i)]);
          const result = build(bytes);
          expect(result.skipped).toMatch(
            /^not valid UTF-8 \((first bad byte at offset \d+|the file ends mid-character)\)$/,
          );
        },
      ),
      { numRuns: 80 },
    );
  });

  it('an article of only punctuation, only numbers or only place names is processed', () => {
    const punctuation = sentences(fc.stringMatching(/^[.,;:!?'"()\-–—…]{1,12}$/), 200);
    const numbers = sentences(fc.stringMatching(/^-?\d{1,6}([.,]\d{1,3})?$/), 200);
    const names = sentences(fc.constantFrom(...PLACE_NAMES), 300);
    fc.assert(
      fc.property(fc.oneof(punctuation, numbers, names), (text) => {
        const result = build(utf8(text));
        // None of these is empty, whitespace, binary or too long, so each must be processed.
        expect(result.skipped).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it('a place-names-only article finds its places', () => {
    const text = PLACE_NAMES.join(' ');
    const article = articleOf('names', text);
    const outcome = tryProcessArticle(article, geoparser);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.result.geoparse.mentions.length).toBeGreaterThan(0);
  });

  it('a 10,000-sentence article is processed in full', () => {
    const text = Array.from(
      { length: 10_000 },
      (_, i) =>
        `Fighters left Raqqa for Idlib on ${1 + (i % 28)} March ${2000 + (i % 20)}, wave ${i}.`,
    ).join(' ');
    const result = build(utf8(text));
    expect(result.skipped).toBeNull();
    expect(result.events).toBe(10_000);
  }, 120_000);

  it('a 200,000-character line without sentence breaks is processed in full', () => {
    // One sentence, so one event; it was skipped as "not prose" while the events stage was
    // quadratic in sentence length.
    const line = 'Syria Aleppo 12 March 2016 and then '.repeat(200_000 / 36);
    const result = build(utf8(line));
    expect(result.skipped).toBeNull();
    expect(result.events).toBe(1);
  }, 60_000);
});
