/**
 * The words of compromise's lexicon with given tags. Only writePersonLexicon.ts and the test that
 * holds personLexiconWords.ts to the installed compromise import this: loading compromise builds
 * its whole lexicon (~0.3 s of every process that processes an article), and the pipeline needs
 * only these few thousand words.
 */
import nlp from 'compromise';

/** Given names (male, female or either), in lexicon order. */
export const GIVEN_NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName'];
export const HONORIFIC_TAGS = ['Honorific'];

export function compromiseVersion(): string {
  // Typed by compromise without it; set on the default export of every build.
  return String((nlp as unknown as { version?: unknown }).version);
}

export function lexiconWordsTagged(tags: readonly string[]): string[] {
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
