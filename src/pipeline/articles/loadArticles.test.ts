import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Article } from '../../shared/corpus.ts';
import { loadArticles } from './loadArticles.ts';
import { SEEDS_DIR } from '../testing/seedText.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chronomap-load-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('loadArticles', () => {
  it('builds valid corpus articles from the seeds, with their sidecar metadata', async () => {
    const { articles, skipped } = await loadArticles(SEEDS_DIR);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      '000_0ebec296f594075f',
      '001_ab7bfd301e687de4',
      '002_478985300681bf0c',
      '003_69d2a91eb1b21d3d',
      '004_26d6ba7b0bba6fab',
    ]);
    for (const article of articles) expect(Article.safeParse(article).success).toBe(true);
    const kurdistan = articles[2];
    expect(kurdistan).toMatchObject({
      file: '002_478985300681bf0c.txt',
      title: 'Hundreds of former IS fighters fleeing Syria, crossing into Turkey',
      source: 'Kurdistan 24',
      url: 'http://www.kurdistan24.net/en/news/6ec7fbb6-25cc-4a73-b712-9470bff8b73f',
      published: {
        start: '2017-09-12',
        end: '2017-09-14',
        precision: 'range',
        text: '2017-09-12 – 2017-09-14',
      },
    });
  });

  it('finds the headline and leaves metadata null without a sidecar', async () => {
    cpSync(path.join(SEEDS_DIR, '003_69d2a91eb1b21d3d.txt'), path.join(dir, 'banner.txt'));
    const { articles } = await loadArticles(dir);
    expect(articles).toEqual([
      expect.objectContaining({
        id: 'banner',
        title: 'ISIS Kills Fleeing Fighters',
        source: null,
        url: null,
        published: null,
      }),
    ]);
  });

  it('skips an article whose sidecar is malformed, naming the file', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'Good Article With A Headline\n\nBody.');
    writeFileSync(path.join(dir, 'b.txt'), 'Another Article With A Headline\n\nBody.');
    writeFileSync(
      path.join(dir, 'b.meta.json'),
      '{"published":{"start":"2019-02-30","end":"2019-03-01"}}',
    );
    const { articles, skipped } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['a']);
    expect(skipped).toEqual([
      { file: 'b.txt', reason: 'malformed sidecar: published.start: not a real calendar date' },
    ]);
  });

  it('names an article by its id when the text has no headline-like line', async () => {
    writeFileSync(path.join(dir, 'short.txt'), 'Syria');
    const { articles } = await loadArticles(dir);
    expect(articles[0]?.title).toBe('short');
  });
});
