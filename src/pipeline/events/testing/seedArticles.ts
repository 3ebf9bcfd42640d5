/**
 * Test support: the seed articles as the corpus builder hands them to the events stage (text
 * exactly as on disk, publication range from the sidecar), so tests run on real text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Article, DateRange } from '../../../shared/corpus.ts';
import { splitSentences } from '../sentences.ts';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);

interface SeedSidecar {
  title?: string;
  source?: string;
  url?: string;
  published?: { start: string; end: string };
}

function publishedRange(published: SeedSidecar['published']): DateRange | null {
  if (!published) return null;
  const { start, end } = published;
  return start === end
    ? { start, end, precision: 'day', text: start }
    : { start, end, precision: 'range', text: `${start} – ${end}` };
}

export const SEED_IDS: readonly string[] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length))
  .sort();

export function loadSeedArticle(id: string): Article {
  const text = readFileSync(new URL(`${id}.txt`, SEEDS_DIR), 'utf8');
  const sidecar = JSON.parse(
    readFileSync(new URL(`${id}.meta.json`, SEEDS_DIR), 'utf8'),
  ) as SeedSidecar;
  return {
    id,
    file: `${id}.txt`,
    title: sidecar.title ?? '',
    source: sidecar.source ?? null,
    url: sidecar.url ?? null,
    published: publishedRange(sidecar.published),
    text,
  };
}

/** The seed article whose file name starts with `prefix` ("004"). */
export function seedArticle(prefix: string): Article {
  const id = SEED_IDS.find((candidate) => candidate.startsWith(prefix));
  if (!id) throw new Error(`no seed article starts with "${prefix}"`);
  return loadSeedArticle(id);
}

/** The sentence of a seed article that contains `fragment`, as the splitter cuts it. */
export function seedSentence(prefix: string, fragment: string): string {
  const { text } = seedArticle(prefix);
  const at = text.indexOf(fragment);
  if (at === -1) throw new Error(`seed "${prefix}" has no "${fragment}"`);
  const sentence = splitSentences(text).find((s) => s.start <= at && at < s.end);
  if (!sentence) throw new Error(`"${fragment}" lies in no sentence of seed "${prefix}"`);
  return sentence.text;
}
