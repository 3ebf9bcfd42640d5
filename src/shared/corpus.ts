/**
 * The corpus data file: the contract between the build-time pipeline and the app.
 *
 * One zod schema per record; the TypeScript types are inferred from them, so the type the
 * pipeline writes and the type the app reads cannot drift apart. This module is the model both
 * sides work on; corpusFile.ts is the packed file between them, validated by the pipeline before
 * it writes and by the app after it loads (see `parseCorpus`).
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from './schemaVersion.ts';

export { SCHEMA_VERSION };

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');

/**
 * How fine a date is, as the text states it. A DateRange is never more precise than its text:
 * "in July" is a `month`, "late August" a `part-month`, "mid-2014" a `part-year`.
 */
export const DatePrecision = z.enum([
  'day',
  'week',
  'part-month',
  'month',
  'part-year',
  'year',
  'range',
]);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** An inclusive interval of calendar days, with the expression it was read from. */
export const DateRange = z
  .object({
    start: isoDay,
    end: isoDay,
    precision: DatePrecision,
    text: z.string(),
  })
  .refine((r) => r.start <= r.end, { message: 'start must not be after end' });
export type DateRange = z.infer<typeof DateRange>;

export const Article = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  published: DateRange.nullable(),
  text: z.string(),
});
export type Article = z.infer<typeof Article>;

/** A half-open span [start, end) of UTF-16 code units in an article's text. */
const span = {
  articleId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
};

export const MentionForm = z.enum(['name', 'demonym']);
export type MentionForm = z.infer<typeof MentionForm>;

export const Mention = z.object({ ...span, form: MentionForm });
export type Mention = z.infer<typeof Mention>;

export const PlaceKind = z.enum(['country', 'region', 'admin1', 'city', 'other']);
export type PlaceKind = z.infer<typeof PlaceKind>;

export const Place = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: PlaceKind,
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  gazetteerId: z.string().min(1),
  /** Other names and transliterations (Latin script), so a search for "Raqqah" finds Ar Raqqah. */
  alternateNames: z.array(z.string()),
  mentions: z.array(Mention).min(1),
});
export type Place = z.infer<typeof Place>;

export const Unresolved = z.object({ ...span, reason: z.string() });
export type Unresolved = z.infer<typeof Unresolved>;

export const DateBasis = z.enum(['text', 'published']);
export type DateBasis = z.infer<typeof DateBasis>;

export const Event = z.object({
  /** Stable across rebuilds of the same article text. */
  id: z.string().min(1),
  articleId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  placeIds: z.array(z.string()),
  date: DateRange.nullable(),
  dateBasis: DateBasis.nullable(),
  /** True when the sentence speaks of the future ("2015 will witness..."): not a past event. */
  future: z.boolean(),
});
export type Event = z.infer<typeof Event>;

/** Countries named by places in the corpus, for the country filter and the base map's outlines. */
export const Country = z.object({
  code: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().min(1),
  /** ISO 3166-1 numeric code, as world-atlas uses for feature ids; null where there is none. */
  isoNumeric: z.string().nullable(),
});
export type Country = z.infer<typeof Country>;

/**
 * The corpus as the pipeline assembles it and the app works on it: every record whole, each place
 * with its mentions, each event with its sentence. The file on disk is packed (corpusFile.ts):
 * what this model repeats (sentences, mention texts, event ids) the file derives from the articles.
 */
export interface Corpus {
  schemaVersion: typeof SCHEMA_VERSION;
  articles: Article[];
  places: Place[];
  unresolved: Unresolved[];
  events: Event[];
  countries: Country[];
}
