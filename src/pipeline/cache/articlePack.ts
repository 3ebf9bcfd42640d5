/**
 * The text format of the article cache's pack: one JSON document per line, so a pack is read with
 * one file read and appended to with one write, and a line that a crash cut short or garbled costs
 * only that line. Pure (strings in, strings out); the file handling is in articleCache.ts.
 *
 * Lines:
 * - the header, first: `{"chronomapArticlePack":1,"version":"<pipeline version>"}`;
 * - a place, written once before the first entry that refers to it: `{"place":{…}}`;
 * - an entry: `{"key":"<64 hex>","meta":{…},"mentions":[…],"unresolved":[…],"events":[…],
 *   "sliced":{"mentions":[…],"events":[…]}}`, whose mentions name their place by id
 *   (`"place":"geonames:1"`) instead of repeating the place with all its alternate names (60 % of
 *   the old one-file-per-entry cache), and whose mentions and events listed under `sliced` have
 *   `"text":0` where the text is exactly the article's text from `start` to `end` (a quarter of
 *   the rest: event sentences). The key covers the article's text, so the slice is the same text.
 *
 * Lines are kept as bytes and decoded one by one when asked for: a line of ASCII becomes a
 * one-byte string, which JSON.parse reads faster than a slice of the whole file decoded at once
 * (one accented letter anywhere makes that a two-byte string). An entry that refers to a place no
 * whole line defines, or whose shape is wrong, reads as a miss.
 */
import type { Article } from '../../shared/corpus.ts';
import type { ArticleResult } from '../corpus/processArticle.ts';
import type { GazetteerPlace, ResolvedMention } from '../geoparse/types.ts';

export const PACK_FORMAT = 2;

/** What the sidecar and the headline rule made of an article: all of it but its id, file, text. */
export type ArticleMeta = Pick<Article, 'title' | 'source' | 'url' | 'published'>;

/** One article's cached outcome. */
export interface CachedArticle {
  meta: ArticleMeta;
  result: ArticleResult;
}

/** A pack as read: entry lines by key (decoded only when asked for) and the places defined. */
export interface PackContents {
  /** Each entry's line (without its newline), a view into the file's bytes. */
  entries: Map<string, Buffer>;
  /** Place lines by place id, as written (so a rewrite copies them without re-encoding). */
  placeLines: Map<string, string>;
  /** Entry lines in the file, duplicates and damaged ones included: what compaction would drop. */
  entryLineCount: number;
  /** False when the last write was cut short: the next append must start on a new line. */
  endsWithNewline: boolean;
}

const KEY_PREFIX = '{"key":"';
const KEY_LENGTH = 64;
const PLACE_PREFIX = '{"place":';
const NEWLINE = 0x0a;
const QUOTE = 0x22;

export function headerLine(version: string): string {
  return JSON.stringify({ chronomapArticlePack: PACK_FORMAT, version });
}

/** Reads a pack's bytes; null when it is not a pack of this format and version (a foreign file). */
export function readPack(bytes: Buffer, version: string): PackContents | null {
  const firstBreak = bytes.indexOf(NEWLINE);
  if (firstBreak === -1 || bytes.toString('latin1', 0, firstBreak) !== headerLine(version)) {
    return null;
  }
  const entries = new Map<string, Buffer>();
  const placeLines = new Map<string, string>();
  let entryLineCount = 0;
  let start = firstBreak + 1;
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    // The last line without its newline was cut short by a crash: ignore it.
    if (end === -1) break;
    const keyStart = start + KEY_PREFIX.length;
    if (bytes.toString('latin1', start, keyStart) === KEY_PREFIX) {
      entryLineCount++;
      const key = bytes.toString('latin1', keyStart, keyStart + KEY_LENGTH);
      if (bytes[keyStart + KEY_LENGTH] === QUOTE && /^[0-9a-f]{64}$/.test(key)) {
        entries.set(key, bytes.subarray(start, end));
      }
    } else if (bytes.toString('latin1', start, start + PLACE_PREFIX.length) === PLACE_PREFIX) {
      const line = bytes.toString('utf8', start, end);
      const place = parsePlaceLine(line);
      if (place) placeLines.set(place.gazetteerId, line);
    } else {
      // A garbled line (two writers, a crash): it names nothing, so compaction drops it.
      entryLineCount++;
    }
    start = end + 1;
  }
  return { entries, placeLines, entryLineCount, endsWithNewline: bytes.at(-1) === NEWLINE };
}

/** Decodes the places that `lines` define, for entries to refer to. */
export function decodePlaces(placeLines: ReadonlyMap<string, string>): Map<string, GazetteerPlace> {
  const places = new Map<string, GazetteerPlace>();
  for (const [id, line] of placeLines) {
    const place = parsePlaceLine(line);
    if (place) places.set(id, place);
  }
  return places;
}

/**
 * One entry line back to the cached article, given the article's text (for the `sliced` texts);
 * null when the line is damaged or refers to a place no line defines.
 */
