/**
 * Name keys for gazetteer look-ups. Two strengths:
 * - `nameKey`: case, accents, apostrophes and hyphens folded ("Al Hoceïma" = "Al-Hoceima").
 * - `looseKey`: also folds the ways one Arabic name is transliterated into Latin letters
 *   (Baghouz = Baghuz, Deir ez-Zour = Deir al-Zor = Deir Azzour, Minbij = Manbij): the definite
 *   article is dropped and what is left is reduced to its consonant skeleton.
 */

const APOSTROPHES = /['’‘`´ʼʻʿʾ]/g;
const SEPARATORS = /[\s\-‐‑–—_.,/()]+/g;

/** Strips accents (NFD, then drops combining marks) and folds a few letters NFD leaves alone. */
export function foldAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[ıİ]/g, 'i')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe');
}

export function nameKey(s: string): string {
  return foldAccents(s).toLowerCase().replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
}

// Arabic definite-article spellings, as separate words or fused with a doubled consonant
// ("Azzour" = "az-Zour", "Arraqqa" = "ar-Raqqa").
const ARTICLE_WORDS = new Set([
  'al',
  'el',
  'ul',
  'il',
  'ar',
  'as',
  'az',
  'ez',
  'ad',
  'ed',
  'an',
  'en',
  'ash',
  'esh',
  'at',
  'et',
  'ath',
  'adh',
]);
const FUSED_ARTICLE = /^[aeu]([dnrstz])\1/;

/** Consonant skeleton of one word: vowels and glides dropped, doubled letters collapsed. */
function skeleton(word: string): string {
  return word
    .replace(/(?<=[aeiou])h$/, '') // Raqqah = Raqqa, Hasakah = Hasaka
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/i$/, 'I') // a nisba ("al-Baghdadi") is a person's name, not the city
    .replace(/[aeiouyw]/g, '')
    .replace(/(.)\1+/g, '$1');
}

export function looseKey(s: string): string {
  const words = nameKey(s)
    .split(' ')
    .filter((w) => w.length > 0 && !ARTICLE_WORDS.has(w))
    .map((w) => w.replace(FUSED_ARTICLE, '$1'));
  return words
    .map((w) => skeleton(w))
    .filter((w) => w.length > 0)
    .join(' ')
    .toLowerCase();
}

/** Latin-script names only: the text we geoparse is English. */
export function isLatinName(s: string): boolean {
  return /^[\p{Script=Latin}\p{M}\s'’‘`ʼʻʿʾ\-.,()]+$/u.test(s) && /\p{L}/u.test(s);
}

/** Variants under which a name is indexed: itself and, for "Al-X"/"Ar Raqqah", without the article. */
export function keyVariants(name: string): string[] {
  const key = nameKey(name);
  const out = [key];
  const m = /^(al|el|ar|as|az|ad|an|ash|at|ath) (.{3,})$/.exec(key);
  if (m?.[2]) out.push(m[2]);
  return out;
}
