/**
 * Developer report: `npx tsx src/pipeline/events/printSeedEventTable.ts` prints, for each seed
 * article, its events by date basis and the expressions that dated them. Place mentions are not
 * passed (the events stage is shown on its own), so every event here comes from a temporal
 * expression; with the geoparser's mentions, place-only sentences add 'published' events.
 */
import type { Event } from '../../shared/corpus.ts';
import { extractEvents } from './extractEvents.ts';
import { SEED_IDS, loadSeedArticle } from './testing/seedArticles.ts';

function countBy(events: Event[], basis: Event['dateBasis']): number {
  return events.filter((e) => e.dateBasis === basis).length;
}

const rows: string[] = [
  '| seed | events | text | published | null | future |',
  '|---|---|---|---|---|---|',
];
const resolved: string[] = [];
for (const id of SEED_IDS) {
  const events = extractEvents(loadSeedArticle(id), []);
  rows.push(
    `| ${id} | ${events.length} | ${countBy(events, 'text')} | ${countBy(events, 'published')} | ${countBy(events, null)} | ${events.filter((e) => e.future).length} |`,
  );
  for (const { date, future } of events) {
    if (date) {
      resolved.push(
        `${id.slice(0, 3)}  "${date.text}" → ${date.start} .. ${date.end} (${date.precision}${future ? ', future' : ''})`,
      );
    }
  }
}
process.stdout.write(`${rows.join('\n')}\n\n${resolved.join('\n')}\n`);
