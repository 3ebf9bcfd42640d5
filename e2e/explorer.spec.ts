import { counts, expect, openApp, scrollEventsTo, test } from './fixtures.ts';

const eventsList = (page: import('@playwright/test').Page) =>
  page.getByRole('list', { name: 'Events' });

test('first load shows place markers on the map and the events list', async ({ page }) => {
  await openApp(page);
  const map = page.getByRole('region', { name: /^Map \(/ });
  await expect(map.getByRole('button', { name: /events?\b|Group of/ }).first()).toBeVisible();
  await expect(eventsList(page).getByRole('listitem').first()).toBeVisible();
  const { events, places } = await counts(page);
  expect(events).toBeGreaterThan(10);
  expect(places).toBeGreaterThan(5);
  await expect(page.getByRole('link', { name: 'Natural Earth' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'GeoNames' })).toBeVisible();
});

test('filters by place: "Raqqah" finds Ar Raqqah', async ({ page }) => {
  await openApp(page);
  const before = await counts(page);
  await page.getByRole('combobox', { name: 'Place' }).fill('Raqqah');
  await page.getByRole('option', { name: /^Ar Raqqah/ }).click();
  await expect(page.getByRole('button', { name: 'Remove place Ar Raqqah' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ar Raqqah' })).toBeVisible();
  const after = await counts(page);
  expect(after.events).toBeGreaterThan(0);
  expect(after.events).toBeLessThan(before.events);
  for (const item of await eventsList(page).getByRole('listitem').all()) {
    await expect(item).toContainText('Ar Raqqah');
  }
  expect(new URL(page.url()).searchParams.get('place')).toMatch(/^geonames:\d+$/);
});

test('From and To filter the events and stay in step with the timeline brush', async ({ page }) => {
  await openApp(page);
  const before = await counts(page);
  await page.getByLabel('From', { exact: true }).fill('2017-01-01');
  await page.getByLabel('To', { exact: true }).fill('2017-12-31');
  await expect.poll(async () => (await counts(page)).events).toBeLessThan(before.events);
  for (const date of await eventsList(page).locator('.event-row__date').allTextContents()) {
    expect(date).toMatch(/2017/);
  }
  const timeline = page.getByRole('group', { name: 'Timeline' });
  const start = timeline.getByRole('slider', { name: 'Range start' });
  const end = timeline.getByRole('slider', { name: 'Range end' });
  await expect(start).toHaveAttribute('aria-valuetext', '1 Jan 2017');
  await expect(end).toHaveAttribute('aria-valuetext', '31 Dec 2017');

  // Moving the brush by keyboard moves the inputs.
  await start.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2017-01-02');
  await end.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2017-12-30');
  // The second step of a burst replaces the address after the next paint (addressBar.ts).
  await expect.poll(() => new URL(page.url()).search).toContain('from=2017-01-02&to=2017-12-30');
});

test('selects a place on the map with the mouse and with the keyboard', async ({ page }) => {
  // Zoomed in over Syria, where no marker is clustered.
  await openApp(page, 'map=35.65,39.55,9');
  const map = page.getByRole('region', { name: /^Map \(/ });
  await map.getByRole('button', { name: /^Ar Raqqah \(town, Syria\)/ }).click();
  const card = page.getByRole('region', { name: 'Ar Raqqah' });
  await expect(card.getByRole('heading', { name: 'Ar Raqqah', level: 2 })).toBeVisible();
  await expect(card).toContainText('Town or city in Syria');
  await expect(page.getByRole('button', { name: 'Remove place Ar Raqqah' })).toBeVisible();
  // Each of the card's events opens the article at its sentence (date order: selectors.test.ts).
  const dates = await card.locator('.place-card__date').allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  const first = card.getByRole('listitem').first().getByRole('button');
  const sentence = ((await first.textContent()) ?? '').replace(dates[0] ?? '', '').trim();
  await first.click();
  await expect(
    page.getByRole('region', { name: 'Article', exact: true }).locator('mark'),
  ).toHaveText(sentence);
  await expect(first).toHaveAttribute('aria-current', 'true');

  const deir = map.getByRole('button', { name: /^Deir ez-Zor \(town/ });
  await deir.focus();
  await expect(deir).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Deir ez-Zor', level: 2 })).toBeVisible();
  await expect(deir).toHaveAttribute('aria-pressed', 'true');
  // Enter again deselects.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Deir ez-Zor', level: 2 })).toBeHidden();
});

test('clusters count only visible events and open by keyboard', async ({ page }) => {
  await openApp(page, 'map=30,20,2');
  const map = page.getByRole('region', { name: /^Map \(/ });
  const clusters = map.getByRole('button', { name: /^Group of \d+ places/ });
  const clusteredEvents = async () =>
    (
      await clusters.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
    ).reduce((sum, label) => sum + Number(/, (\d+) events/.exec(label)?.[1] ?? 0), 0);
  await expect(clusters.first()).toBeVisible();
  const before = await clusteredEvents();
  expect(before).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: 'Only events dated by the text' }).check();
  await expect.poll(clusteredEvents).toBeLessThan(before);

  const zoomBefore = new URL(page.url()).searchParams.get('map');
  await clusters.first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBe(zoomBefore);
});

test('selecting an event in the list opens the article at that sentence, its places highlighted', async ({
  page,
}) => {
  await openApp(page);
  const row = eventsList(page).getByRole('button', { name: /captured in Baghouz/ });
  await scrollEventsTo(page, row);
  const highlighted = page.locator('.leaflet-marker-pane .is-highlighted');
  await expect(highlighted).toHaveCount(0);
  await row.hover();
  await expect(highlighted.first()).toBeAttached();
  await page.mouse.move(0, 0);
  await expect(highlighted).toHaveCount(0);
  await row.focus();
  await expect(highlighted.first()).toBeAttached();
  await row.click();
  await expect(row).toHaveAttribute('aria-current', 'true');
  const article = page.getByRole('region', { name: 'Article', exact: true });
  await expect(article.getByRole('heading', { level: 2 })).toContainText('Defeated ISIS Militants');
  await expect(article.locator('mark')).toHaveText(
    /The last remnants of ISIS militants have been captured in Baghouz\./,
  );
  await expect(article.locator('mark').getByRole('button', { name: 'Baghouz' })).toBeVisible();
  await expect(article.getByRole('link', { name: 'Original article' })).toHaveAttribute(
    'href',
    /^https:\/\//,
  );
  await expect(article).toContainText(/Published/);
  // The event's place is highlighted on the map.
  await expect(page.locator('.leaflet-marker-pane .is-highlighted').first()).toBeAttached();
  expect(new URL(page.url()).searchParams.get('event')).toMatch(/^000_0ebec296f594075f:\d+$/);

  // A mention in the text selects its place.
  await article.getByRole('button', { name: 'Syria' }).first().click();
  await expect(page.getByRole('heading', { name: 'Syria', level: 2 })).toBeVisible();
});

test('selecting an event on the timeline selects it in the list and opens the article', async ({
  page,
}) => {
  await openApp(page);
  const timeline = page.getByRole('group', { name: 'Timeline' });
  const list = page.getByRole('list', { name: 'Events' });

  // By keyboard: focus an item, Enter selects it.
  const item = timeline.getByRole('button', { name: /captured in Baghouz/ });
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('button', { name: /captured in Baghouz/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(
    page.getByRole('region', { name: 'Article', exact: true }).locator('mark'),
  ).toContainText('captured in Baghouz');
  await expect(item).toHaveAttribute('aria-pressed', 'true');

  // By pointer: whichever item is clicked becomes the list's current event.
  const other = timeline.getByRole('button', { name: /Mosul in July/ });
  const label = (await other.getAttribute('aria-label')) ?? '';
  await other.click();
  const current = list.locator('[aria-current="true"] .event-row__text');
  await expect(current).toHaveText(/\S/);
  expect(label.startsWith((await current.textContent())?.slice(0, 40) ?? '-')).toBe(true);
});

test('a focused timeline item keeps the focus while the timeline zooms in around it', async ({
  page,
}) => {
  await openApp(page);
  const timeline = page.getByRole('group', { name: 'Timeline' });
  const items = timeline.locator('.tl-item');
  await expect(items.first()).toBeAttached();
  // The item nearest the middle: zooming in keeps the middle of the view in view.
  const nearest = await items.evaluateAll((elements) => {
    const plot = elements[0]?.closest('.tl-plot')?.getBoundingClientRect();
    const middle = plot ? plot.left + plot.width / 2 : 0;
    const distance = (e: Element) => {
      const box = e.getBoundingClientRect();
      return Math.abs(box.left + box.width / 2 - middle);
    };
    let best = 0;
    elements.forEach((e, k) => {
      if (distance(e) < distance(elements[best] as Element)) best = k;
    });
    return best;
  });
  const item = items.nth(nearest);
  const name = await item.getAttribute('aria-label');
  await item.focus();
  await page.keyboard.press('+');
  await expect(page.locator('.tl-summary')).toContainText('showing');
  await expect(page.locator('.tl-summary')).not.toContainText('showing Jan 2012');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', name ?? '-');
});

test('a focused timeline item that a zoom leaves out hands the focus to the timeline', async ({
  page,
}) => {
  await openApp(page);
  const timeline = page.getByRole('group', { name: 'Timeline' });
  // The earliest item: zooming in around the middle leaves it out of view.
  const first = timeline.locator('.tl-item').first();
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('+');
  await expect(page.locator('.tl-summary')).not.toContainText('showing Jan 2012');
  await expect(timeline).toBeFocused();
  // The plot's keys go on working from there.
  await page.keyboard.press('0');
  await expect(page.locator('.tl-summary')).toContainText('showing Jan 2012');
});

test('text search, article, country and the two switches narrow the events', async ({ page }) => {
  await openApp(page);
  const all = await counts(page);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('smugglers');
  await expect.poll(async () => (await counts(page)).events).toBeLessThan(all.events);
  for (const text of await eventsList(page).locator('.event-row__text').allTextContents()) {
    expect(text.toLowerCase()).toContain('smugglers');
  }
  await page.getByRole('searchbox', { name: 'Search events' }).fill('no sentence says this');
  await expect(eventsList(page)).toHaveText('No events match these filters.');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(async () => (await counts(page)).events).toBe(all.events);

  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Morocco' });
  await expect.poll(async () => (await counts(page)).events).toBeLessThan(all.events);
  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'All countries' });
  await page
    .getByRole('combobox', { name: 'Article' })
    .selectOption({ label: 'ISIS Kills Fleeing Fighters' });
  await expect.poll(async () => (await counts(page)).events).toBeLessThan(all.events);
  await page.getByRole('checkbox', { name: 'Hide demonym-only mentions' }).check();
  expect(new URL(page.url()).search).toMatch(/article=003_69d2a91eb1b21d3d&demonyms=hide/);
});

test('markers restyled by a filter change look as markers drawn for that filter', async ({
  page,
  context,
}) => {
  // What a marker looks like: its name, place, classes (minus transient ones), size and content.
  const looks = (page: import('@playwright/test').Page) =>
    page.locator('.leaflet-marker-pane .leaflet-marker-icon').evaluateAll((els) =>
      els
        .map((el) => {
          const e = el as HTMLElement;
          const classes = [...e.classList].filter((c) => c !== 'is-highlighted').sort();
          const { width, height, marginLeft, marginTop, transform } = e.style;
          return [
            e.getAttribute('aria-label'),
            // Where it is drawn: both pages show the same map view.
            transform,
            classes.join(' '),
            width,
            height,
            marginLeft,
            marginTop,
            e.innerHTML,
          ].join(' | ');
        })
        .sort(),
    );
  // At this view and date, groups of Morocco, Tunisia and Saudi Arabia are left with one place.
  const view = 'map=30,20,3';
  const changed = page;
  await openApp(changed, view);
  const before = await looks(changed);
  await changed.getByLabel('From', { exact: true }).fill('2017-06-01');
  await expect.poll(() => looks(changed)).not.toEqual(before);
  const fresh = await context.newPage();
  await openApp(fresh, `from=2017-06-01&${view}`);
  await expect.poll(() => looks(changed)).toEqual(await looks(fresh));
});

test('the place card lists the first events and points to the events list for the rest', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Place' }).fill('Syria');
  await page
    .getByRole('option', { name: /^Syria/ })
    .first()
    .click();
  const card = page.getByRole('region', { name: 'Syria' });
  await expect(card.getByRole('heading', { name: 'Syria', level: 2 })).toBeVisible();
  const { events } = await counts(page);
  expect(events).toBeGreaterThan(20);
  await expect(card.getByRole('listitem')).toHaveCount(20);
  await expect(card).toContainText(`The first 20 by date; the events list shows all ${events}.`);
});
