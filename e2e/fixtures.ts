import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every test runs offline: any request to another origin is aborted and fails the test, which
 * proves the app needs nothing but its own origin.
 */
export const test = base.extend<{ sameOriginOnly: undefined }>({
  sameOriginOnly: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const foreign: string[] = [];
      await page.context().route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origin) return route.fallback();
        foreign.push(url);
        return route.abort('blockedbyclient');
      });
      await use(undefined);
      expect(foreign, 'requests that left the page origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app (with an optional query) and waits until the corpus is shown. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(query ? `./?${query.replace(/^\?/, '')}` : './');
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
}

/** The live count line, e.g. "14 of 96 events, 9 of 41 places". */
export async function counts(page: Page): Promise<{ events: number; places: number }> {
  const text = (await page.getByText(/\d+ of \d+ events?, \d+ of \d+ places?/).textContent()) ?? '';
  const m = /(\d+) of \d+ events?, (\d+) of \d+ places?/.exec(text);
  return { events: Number(m?.[1]), places: Number(m?.[2]) };
}

/**
 * Scrolls the events list with the mouse wheel, as a person looking for an event would, until
 * `row` is rendered (the list renders a page at a time, and more as its end comes into view).
 */
export async function scrollEventsTo(page: Page, row: Locator): Promise<void> {
  const list = page.locator('.event-list');
  for (let step = 0; step < 40 && (await row.count()) === 0; step++) {
    await list.hover();
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(50);
  }
  await expect(row.first()).toBeAttached();
  // Off the list again, so no row stays hovered.
  await page.mouse.move(0, 0);
}
