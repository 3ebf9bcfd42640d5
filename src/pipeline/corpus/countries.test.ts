import { describe, expect, it } from 'vitest';
import { countryFor } from './countries.ts';

describe('countryFor', () => {
  it('prefers the English exonym', () => {
    expect(countryFor('TR')).toEqual({ code: 'TR', name: 'Turkey', isoNumeric: '792' });
  });

  it('uses the common name and numeric code from world-countries', () => {
    expect(countryFor('IQ')).toEqual({ code: 'IQ', name: 'Iraq', isoNumeric: '368' });
    expect(countryFor('MA')).toEqual({ code: 'MA', name: 'Morocco', isoNumeric: '504' });
  });

  it('has no numeric code for Kosovo', () => {
    expect(countryFor('XK')).toEqual({ code: 'XK', name: 'Kosovo', isoNumeric: null });
  });

  it('keeps an unknown code as its own name', () => {
    expect(countryFor('ZZ')).toEqual({ code: 'ZZ', name: 'ZZ', isoNumeric: null });
  });
});
