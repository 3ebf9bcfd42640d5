/** The corpus file's format version (see corpus.ts); apart, so the app can read it without zod. */
export const SCHEMA_VERSION = 1;
