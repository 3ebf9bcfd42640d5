/**
 * `npx tsx src/pipeline/lexicon/writePersonLexicon.ts`: writes personLexiconWords.ts from the
 * installed compromise's lexicon. Run it after upgrading compromise (personNames.test.ts fails
 * until then).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  compromiseVersion,
  GIVEN_NAME_TAGS,
  HONORIFIC_TAGS,
  lexiconWordsTagged,
} from './compromiseWords.ts';

const given = lexiconWordsTagged(GIVEN_NAME_TAGS);
if (given.some((w) => w.includes(' ')))
  throw new Error('a given name with a space: change the format');
const honorifics = lexiconWordsTagged(HONORIFIC_TAGS);
const text = `/**
 * Generated from compromise ${compromiseVersion()}'s lexicon by writePersonLexicon.ts (do not edit):
 * personNames.test.ts holds it equal to the installed compromise's.
 */

/** Given names (tagged MaleName, FemaleName or FirstName), space-separated, in lexicon order. */
export const GIVEN_NAMES =
  ${JSON.stringify(given.join(' ')).replace(/^"|"$/g, "'")};

/** Words tagged Honorific, in lexicon order. */
export const HONORIFIC_WORDS: readonly string[] = [
${honorifics.map((w) => `  ${JSON.stringify(w).replace(/^"|"$/g, "'")},`).join('\n')}
];
`;
writeFileSync(path.join(import.meta.dirname, 'personLexiconWords.ts'), text);
