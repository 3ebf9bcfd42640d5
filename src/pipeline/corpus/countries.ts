/** Country names and ISO numeric codes for the country filter and the base map's outlines. */
import worldCountries from 'world-countries';
import type { Country } from '../../shared/corpus.ts';

/**
 * world-countries follows each country's own preferred short name; readers of English news
 * expect the English exonym.
 */
const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  TR: 'Turkey',
};

const byCode = new Map(worldCountries.map((c) => [c.cca2, c]));

/**
 * The country for an ISO 3166-1 alpha-2 code. A code world-countries does not know (a gazetteer's
 * private code) keeps the code as its name, so the corpus never loses a place's country.
 */
export function countryFor(code: string): Country {
  const known = byCode.get(code);
  return {
    code,
    name: ENGLISH_NAMES[code] ?? known?.name.common ?? code,
    // world-countries leaves ccn3 empty for Kosovo, which has no ISO numeric code.
    isoNumeric: known?.ccn3 ? known.ccn3 : null,
  };
}
