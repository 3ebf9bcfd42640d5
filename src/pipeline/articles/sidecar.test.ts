import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SIDECAR_BYTES, parseSidecar, publishedRange, readSidecar } from './sidecar.ts';

const reasonOf = (raw: string) => {
  const result = parseSidecar(raw);
  return result.ok ? null : result.reason;
};

describe('parseSidecar', () => {
  it('accepts a full sidecar and drops unknown keys', () => {
    const result = parseSidecar(
      JSON.stringify({
        title: ' A Title ',
        source: 'Kurdistan 24',
        url: 'http://www.kurdistan24.net/en/news/1',
        published: { start: '2017-09-12', end: '2017-09-14' },
        note: 'A note.',
        reviewer: 'someone',
      }),
    );
    expect(result).toEqual({
      ok: true,
      sidecar: {
        title: 'A Title',
        source: 'Kurdistan 24',
        url: 'http://www.kurdistan24.net/en/news/1',
        published: { start: '2017-09-12', end: '2017-09-14' },
        note: 'A note.',
      },
    });
  });

  it('accepts an empty object', () => {
    expect(parseSidecar('{}')).toEqual({ ok: true, sidecar: {} });
  });

  it('rejects JSON that is not an object', () => {
    for (const raw of ['[]', '"title"', 'null', '42']) {
      expect(reasonOf(raw)).toBe('sidecar must be a JSON object');
    }
  });

  it('rejects text that is not JSON', () => {
    expect(reasonOf('{ title: "x" }')).toMatch(/^sidecar is not valid JSON: /);
  });

  it('rejects dates that are not real calendar days', () => {
    expect(reasonOf('{"published":{"start":"2019-02-29","end":"2019-03-01"}}')).toBe(
      'malformed sidecar: published.start: not a real calendar date',
    );
    expect(reasonOf('{"published":{"start":"2019-13-01","end":"2019-13-01"}}')).toMatch(
      /published.start: not a real calendar date/,
    );
    expect(reasonOf('{"published":{"start":"12/09/2017","end":"2017-09-14"}}')).toMatch(
      /published.start: expected a YYYY-MM-DD date/,
    );
    expect(parseSidecar('{"published":{"start":"2020-02-29","end":"2020-02-29"}}').ok).toBe(true);
  });

  it('rejects a start after the end', () => {
    expect(reasonOf('{"published":{"start":"2017-09-14","end":"2017-09-12"}}')).toBe(
      'malformed sidecar: published.end: start must not be after end',
    );
  });

  it('rejects a published window with a missing end', () => {
    expect(reasonOf('{"published":{"start":"2017-09-14"}}')).toMatch(
      /^malformed sidecar: published.end: /,
    );
  });

  it('accepts only http(s) URLs', () => {
    expect(reasonOf('{"url":"javascript:alert(1)"}')).toBe(
      'malformed sidecar: url: expected an http(s) URL',
    );
    expect(reasonOf('{"url":"ftp://example.org/a"}')).toMatch(/url: expected an http\(s\) URL/);
    expect(reasonOf('{"url":"not a url"}')).toMatch(/url: /);
    expect(parseSidecar('{"url":"https://example.org/a?b=c"}').ok).toBe(true);
  });

  it('rejects strings of the wrong type or an unreasonable length', () => {
    expect(reasonOf('{"title":42}')).toMatch(/^malformed sidecar: title: /);
    expect(reasonOf('{"title":"   "}')).toBe('malformed sidecar: title: must not be empty');
    expect(reasonOf(JSON.stringify({ title: 'x'.repeat(301) }))).toMatch(
      /^malformed sidecar: title: /,
    );
    expect(reasonOf(JSON.stringify({ note: 'x'.repeat(4001) }))).toMatch(
      /^malformed sidecar: note: /,
    );
  });
});

describe('publishedRange', () => {
  it('is a day when start equals end, a range otherwise', () => {
    expect(publishedRange({ start: '2017-09-12', end: '2017-09-12' })).toEqual({
      start: '2017-09-12',
      end: '2017-09-12',
      precision: 'day',
      text: '2017-09-12',
    });
    expect(publishedRange({ start: '2017-09-12', end: '2017-09-14' })).toEqual({
      start: '2017-09-12',
      end: '2017-09-14',
      precision: 'range',
      text: '2017-09-12 – 2017-09-14',
    });
  });

  it("uses the sidecar's own wording when it gives one", () => {
    const range = publishedRange({
      start: '2014-12-01',
      end: '2015-01-31',
      text: 'winter 2014–15',
    });
    expect(range.text).toBe('winter 2014–15');
  });
});

describe('readSidecar', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'chronomap-sidecar-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives null when there is no sidecar', async () => {
    expect(await readSidecar(path.join(dir, 'a.txt'))).toEqual({ ok: true, sidecar: null });
  });

  it('reads the sidecar beside the article', async () => {
    writeFileSync(path.join(dir, 'a.meta.json'), '{"title":"The Title"}');
    expect(await readSidecar(path.join(dir, 'a.txt'))).toEqual({
      ok: true,
      sidecar: { title: 'The Title' },
    });
  });

  it('rejects a huge sidecar without parsing it', async () => {
    const huge = JSON.stringify({ note: 'x'.repeat(MAX_SIDECAR_BYTES) });
    writeFileSync(path.join(dir, 'a.meta.json'), huge);
    const result = await readSidecar(path.join(dir, 'a.txt'));
    expect(result).toEqual({
      ok: false,
      reason: `sidecar too large (${huge.length} bytes; the limit is ${MAX_SIDECAR_BYTES})`,
    });
  });

  it('rejects a sidecar that is not UTF-8', async () => {
    writeFileSync(path.join(dir, 'a.meta.json'), new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(await readSidecar(path.join(dir, 'a.txt'))).toEqual({
      ok: false,
      reason: 'sidecar is not valid UTF-8',
    });
  });
});
