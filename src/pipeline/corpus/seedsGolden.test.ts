/**
 * Golden-file test: the corpus built from the five seed articles, byte for byte. Any change in
 * what the pipeline finds (places, spans, events, dates) shows up here as a diff to review.
 *
 * After an intended change: `UPDATE_GOLDEN=1 npx vitest run src/pipeline/corpus/seedsGolden`.
 * A missing golden file is written locally, but is a failure in CI.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { parseCorpus } from '../../shared/corpusFile.ts';
import { loadArticles } from '../articles/loadArticles.ts';
import { loadGeoparser } from '../geoparse/loadGeoparser.ts';
import type { Geoparser } from '../geoparse/types.ts';
import { assembleCorpus } from './assembleCorpus.ts';
import { processArticle } from './processArticle.ts';
import { serializeCorpus } from './serializeCorpus.ts';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const GOLDEN = fileURLToPath(new URL('./golden/seeds.corpus.json', import.meta.url));

let geoparser: Geoparser;
beforeAll(async () => {
  geoparser = await loadGeoparser();
}, 120_000);

async function buildSeedCorpus(): Promise<string> {
  const { articles, skipped } = await loadArticles(SEEDS);
  expect(skipped).toEqual([]);
  const processed = articles.map((article) => ({ article, ...processArticle(article, geoparser) }));
  return serializeCorpus(assembleCorpus(processed));
}

it('builds the seed corpus exactly as the golden file', async () => {
  const actual = await buildSeedCorpus();
  expect(parseCorpus(JSON.parse(actual)).ok).toBe(true);
  if (process.env.UPDATE_GOLDEN || (!existsSync(GOLDEN) && !process.env.CI)) {
    writeFileSync(GOLDEN, actual);
  }
  expect(existsSync(GOLDEN), `missing golden file ${GOLDEN}`).toBe(true);
  expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
});
