/**
 * Given names and honorifics, taken from the lexicon that ships with `compromise`. We use its
 * word lists, not its parser: parsing costs ~130 ms an article, the lexicon look-up nothing. The
 * lists are kept in personLexiconWords.ts (its test holds them to the installed compromise):
 * loading compromise builds its whole lexicon, ~0.3 s of every process that processes an article.
 */
import { GIVEN_NAMES, HONORIFIC_WORDS } from './personLexiconWords.ts';

let cached: { givenNames: ReadonlySet<string>; honorifics: ReadonlySet<string> } | undefined;

// Arabic and other name particles that compromise's (mostly Anglophone) lists lack.
const NAME_PARTICLES = [
  'abu',
  'abi',
  'umm',
  'ibn',
  'bin',
  'bint',
  'abd',
  'abdel',
  'abdul',
  'sheikh',
  'mullah',
  'imam',
];

const TITLES = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'professor',
  'president',
  'minister',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'emir',
  'general',
  'gen',
  'colonel',
  'col',
  'captain',
  'capt',
  'sergeant',
  'lieutenant',
  'lt',
  'commander',
  'senator',
  'sen',
  'rep',
  'governor',
  'gov',
  'mayor',
  'judge',
  'justice',
  'ambassador',
  'chancellor',
  'secretary',
  'pope',
  'father',
  'sir',
  'lord',
  'lady',
  'saint',
  'st',
  'rev',
  'reverend',
  'cardinal',
  'bishop',
  'ayatollah',
  'imam',
  'mullah',
  'spokesman',
  'spokeswoman',
  'chairman',
  'officer',
  'leader',
];

export function personLexicon(): {
  givenNames: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
} {
  if (cached) return cached;
  const givenNames = new Set(GIVEN_NAMES.split(' '));
  for (const p of NAME_PARTICLES) givenNames.add(p);
  const honorifics = new Set([...HONORIFIC_WORDS.map((w) => w.replace(/\.$/, '')), ...TITLES]);
  cached = { givenNames, honorifics };
  return cached;
}
