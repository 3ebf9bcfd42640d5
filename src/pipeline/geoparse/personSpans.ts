/** Which tokens of an article are people's names, so they are never read as places. */
import type { Gazetteer } from '../gazetteer/compactGazetteer.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { personLexicon } from '../lexicon/personNames.ts';
import { joinable, type Token } from './tokenize.ts';

/**
 * People's names: a run of capitalised words that starts with a given name or a name particle
 * ("Zakaria Yathreb", "Abu Bakr al-Baghdadi") or follows a title ("President Bashar Assad"),
 * unless the whole run is itself a gazetteer name ("Victoria Falls").
 */
export function findPersonNames(
  text: string,
  tokens: Token[],
  lower: string[],
  index: Gazetteer,
  people: ReturnType<typeof personLexicon>,
): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.capitalised || t.allCaps) continue;
    let j = i;
    while (j + 1 < tokens.length) {
      const a = tokens[j];
      const b = tokens[j + 1];
      if (!a || !b || !joinable(text, a, b)) break;
      if (!b.capitalised && !PERSON_PARTICLES.has(lower[j + 1] ?? '')) break;
      j++;
    }
    // Within the run "Russian President Vladimir Putin", the name starts after the title or at
    // the first given name.
    const title =
      people.honorifics.has((lower[i - 1] ?? '').replace(/\.$/, '')) &&
      !tokens[i - 1]?.sentenceStart;
    for (let k = i; k <= j; k++) {
      const afterTitle = k === i ? title : people.honorifics.has(lower[k - 1] ?? '');
      const given = people.givenNames.has(lower[k] ?? '');
      if (!afterTitle && !given) continue;
      if (k === j && !afterTitle) break; // a lone given name at the end proves nothing
      const whole = nameKey(text.slice(tokens[k]?.start, tokens[j]?.end));
      if (index.exact(whole) || index.demonym(nameKey(tokens[k]?.text ?? '')) !== undefined) break;
      for (let m = k; m <= j; m++) out.add(m);
      break;
    }
    i = j;
  }
  return out;
}

// Lower-case particles inside people's names: "Michael de Jong", "Abu Bakr al-Baghdadi".
const PERSON_PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'de',
  'da',
  'di',
  'van',
  'von',
  'der',
  'le',
  'la',
  'du',
]);
