import { readFileSync } from 'node:fs';
import { noEvents, noMentions } from '../src/shared/packCorpus.ts';
import { SCHEMA_VERSION } from '../src/shared/schemaVersion.ts';
import { expect, test } from './fixtures.ts';

const CORPUS = '**/data/corpus.json';
const realCorpus = () =>
  JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Record<string, unknown>;

test('a missing corpus gets its own screen', async ({ page }) => {
  await page.route(CORPUS, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'No corpus found' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('404');
  await expect(page.getByRole('alert')).toContainText('npm run data');
});

const invalid: [string, string, RegExp][] = [
  ['truncated', JSON.stringify(realCorpus()).slice(0, 5000), /not valid JSON/],
  ['not JSON', '<!doctype html><title>Oops</title>', /not valid JSON/],
  [
    'schemaVersion 99',
    JSON.stringify({ ...realCorpus(), schemaVersion: 99 }),
    /unsupported schemaVersion 99/,
  ],
  [
    'missing fields',
    JSON.stringify({ schemaVersion: SCHEMA_VERSION, articles: [{ id: 'a' }] }),
    /articles\.0\.file|places/,
  ],
];

for (const [name, body, message] of invalid) {
  test(`an invalid corpus (${name}) says what is wrong`, async ({ page }) => {
    await page.route(CORPUS, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'The corpus file is invalid' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(message);
  });
}

test('an empty corpus gets its own screen', async ({ page }) => {
  const empty = {
    schemaVersion: SCHEMA_VERSION,
    articles: [],
    places: [],
    countries: [],
    unresolved: [],
    dates: [],
    mentions: noMentions(),
    events: noEvents(),
  };
  await page.route(CORPUS, (route) => route.fulfill({ json: empty }));
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'The corpus is empty' })).toBeVisible();
});

test('a corpus without events still maps its places', async ({ page }) => {
  await page.route(CORPUS, (route) =>
    route.fulfill({ json: { ...realCorpus(), dates: [], events: noEvents() } }),
  );
  await page.goto('./');
  await expect(page.getByText('This corpus has no events yet')).toBeVisible();
  await expect(page.getByText(/^0 of 0 events, (\d+) of \1 places$/)).toBeVisible();
  const map = page.getByRole('region', { name: /^Map \(/ });
  await expect(map.getByRole('button', { name: /0 events|Group of/ }).first()).toBeVisible();
});

test('a slow corpus shows the loading screen first', async ({ page }) => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(CORPUS, async (route) => {
    await gate;
    await route.fallback();
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Loading the corpus…' })).toBeVisible();
  release();
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
});
