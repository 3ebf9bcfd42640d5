/**
 * The corpus file's format version (see corpusFile.ts); apart, so the app can read it without zod.
 * 1: every record whole (each event with its sentence, each place with its mentions).
 * 2: packed: mentions and events in columns of article and place indexes, texts derived from the
 *    articles (58 MB became 24 MB for 10,000 articles).
 */
export const SCHEMA_VERSION = 2;
