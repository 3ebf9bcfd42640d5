/// <reference lib="dom" />
// The callbacks passed to page.evaluate run in the browser.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

test('the main view has no axe violations', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.leaflet-basemap-pane path').first()).toBeAttached();
  await expectNoViolations(page);
});

test('a selected place, an open article and the link notice have no axe violations', async ({
  page,
}) => {
  await openApp(page, 'place=nowhere');
  await page.getByRole('combobox', { name: 'Place' }).fill('Raqqah');
  await page.getByRole('option', { name: /^Ar Raqqah/ }).click();
  await page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Article', exact: true })).toBeVisible();
  await expectNoViolations(page);
});

test('the phone layout has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await expectNoViolations(page);
  await page.getByRole('tab', { name: 'Map' }).click();
  await expectNoViolations(page);
});

test('the error screen has no axe violations', async ({ page }) => {
  await page.route('**/data/corpus.json', (route) =>
    route.fulfill({ body: '{"schemaVersion": 99}' }),
  );
  await page.goto('./');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page);
});

test('every control is reachable by keyboard with a visible focus', async ({ page }) => {
  await openApp(page);
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const style = getComputedStyle(el);
      return {
        name:
          el.getAttribute('aria-label') ||
          el.textContent?.trim().slice(0, 30) ||
          `${el.tagName}#${el.id}`,
        outline: style.outlineStyle,
      };
    });
    if (!focused) continue;
    seen.add(focused.name);
    expect(focused.outline, `focus ring on ${focused.name}`).not.toBe('none');
  }
  expect([...seen].some((n) => n === 'Copy link')).toBe(true);
  expect([...seen].some((n) => /^Map \(/.test(n))).toBe(true);
  expect([...seen].some((n) => /events?\b/.test(n))).toBe(true);
});
