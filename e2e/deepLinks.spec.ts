/// <reference lib="dom" />
// The callbacks passed to page.evaluate run in the browser.
import { counts, expect, openApp, test } from './fixtures.ts';

test('Copy link copies a URL that reopens exactly the same view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, 'map=34,40,5');
  await page.getByRole('combobox', { name: 'Place' }).fill('Raqqah');
  await page.getByRole('option', { name: /^Ar Raqqah/ }).click();
  await page.getByLabel('From', { exact: true }).fill('2014-01-01');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Isis');
  await page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Article', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const view = {
    count: await counts(page),
    article: await page
      .getByRole('region', { name: 'Article', exact: true })
      .getByRole('heading', { level: 2 })
      .textContent(),
    mark: await page.locator('.reader__sentence').textContent(),
  };
  expect(new URL(copied).search).toMatch(
    /^\?place=geonames:\d+&from=2014-01-01&q=Isis&event=[^&]+&map=/,
  );

  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.getByRole('list', { name: 'Events' })).toBeVisible();
  expect(await counts(other)).toEqual(view.count);
  await expect(other.getByRole('button', { name: 'Remove place Ar Raqqah' })).toBeVisible();
  await expect(other.getByLabel('From', { exact: true })).toHaveValue('2014-01-01');
  await expect(other.getByRole('searchbox', { name: 'Search events' })).toHaveValue('Isis');
  await expect(
    other.getByRole('region', { name: 'Article', exact: true }).getByRole('heading', { level: 2 }),
  ).toHaveText(view.article ?? '');
  await expect(other.locator('.reader__sentence')).toHaveText(view.mark ?? '');
  // Nothing moved: the reopened page's address is the copied one.
  expect(other.url()).toBe(copied);
  await other.close();
});

test('Back and Forward walk through meaningful changes; map moves do not add steps', async ({
  page,
}) => {
  await openApp(page, 'map=30,20,3');
  const list = page.getByRole('list', { name: 'Events' });
  const all = await counts(page);

  await page.getByRole('combobox', { name: 'Place' }).fill('Raqqah');
  await page.getByRole('option', { name: /^Ar Raqqah/ }).click();
  const filtered = await counts(page);
  await list.getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Article', exact: true })).toBeVisible();
  // A pan replaces the current entry.
  await page.getByRole('region', { name: /^Map \(/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBe('30,20,3');

  await page.goBack();
  await expect(page.getByRole('region', { name: 'Article', exact: true })).toBeHidden();
  expect(await counts(page)).toEqual(filtered);
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Remove place Ar Raqqah' })).toBeHidden();
  expect(await counts(page)).toEqual(all);
  await page.goForward();
  await expect(page.getByRole('button', { name: 'Remove place Ar Raqqah' })).toBeVisible();
  expect(await counts(page)).toEqual(filtered);
  await page.goForward();
  await expect(page.getByRole('region', { name: 'Article', exact: true })).toBeVisible();
});

test('a malformed link opens with a notice of what was dropped', async ({ page }) => {
  await openApp(page, '?place=nowhere&from=2019-05-01&to=2018-01-01&map=junk');
  const notice = page.getByRole('status', { name: 'Link notice' });
  await expect(notice).toContainText('unknown place "nowhere"');
  await expect(notice).toContainText(
    'reversed date range (from 2019-05-01 is after to 2018-01-01)',
  );
  await expect(notice).toContainText('map value "junk"');
  // Nothing survived, so the whole corpus shows and the address is clean.
  const { events } = await counts(page);
  expect(events).toBeGreaterThan(10);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
  expect(new URL(page.url()).searchParams.has('place')).toBe(false);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('a partly stale link keeps what is still valid', async ({ page }) => {
  await openApp(
    page,
    '?place=geonames:0,country:SY&from=2017-01-01&to=junk&dated=text&event=gone&utm_source=mail',
  );
  const notice = page.getByRole('status', { name: 'Link notice' });
  await expect(notice).toContainText('unknown place "geonames:0"');
  await expect(notice).toContainText('invalid "to" date "junk"');
  await expect(notice).toContainText('unknown event "gone"');
  await expect(notice).toContainText('unknown parameter "utm_source"');
  await expect(page.getByRole('button', { name: 'Remove place Syria' })).toBeVisible();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2017-01-01');
  await expect(page.getByRole('checkbox', { name: 'Only events dated by the text' })).toBeChecked();
});

test('a link with a place selected frames that place, clear of the place card', async ({
  page,
}) => {
  // Ar Raqqah's events also name places in the US: fitting every visible place would centre the
  // map on the Atlantic, with Syria under the card.
  await openApp(page, '?place=geonames:172955');
  const card = page.locator('.place-card');
  await expect(card).toBeVisible();
  const marker = page.locator('.leaflet-marker-icon.is-selected').first();
  await expect(marker).toBeVisible();
  const mapBox = await page.getByRole('region', { name: /^Map \(/ }).boundingBox();
  const cardBox = await card.boundingBox();
  const markerBox = await marker.boundingBox();
  if (!mapBox || !cardBox || !markerBox) throw new Error('map, card or marker not laid out');
  const x = markerBox.x + markerBox.width / 2;
  const y = markerBox.y + markerBox.height / 2;
  expect(x).toBeGreaterThan(mapBox.x);
  expect(x).toBeLessThan(cardBox.x);
  expect(y).toBeGreaterThan(mapBox.y);
  expect(y).toBeLessThan(mapBox.y + mapBox.height);
});
