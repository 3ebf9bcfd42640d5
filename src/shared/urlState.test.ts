import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  decodeViewState,
  encodeViewState,
  type KnownIds,
  type ViewState,
} from './urlState.ts';

const known: KnownIds = {
  places: new Set(['geonames:169389', 'country:SY', 'geonames:8299880']),
  articles: new Set(['000_0ebec296f594075f']),
  events: new Set(['000_0ebec296f594075f:70']),
  countries: new Set(['SY', 'TR']),
};

const full: ViewState = {
  places: ['geonames:169389', 'country:SY'],
  from: '2017-09-01',
  to: '2019-03-31',
  article: '000_0ebec296f594075f',
  country: 'SY',
  q: 'border & guards + 2,000',
  event: '000_0ebec296f594075f:70',
  hideDemonyms: true,
  textDatedOnly: true,
  map: { lat: 35.9512, lon: 39.0083, zoom: 7 },
};

describe('encodeViewState', () => {
  it('writes the default view as an empty string', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes keys in a fixed order with readable place ids', () => {
    expect(encodeViewState(full)).toBe(
      'place=geonames:169389,country:SY&from=2017-09-01&to=2019-03-31' +
        '&article=000_0ebec296f594075f&country=SY&q=border%20%26%20guards%20%2B%202%2C000' +
        '&event=000_0ebec296f594075f:70&demonyms=hide&dated=text&map=35.9512,39.0083,7',
    );
  });

  it('rounds map values and folds longitude', () => {
    const s = encodeViewState({
      ...DEFAULT_VIEW_STATE,
      map: { lat: 35.123456, lon: 181.5, zoom: 6.6 },
    });
    expect(s).toBe('map=35.1235,-178.5,7');
  });
});

describe('decodeViewState', () => {
  it('round-trips a full valid view exactly', () => {
    const { state, dropped } = decodeViewState(`?${encodeViewState(full)}`, known);
    expect(dropped).toEqual([]);
    expect(state).toEqual(full);
    expect(encodeViewState(state)).toBe(encodeViewState(full));
  });

  it('keeps place ids that contain commas', () => {
    const view = { ...DEFAULT_VIEW_STATE, places: ['odd,id', 'geonames:1'] };
    expect(decodeViewState(encodeViewState(view)).state.places).toEqual(['odd,id', 'geonames:1']);
  });

  it('drops what a malformed link gets wrong and keeps the rest', () => {
    const { state, dropped } = decodeViewState(
      '?place=nowhere,geonames:169389&from=2019-05-01&to=2018-01-01&map=junk&country=SY',
      known,
    );
    expect(state.places).toEqual(['geonames:169389']);
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
    expect(state.map).toBeNull();
    expect(state.country).toBe('SY');
    expect(dropped).toEqual([
      'unknown place "nowhere"',
      'reversed date range (from 2019-05-01 is after to 2018-01-01)',
      'map value "junk" (expected latitude,longitude,zoom)',
    ]);
  });

  it('names each kind of bad value', () => {
    const { state, dropped } = decodeViewState(
      'from=2019-02-30&to=2019-03-01&article=gone&country=sy&event=e9&demonyms=show&dated=yes' +
        '&map=95,10,3&utm_source=x&q=%E0%A4%A&place=geonames:169389&place=country:SY',
      known,
    );
    expect(state.to).toBe('2019-03-01');
    expect(state.places).toEqual(['geonames:169389']);
    expect(dropped).toEqual([
      'unknown parameter "utm_source"',
      'malformed q value "%E0%A4%A"',
      'repeated parameter "place" (the first one was kept)',
      'invalid "from" date "2019-02-30"',
      'unknown article "gone"',
      'invalid country code "sy"',
      'unknown event "e9"',
      'demonyms value "show" (expected "hide")',
      'dated value "yes" (expected "text")',
      'map value "95,10,3" (expected latitude,longitude,zoom)',
    ]);
  });

  it('accepts any well-formed id when no corpus is given', () => {
    const { state, dropped } = decodeViewState('place=anything:1&event=e1');
    expect(dropped).toEqual([]);
    expect(state.places).toEqual(['anything:1']);
    expect(state.event).toBe('e1');
  });

  it('never throws on junk', () => {
    for (const junk of ['?', '&&&', '=', '?=x', '%', '?place=%', '?map=1,2', '?map=,,', 'a=b=c']) {
      expect(() => decodeViewState(junk, known)).not.toThrow();
    }
  });

  it('treats + as a space in search text', () => {
    expect(decodeViewState('q=border+guards').state.q).toBe('border guards');
  });
});
