/**
 * Developer report: `npx tsx src/pipeline/events/printSeedEventTable.ts [--no-places]` prints,
 * for each seed article, its events by date basis and the expressions that dated them. Place
 * mentions come from the real geoparser (as the corpus builder passes them); with --no-places the
 * events stage is shown on its own, so only sentences with a temporal expression appear.
 */
import type { Article, Event } from '../../shared/corpus.ts';
import { loadGeoparser } from '../geoparse/loadGeoparser.ts';
import { extractEvents, type PlaceMentionRef } from './extractEvents.ts';
import { SEED_IDS, loadSeedArticle } from './testing/seedArticles.ts';

const withPlaces = !process.argv.includes('--no-places');
const geoparser = withPlaces
  ? await loadGeoparser({ log: (line) => process.stderr.write(`${line}\n`) })
  : null;

function placeMentions(article: Article): PlaceMentionRef[] {
  if (!geoparser) return [];
  return geoparser.parse(article.text, article.id).mentions.map((m) => ({
    placeId: m.place.gazetteerId,
    start: m.start,
    end: m.end,
  }));
}

function countBy(events: Event[], basis: Event['dateBasis']): number {
  return events.filter((e) => e.dateBasis === basis).length;
}

const rows = [
  `place mentions: ${withPlaces ? 'from loadGeoparser' : 'none (--no-places)'}`,
  '| seed | events | text | published | null | future |',
  '|---|---|---|---|---|---|',
];
const resolved: string[] = [];
for (const id of SEED_IDS) {
  const article = loadSeedArticle(id);
  const events = extractEvents(article, placeMentions(article));
  const future = events.filter((e) => e.future).length;
  const counts = [countBy(events, 'text'), countBy(events, 'published'), countBy(events, null)];
  rows.push(`| ${id} | ${events.length} | ${counts.join(' | ')} | ${future} |`);
  for (const { date, dateBasis, future: isFuture } of events) {
    if (date && dateBasis === 'text') {
      const flag = isFuture ? ', future' : '';
      resolved.push(
        `${id.slice(0, 3)}  "${date.text}" → ${date.start} .. ${date.end} (${date.precision}${flag})`,
      );
    }
  }
}
process.stdout.write(`${rows.join('\n')}\n\n${resolved.join('\n')}\n`);
