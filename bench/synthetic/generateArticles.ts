/**
 * Writes a synthetic corpus of plain-text articles with sidecars: headline, three paragraphs of
 * templated sentences naming gazetteer places and real temporal expressions, and a publication
 * window. Deterministic for a given seed and size, so bench figures compare across runs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlaceNames } from './placeNames.ts';
import { seededRandom, type Random } from './random.ts';
import { HEADLINES, SENTENCES, whenPhrase } from './templates.ts';

export interface SyntheticArticle {
  id: string;
  text: string;
  meta: {
    title: string;
    source: string;
    url: string;
    published: { start: string; end: string };
  };
}

const SENTENCES_PER_ARTICLE = 10;
const FIRST_YEAR = 2010;
const YEARS = 10;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function syntheticArticle(n: number, names: PlaceNames, seed = 1): SyntheticArticle {
  const random = seededRandom(seed * 1_000_003 + n);
  const year = FIRST_YEAR + random.int(YEARS);
  const month = 1 + random.int(12);
  const day = 1 + random.int(28);
  const published = `${year}-${pad(month)}-${pad(day)}`;
  const fill = (template: string) => fillSlots(template, names, random, year);
  const title = fill(random.pick(HEADLINES));
  const sentences = Array.from({ length: SENTENCES_PER_ARTICLE }, () =>
    fill(random.pick(SENTENCES)),
  );
  const paragraphs = [sentences.slice(0, 3), sentences.slice(3, 7), sentences.slice(7)];
  const id = `syn_${pad(n, 6)}`;
  return {
    id,
    text: `${title}\n\n${paragraphs.map((p) => p.join(' ')).join('\n\n')}\n`,
    meta: {
      title,
      source: 'Chronomap Synthetic Wire',
      url: `https://example.org/synthetic/${id}`,
      published: { start: published, end: published },
    },
  };
}

function fillSlots(template: string, names: PlaceNames, random: Random, year: number): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'city':
      case 'city2':
        return random.pick(names.cities);
      case 'region':
        return random.pick(names.regions);
      case 'country':
      case 'country2':
        return random.pick(names.countries);
      case 'when':
      case 'When': {
        // Up to three years before publication, so most events are dated by the text.
        const phrase = whenPhrase(
          year - random.int(3),
          1 + random.int(12),
          1 + random.int(28),
          random.int(7),
        );
        return slot === 'When' ? phrase[0]?.toUpperCase() + phrase.slice(1) : phrase;
      }
      default:
        throw new Error(`unknown template slot {${slot}}`);
    }
  });
}

/** Writes articles `first .. first+count-1` into `dir` (created if needed). */
export async function writeSyntheticArticles(
  dir: string,
  count: number,
  names: PlaceNames,
  first = 0,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const BATCH = 200;
  for (let start = first; start < first + count; start += BATCH) {
    const end = Math.min(first + count, start + BATCH);
    await Promise.all(
      Array.from({ length: end - start }, async (_, k) => {
        const article = syntheticArticle(start + k, names);
        await writeFile(path.join(dir, `${article.id}.txt`), article.text);
        await writeFile(path.join(dir, `${article.id}.meta.json`), JSON.stringify(article.meta));
      }),
    );
  }
}
