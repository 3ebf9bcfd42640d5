import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Article, type Corpus } from '../../shared/corpus.ts';
import { parseCorpus } from '../../shared/corpusFile.ts';
import { COMPACT_ABOVE_ARTICLES, serializeCorpus } from './serializeCorpus.ts';

const article = (id: string): Article => ({
  id,
  file: `${id}.txt`,
  title: id,
  source: null,
  url: null,
  published: null,
  text: 'Text.',
});
const corpus = (n: number): Corpus => ({
  schemaVersion: SCHEMA_VERSION,
  articles: Array.from({ length: n }, (_, i) => article(`a${i}`)),
  places: [],
  unresolved: [],
  events: [],
  countries: [],
});

describe('serializeCorpus', () => {
  it('indents a corpus a person may read, and ends with a newline', () => {
    const text = serializeCorpus(corpus(2));
    expect(text).toMatch(/^\{\n {2}"schemaVersion": 2,\n/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes a large corpus compactly, as the same data', () => {
    const big = corpus(COMPACT_ABOVE_ARTICLES + 1);
    const text = serializeCorpus(big);
    expect(text).toMatch(/^\{"schemaVersion":2,"articles":\[/);
    expect(parseCorpus(JSON.parse(text))).toEqual({ ok: true, corpus: big });
  });

  it('refuses a corpus whose records break the file schema (a pipeline bug)', () => {
    const twice = corpus(2);
    twice.articles[1] = article('a0');
    expect(() => serializeCorpus(twice)).toThrow(/pipeline bug.*duplicate article id "a0"/);
  });
});
