/**
 * Given names and honorifics, taken from the lexicon that ships with `compromise`. We use its
 * word lists, not its parser: parsing costs ~130 ms an article, the lexicon look-up nothing.
 */
import nlp from 'compromise';

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

function lexiconWordsTagged(tags: readonly string[]): string[] {
  // compromise types its model as `object`; its lexicon maps a lower-case word to one tag or a list.
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  const lexicon = model.one.lexicon;
  const out: string[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const list = Array.isArray(tag) ? tag : [tag];
    if (list.some((t) => tags.includes(t))) out.push(word);
  }
  return out;
}

export function personLexicon(): {
  givenNames: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
} {
  if (cached) return cached;
  const givenNames = new Set(lexiconWordsTagged(['MaleName', 'FemaleName', 'FirstName']));
  for (const p of NAME_PARTICLES) givenNames.add(p);
  const honorifics = new Set([
    ...lexiconWordsTagged(['Honorific']).map((w) => w.replace(/\.$/, '')),
    ...TITLES,
  ]);
  cached = { givenNames, honorifics };
  return cached;
}