export function decodeEntry(
  line: Buffer,
  places: ReadonlyMap<string, GazetteerPlace>,
  text: string,
): CachedArticle | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line.toString('utf8'));
  } catch {
    return null;
  }
  if (!isRecord(raw) || !isMeta(raw.meta) || !isRecord(raw.sliced)) return null;
  const { mentions, unresolved, events, sliced } = raw;
  if (!Array.isArray(mentions) || !Array.isArray(unresolved) || !Array.isArray(events)) {
    return null;
  }
  if (!restoreSlices(mentions, sliced.mentions, text)) return null;
  if (!restoreSlices(events, sliced.events, text)) return null;
  const resolved: ResolvedMention[] = [];
  for (const m of mentions as unknown[]) {
    if (!isRecord(m)) return null;
    const place =
      typeof m.place === 'string' ? places.get(m.place) : isPlace(m.place) ? m.place : undefined;
    if (!place) return null;
    // Assigned in place (no copy): `place` keeps its position among the keys.
    m.place = place;
    resolved.push(m as unknown as ResolvedMention);
  }
  return {
    meta: raw.meta,
    result: {
      geoparse: {
        mentions: resolved,
        unresolved: unresolved as ArticleResult['geoparse']['unresolved'],
      },
      events: events as ArticleResult['events'],
    },
  };
}

/** Puts back the texts `sliceTexts` left out; false if the list or a record does not fit. */
function restoreSlices(records: unknown[], indices: unknown, text: string): boolean {
  if (!Array.isArray(indices)) return false;
  for (const i of indices as unknown[]) {
    if (typeof i !== 'number') return false;
    const record: unknown = records[i];
    if (!isRecord(record) || typeof record.start !== 'number' || typeof record.end !== 'number') {
      return false;
    }
    // Assigned in place, so `text` keeps its position among the keys.
    record.text = text.slice(record.start, record.end);
  }
  return true;
}

/**
 * Records whose `text` is exactly `text.slice(start, end)` get `"text":0` in their place (same
 * key position), and their positions are returned to be listed under `sliced`.
 */
function sliceTexts<T extends object>(
  records: readonly T[],
  text: string,
): { out: T[]; sliced: number[] } {
  const sliced: number[] = [];
  const out = records.map((record, i) => {
    const { start, end, text: own } = record as { start?: unknown; end?: unknown; text?: unknown };
    if (
      typeof own === 'string' &&
      typeof start === 'number' &&
      typeof end === 'number' &&
      text.slice(start, end) === own
    ) {
      sliced.push(i);
      return { ...record, text: 0 };
    }
    return record;
  });
  return { out, sliced };
}

/**
 * Lines for new entries: each place not yet in `placeLines` first (added to it), then the entry.
 * A place whose id is known but whose content differs is written inline in the mention instead.
 * Returns the text to write and each entry's own line, in the order given.
 */
export function encodeEntries(
  entries: readonly { key: string; value: CachedArticle; text: string }[],
  placeLines: Map<string, string>,
): { text: string; entryLines: string[] } {
  const lines: string[] = [];
  const entryLines: string[] = [];
  for (const { key, value, text } of entries) {
    const withIds = value.result.geoparse.mentions.map((m) => {
      const id = m.place.gazetteerId;
      const line = `${PLACE_PREFIX}${JSON.stringify(m.place)}}`;
      const known = placeLines.get(id);
      if (known === undefined) {
        placeLines.set(id, line);
        lines.push(line);
      } else if (known !== line) {
        return m;
      }
      return { ...m, place: id };
    });
    const mentions = sliceTexts(withIds, text);
    const events = sliceTexts(value.result.events, text);
    const line = JSON.stringify({
      key,
      meta: value.meta,
      mentions: mentions.out,
      unresolved: value.result.geoparse.unresolved,
      events: events.out,
      sliced: { mentions: mentions.sliced, events: events.sliced },
    });
    lines.push(line);
    entryLines.push(line);
  }
  return { text: lines.length === 0 ? '' : `${lines.join('\n')}\n`, entryLines };
}

/** The place ids an entry line refers to (for a rewrite that keeps only the places still used). */
export function placeIdsOf(line: Buffer): string[] {
  try {
    const raw = JSON.parse(line.toString('utf8')) as { mentions?: { place?: unknown }[] };
    return (raw.mentions ?? []).flatMap((m) => (typeof m.place === 'string' ? [m.place] : []));
  } catch {
    return [];
  }
}

function parsePlaceLine(line: string): GazetteerPlace | null {
  try {
    const raw = JSON.parse(line) as { place?: unknown };
    return isPlace(raw.place) ? raw.place : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlace(value: unknown): value is GazetteerPlace {
  return (
    isRecord(value) &&
    typeof value.gazetteerId === 'string' &&
    typeof value.name === 'string' &&
    typeof value.lat === 'number' &&
    typeof value.lon === 'number' &&
    Array.isArray(value.alternateNames)
  );
}

function isMeta(value: unknown): value is ArticleMeta {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    (value.source === null || typeof value.source === 'string') &&
    (value.url === null || typeof value.url === 'string') &&
    (value.published === null || isRecord(value.published))
  );
}
