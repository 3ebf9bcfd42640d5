/**
 * Sentence templates for synthetic news articles, written for this project. Slots: {city},
 * {city2}, {region}, {country}, {country2}, {when} (a temporal expression before publication).
 */
export const SENTENCES = [
  'Fighting broke out in {city} {when}, officials said.',
  '{When}, hundreds of families left {city} for {city2}.',
  'The governor of {region} said {when} that the roads to {city} had reopened.',
  'Aid convoys reached {city} in {country} {when}.',
  'Talks between {country} and {country2} resumed {when} after a long pause.',
  'Residents of {city} described long queues for fuel and bread.',
  'Prices in {city} rose sharply {when}, traders said.',
  'A bridge outside {city} was closed {when} after heavy rain.',
  'Reporters travelled from {city} to {city2} {when} to meet the organisers.',
  'Officials in {country} said the harvest in {region} had been the worst in a decade.',
  'The mayor of {city} promised new housing for people displaced {when}.',
  'Flights between {city} and {city2} were suspended {when}.',
  '{When}, protesters gathered in the centre of {city}.',
  'Engineers from {country2} arrived in {region} {when} to repair the power plant.',
  'The report said schools in {city} had stayed open throughout the winter.',
  'Farmers near {city} sold their livestock {when} to pay debts.',
] as const;

export const HEADLINES = [
  'Families Leave {city} as Prices Rise',
  '{country} and {country2} Return to Talks',
  'Roads to {city} Reopen After Floods',
  'Aid Reaches {region} After Months of Delay',
  'Protests Spread Across {city}',
] as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A date as prose says it, of a kind the temporal recogniser reads, for a day in the past. */
export function whenPhrase(year: number, month: number, day: number, style: number): string {
  const name = MONTHS[month - 1] ?? 'January';
  switch (style % 7) {
    case 0:
      return `on ${day} ${name} ${year}`;
    case 1:
      return `on ${name} ${day}, ${year}`;
    case 2:
      return `in ${name} ${year}`;
    case 3:
      return `in ${day <= 10 ? 'early' : day <= 20 ? 'mid' : 'late'} ${name} ${year}`;
    case 4:
      return `in ${year}`;
    case 5:
      return `in mid-${year}`;
    default:
      return `between ${name} ${year} and ${MONTHS[Math.min(11, month)] ?? 'December'} ${year}`;
  }
}
