/**
 * Puts the per-article results together into the corpus: one place per gazetteer entry with all
 * its mentions, the unresolved names, the events, and the countries the places lie in. Pure and
 * deterministic: the same inputs give the same corpus, whatever order they arrive in. It is
 * validated as a file when it is serialised (serializeCorpus.ts).
 */
import {
  SCHEMA_VERSION,
  type Corpus,
  type Article,
  type Event,
  type Mention,
  type Place,
  type Unresolved,
} from '../../shared/corpus.ts';
import type { ArticleGeoparse } from '../geoparse/types.ts';
import { countryFor } from './countries.ts';

export interface ProcessedArticle {
  article: Article;
  geoparse: ArticleGeoparse;
  events: Event[];
}

export function assembleCorpus(processed: readonly ProcessedArticle[]): Corpus {
  const sorted = [...processed].sort((a, b) => compareStrings(a.article.id, b.article.id));
  const places = new Map<string, Place>();
  const unresolved: Unresolved[] = [];
  const events: Event[] = [];

  for (const { article, geoparse, events: articleEvents } of sorted) {
    for (const m of geoparse.mentions) {
      const mention: Mention = {
        articleId: article.id,
        start: m.start,
        end: m.end,
        text: m.text,
        form: m.form,
      };
      const id = m.place.gazetteerId;
      const place = places.get(id);
      if (place) place.mentions.push(mention);
      else {
        places.set(id, {
          id,
          name: m.place.name,
          kind: m.place.kind,
          countryCode: m.place.countryCode,
          lat: m.place.lat,
          lon: m.place.lon,
          gazetteerId: id,
          alternateNames: [...new Set(m.place.alternateNames)],
          mentions: [mention],
        });
      }
    }
    for (const u of geoparse.unresolved) {
      unresolved.push({
        articleId: article.id,
        start: u.start,
        end: u.end,
        text: u.text,
        reason: u.reason,
      });
    }
    events.push(...articleEvents);
  }

  for (const place of places.values()) place.mentions.sort(compareSpans);
  const placeList = [...places.values()].sort((a, b) => compareStrings(a.id, b.id));
  const countryCodes = new Set(placeList.flatMap((p) => (p.countryCode ? [p.countryCode] : [])));

  const corpus: Corpus = {
    schemaVersion: SCHEMA_VERSION,
    articles: sorted.map((p) => p.article),
    places: placeList,
    unresolved: unresolved.sort(compareSpans),
    events: events.sort((a, b) => compareSpans(a, b) || compareStrings(a.id, b.id)),
    countries: [...countryCodes].sort(compareStrings).map(countryFor),
  };
  return corpus;
}

interface Span {
  articleId: string;
  start: number;
  end: number;
}

function compareSpans(a: Span, b: Span): number {
  return compareStrings(a.articleId, b.articleId) || a.start - b.start || a.end - b.end;
}

/** Code-unit order, not locale order, so every machine sorts alike. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
