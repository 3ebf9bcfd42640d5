/**
 * The corpus data file: the contract between the build-time pipeline and the app.
 *
 * One zod schema per record; the TypeScript types are inferred from them, so the type the
 * pipeline writes and the type the app reads cannot drift apart. The pipeline validates before it
 * writes, the app validates after it loads (see `parseCorpus`).
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

export const Corpus = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    articles: z.array(Article),
    places: z.array(Place),
    unresolved: z.array(Unresolved),
    events: z.array(Event),
    countries: z.array(Country),
  })
  .superRefine((corpus, ctx) => {
    // Referential integrity: every span points into an article that exists, inside its text.
    const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
    const placeIds = new Set(corpus.places.map((p) => p.id));
    const checkSpan = (
      s: { articleId: string; start: number; end: number; text: string },
      path: (string | number)[],
    ) => {
      const text = texts.get(s.articleId);
      if (text === undefined) {
        ctx.addIssue({ code: 'custom', path, message: `unknown article "${s.articleId}"` });
      } else if (
        s.end < s.start ||
        s.end > text.length ||
        s.end - s.start !== s.text.length ||
        // No slice: a copy of every span of a 100,000-event corpus cost more than the compare.
        !text.startsWith(s.text, s.start)
      ) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `span ${s.start}-${s.end} does not hold "${s.text}" in article "${s.articleId}"`,
        });
      }
    };
    corpus.places.forEach((p, i) =>
      p.mentions.forEach((m, j) => checkSpan(m, ['places', i, 'mentions', j])),
    );
    corpus.unresolved.forEach((u, i) => checkSpan(u, ['unresolved', i]));
    corpus.events.forEach((e, i) => {
      checkSpan(e, ['events', i]);
      for (const id of e.placeIds) {
        if (!placeIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['events', i, 'placeIds'],
            message: `unknown place "${id}"`,
          });
        }
      }
    });
  });
export type Corpus = z.infer<typeof Corpus>;

export type CorpusParseResult = { ok: true; corpus: Corpus } | { ok: false; error: string };

/**
 * Validates untrusted JSON as a corpus. The error names the first problems found by path, so a
 * person can fix the file ("places.3.lat: Too big: expected number to be <=90").
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
  const result = Corpus.safeParse(json);
  if (result.success) return { ok: true, corpus: result.data };
  const lines = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const more = result.error.issues.length - lines.length;
  return { ok: false, error: lines.join('; ') + (more > 0 ? `; and ${more} more` : '') };
}
