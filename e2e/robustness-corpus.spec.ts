/**
 * Robustness: generated broken corpus files (truncated anywhere, not JSON, an unknown
 * schemaVersion, fields missing anywhere) each show the invalid-corpus screen, never a blank page
 * or an uncaught error. Generated with a fixed fast-check seed, so a failure reproduces.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { SCHEMA_VERSION } from '../src/shared/schemaVersion.ts';
import { expect, test } from './fixtures.ts';

const SEED = 20_261_121;
const real = readFileSync('public/data/corpus.json', 'utf8');
const realJson = () => JSON.parse(real) as Record<string, unknown>;

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * Removes one key somewhere in the corpus: a top-level field, a field of one record (article,
 * place, country, date), or one column of the mentions or events.
 */
function withoutOneField(pick: number): string {
  const corpus = realJson();
  const records: Record<string, unknown>[] = [corpus];
  for (const list of ['articles', 'places', 'countries', 'dates'] as const) {
    const items = corpus[list] as Record<string, unknown>[];
    const item = items[pick % items.length];
    if (item) records.push(item);
  }
  for (const table of ['mentions', 'events'] as const) {
    records.push(corpus[table] as Record<string, unknown>);
  }
  const record = records[pick % records.length] as Record<string, unknown>;
  const keys = Object.keys(record);
  Reflect.deleteProperty(record, keys[Math.floor(pick / records.length) % keys.length] as string);
  return JSON.stringify(corpus);
}

const cases: [string, string, RegExp][] = [
  ...fc
    .sample(fc.integer({ min: 1, max: real.length - 2 }), { numRuns: 4, seed: SEED })
    .map((at): [string, string, RegExp] => [
      `truncated at byte ${at}`,
      real.slice(0, at),
      /not valid JSON/,
    ]),
  ...fc
    .sample(
      fc.string({ maxLength: 60 }).filter((s) => !isJson(s)),
      { numRuns: 3, seed: SEED },
    )
    .map((body, i): [string, string, RegExp] => [`not JSON #${i + 1}`, body, /not valid JSON/]),
  ...fc
    .sample(
      fc.oneof(
        fc.integer().filter((n) => n !== SCHEMA_VERSION),
        fc.constantFrom(String(SCHEMA_VERSION), null, 1, 1.5, true, [SCHEMA_VERSION]),
      ),
      { numRuns: 4, seed: SEED },
    )
    .map((version): [string, string, RegExp] => [
      `schemaVersion ${JSON.stringify(version)}`,
      JSON.stringify({ ...realJson(), schemaVersion: version }),
      /unsupported schemaVersion/,
    ]),
  ...fc
    .sample(fc.nat(10_000), { numRuns: 5, seed: SEED })
    .map((pick, i): [string, string, RegExp] => [
      `a missing field #${i + 1}`,
      withoutOneField(pick),
      /:/,
    ]),
];

for (const [name, body, message] of cases) {
  test(`a broken corpus (${name}) shows the invalid-corpus screen`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/data/corpus.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'The corpus file is invalid' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(message);
    expect(errors).toEqual([]);
  });
}
