/**
 * The corpus file: the contract between the build-time pipeline and the app, version 2.
 *
 * The model (corpus.ts) repeats itself: every event carries its sentence and an id made from its
 * span, every mention its text, and every record its article's id. The file keeps each fact once.
 * Mentions and events are stored in columns (parallel arrays) that point at articles and places by
 * index, and their texts are the article's characters between `start` and `end`. `packCorpus`
 * writes this form and `unpackCorpus` rebuilds the model, exactly (packCorpus.test.ts).
 *
 * The schema checks everything the model relies on: columns of equal length, indexes in range,
 * spans inside their article, unique ids, events in article and span order (so their ids are
 * unique), and a mention for every place. corpusCheck.ts restates it as a fast one-pass check.
 */
import { z } from 'zod';
import {
  Article,
  Country,
  DateBasis,
  DateRange,
  MentionForm,
  Place,
  Unresolved,
  type Corpus,
} from './corpus.ts';
import { SCHEMA_VERSION } from './schemaVersion.ts';
import { entry, followsPrevious, holds } from './corpusCheck.ts';
import { unpackCorpus } from './packCorpus.ts';

const index = z.number().int().nonnegative();

/** A place without its mentions, which live in the mention columns. */
export const PlaceRecord = Place.omit({ mentions: true });
export type PlaceRecord = z.infer<typeof PlaceRecord>;

/** Mention i is the characters start[i]..end[i] of articles[article[i]], naming places[place[i]]. */
export const MentionColumns = z.object({
  article: z.array(index),
  start: z.array(index),
  end: z.array(index),
  place: z.array(index),
  form: z.array(MentionForm),
});
export type MentionColumns = z.infer<typeof MentionColumns>;

/**
 * Event i is the sentence start[i]..end[i] of articles[article[i]]; its places are indexes into
 * `places` and its date an index into `dates` (many events share a date: all those dated by one
 * publication range, for a start).
 */
export const EventColumns = z.object({
  article: z.array(index),
  start: z.array(index),
  end: z.array(index),
  places: z.array(z.array(index)),
  date: z.array(index.nullable()),
  dateBasis: z.array(DateBasis.nullable()),
  future: z.array(z.boolean()),
});
export type EventColumns = z.infer<typeof EventColumns>;

export const CorpusFile = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    articles: z.array(Article),
    places: z.array(PlaceRecord),
    countries: z.array(Country),
    unresolved: z.array(Unresolved),
    /** The distinct dates of events, each once. */
    dates: z.array(DateRange),
    mentions: MentionColumns,
    events: EventColumns,
  })
  .superRefine((file, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const { articles, places, mentions, events } = file;

    const articleIds = new Map<string, string>();
    articles.forEach((a, i) => {
      if (articleIds.has(a.id)) issue(['articles', i, 'id'], `duplicate article id "${a.id}"`);
      articleIds.set(a.id, a.text);
    });
    const placeIds = new Set<string>();
    places.forEach((p, i) => {
      if (placeIds.has(p.id)) issue(['places', i, 'id'], `duplicate place id "${p.id}"`);
      placeIds.add(p.id);
    });

    const sameLength = (table: 'mentions' | 'events', columns: Record<string, unknown[]>) => {
      const n = columns.article?.length ?? 0;
      for (const [name, column] of Object.entries(columns)) {
        if (column.length !== n) {
          issue([table, name], `${column.length} entries where ${table}.article has ${n}`);
          return false;
        }
      }
      return true;
    };
    const checkSpan = (table: 'mentions' | 'events', i: number, columns: Span) => {
      const article = entry(columns.article, i);
      const [start, end] = [entry(columns.start, i), entry(columns.end, i)];
      const text = articles[article]?.text;
      if (text === undefined) issue([table, 'article', i], `no article at index ${article}`);
      else if (end < start || end > text.length) {
        const id = articles[article]?.id;
        issue([table, 'end', i], `span ${start}-${end} is not inside article "${id}"`);
      }
    };

    if (sameLength('mentions', mentions)) {
      const mentioned = new Uint8Array(places.length);
      for (let i = 0; i < mentions.article.length; i++) {
        checkSpan('mentions', i, mentions);
        const place = entry(mentions.place, i);
        if (place >= places.length) issue(['mentions', 'place', i], `no place at index ${place}`);
        else mentioned[place] = 1;
      }
      mentioned.forEach((m, i) => {
        if (!m) issue(['places', i], `place "${places[i]?.id}" has no mention`);
      });
    }

    file.unresolved.forEach((u, i) => {
      const text = articleIds.get(u.articleId);
      if (text === undefined) issue(['unresolved', i], `unknown article "${u.articleId}"`);
      else if (!holds(text, u)) {
        issue(['unresolved', i], `span ${u.start}-${u.end} does not hold "${u.text}"`);
      }
    });

    if (sameLength('events', events)) {
      for (let i = 0; i < events.article.length; i++) {
        checkSpan('events', i, events);
        if (!followsPrevious(events.article, events.start, i)) {
          issue(['events', 'start', i], 'events must be in order of article and start, once each');
        }
        const date = entry(events.date, i);
        if (date !== null && date >= file.dates.length) {
          issue(['events', 'date', i], `no date at index ${date}`);
        }
        for (const place of entry(events.places, i)) {
          if (place >= places.length) issue(['events', 'places', i], `no place at index ${place}`);
        }
      }
    }
  });
export type CorpusFile = z.infer<typeof CorpusFile>;

type Span = Pick<MentionColumns, 'article' | 'start' | 'end'>;

export type CorpusParseResult = { ok: true; corpus: Corpus } | { ok: false; error: string };

/**
 * Validates untrusted JSON as a corpus file and unpacks it. The error names the first problems
 * found by path, so a person can fix the file ("places.3.lat: Too big: expected number to be <=90").
 */
export function parseCorpus(json: unknown): CorpusParseResult {
  if (typeof json === 'object' && json !== null && 'schemaVersion' in json) {
    const version = (json as { schemaVersion: unknown }).schemaVersion;
    if (version !== SCHEMA_VERSION) {
      return {
        ok: false,
        error: `unsupported schemaVersion ${JSON.stringify(version)} (this build reads version ${SCHEMA_VERSION})`,
      };
    }
  }
  const result = CorpusFile.safeParse(json);
  if (result.success) return { ok: true, corpus: unpackCorpus(result.data) };
  const lines = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const more = result.error.issues.length - lines.length;
  return { ok: false, error: lines.join('; ') + (more > 0 ? `; and ${more} more` : '') };
}
