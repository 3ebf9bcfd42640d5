/**
 * What the geoparser hands to the rest of the pipeline: for one article, each recognised place
 * mention resolved to a gazetteer entry (or reported as unresolved).
 */
import type { MentionForm, PlaceKind } from '../../shared/corpus.ts';

/** One gazetteer entry. `gazetteerId` is also the corpus place id. */
export interface GazetteerPlace {
  /** "geonames:169389", "country:SY", "admin1:SY-ID", "region:middle-east", "addition:baghuz" */
  gazetteerId: string;
  name: string;
  kind: PlaceKind;
  countryCode: string | null;
  lat: number;
  lon: number;
  population: number;
  /** Latin-script alternate names and transliterations. */
  alternateNames: string[];
}

export interface ResolvedMention {
  place: GazetteerPlace;
  /** UTF-16 offsets into the article text, end exclusive. */
  start: number;
  end: number;
  text: string;
  form: MentionForm;
}

export interface UnresolvedMention {
  start: number;
  end: number;
  text: string;
  reason: string;
}

export interface ArticleGeoparse {
  mentions: ResolvedMention[];
  unresolved: UnresolvedMention[];
}

export interface Geoparser {
  /** Pure: the same text (and article id, for per-article overrides) gives the same result. */
  parse(text: string, articleId: string): ArticleGeoparse;
}
