/**
 * The text format of the article cache's pack: one JSON document per line, so a pack is read with
 * one file read and appended to with one write, and a line that a crash cut short or garbled costs
 * only that line. Pure (strings in, strings out); the file handling is in articleCache.ts.
 *
 * Lines:
 * - the header, first: `{"chronomapArticlePack":1,"version":"<pipeline version>"}`;
 * - a place, written once before the first entry that refers to it: `{"place":{…}}`;
 * - an entry: `{"key":"<64 hex>","meta":{…},"mentions":[…],"unresolved":[…],"events":[…]}`,
 *   whose mentions name their place by id (`"place":"geonames:1"`) instead of repeating the
 *   place with all its alternate names (which made 60 % of the old one-file-per-entry cache).
 *
 * An entry that refers to a place no whole line defines, or whose shape is wrong, reads as a miss.
 */
import type { Article } from '../../shared/corpus.ts';
import type { ArticleResult } from '../corpus/processArticle.ts';
import type { GazetteerPlace, ResolvedMention } from '../geoparse/types.ts';

export const PACK_FORMAT = 1;

/** What the sidecar and the headline rule made of an article: all of it but its id, file, text. */
export type ArticleMeta = Pick<Article, 'title' | 'source' | 'url' | 'published'>;

/** One article's cached outcome. */
export interface CachedArticle {
  meta: ArticleMeta;
  result: ArticleResult;
}

/** A pack as read: entry lines by key (decoded only when asked for) and the places defined. */
export interface PackContents {
  entries: Map<string, string>;
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

export function headerLine(version: string): string {
  return JSON.stringify({ chronomapArticlePack: PACK_FORMAT, version });
}

/** Reads a pack's text; null when it is not a pack of this format and version (a foreign file). */
export function readPack(text: string, version: string): PackContents | null {
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1 || text.slice(0, firstBreak) !== headerLine(version)) return null;
  const entries = new Map<string, string>();
  const placeLines = new Map<string, string>();
  let entryLineCount = 0;
  let start = firstBreak + 1;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    // The last line without its newline was cut short by a crash: ignore it.
    if (end === -1) break;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.startsWith(KEY_PREFIX)) {
      entryLineCount++;
      const key = line.slice(KEY_PREFIX.length, KEY_PREFIX.length + KEY_LENGTH);
      if (line.charCodeAt(KEY_PREFIX.length + KEY_LENGTH) === 0x22 && /^[0-9a-f]+$/.test(key)) {
        entries.set(key, line);
      }
    } else if (line.startsWith(PLACE_PREFIX)) {
      const place = parsePlaceLine(line);
      if (place) placeLines.set(place.gazetteerId, line);
    } else {
      // A garbled line (two writers, a crash): it names nothing, so compaction drops it.
      entryLineCount++;
    }
  }
  return { entries, placeLines, entryLineCount, endsWithNewline: text.endsWith('\n') };
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

/** One entry line back to the cached article; null when damaged or referring to a lost place. */
export function decodeEntry(
  line: string,
  places: ReadonlyMap<string, GazetteerPlace>,
): CachedArticle | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isRecord(raw) || !isMeta(raw.meta)) return null;
  const { mentions, unresolved, events } = raw;
  if (!Array.isArray(mentions) || !Array.isArray(unresolved) || !Array.isArray(events)) {
    return null;
  }
  const resolved: ResolvedMention[] = [];
  for (const m of mentions as unknown[]) {
    if (!isRecord(m)) return null;
    const place =
      typeof m.place === 'string' ? places.get(m.place) : isPlace(m.place) ? m.place : undefined;
    if (!place) return null;
    // Spread keeps the key order the geoparser gave (`place` first), so output bytes match.
    resolved.push({ ...(m as unknown as ResolvedMention), place });
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

/**
 * Lines for new entries: each place not yet in `placeLines` first (added to it), then the entry.
 * A place whose id is known but whose content differs is written inline in the mention instead.
 * Returns the text to write and each entry's own line, in the order given.
 */
export function encodeEntries(
  entries: readonly { key: string; value: CachedArticle }[],
  placeLines: Map<string, string>,
): { text: string; entryLines: string[] } {
  const lines: string[] = [];
  const entryLines: string[] = [];
  for (const { key, value } of entries) {
    const mentions = value.result.geoparse.mentions.map((m) => {
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
    const line = JSON.stringify({
      key,
      meta: value.meta,
      mentions,
      unresolved: value.result.geoparse.unresolved,
      events: value.result.events,
    });
    lines.push(line);
    entryLines.push(line);
  }
  return { text: lines.length === 0 ? '' : `${lines.join('\n')}\n`, entryLines };
}

/** The place ids an entry line refers to (for a rewrite that keeps only the places still used). */
export function placeIdsOf(line: string): string[] {
  try {
    const raw = JSON.parse(line) as { mentions?: { place?: unknown }[] };
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
