import { openApp, test, expect } from './fixtures.ts';

// Screenshots for people to look at (test-results/screenshots/), at the two target sizes.
test.describe('screenshots', () => {
  test('desktop 1280x800', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page);
    await expect(page.locator('.leaflet-basemap-pane path').first()).toBeAttached();
    await page.screenshot({ path: 'test-results/screenshots/desktop-overview.png' });
    await page.getByRole('list', { name: 'Events' }).getByRole('button').nth(1).click();
    await expect(page.getByRole('region', { name: 'Article' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/desktop-event-selected.png' });
  });

  test('phone 390x844', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page);
    await page.screenshot({ path: 'test-results/screenshots/phone-events.png' });
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect(page.locator('.marker').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/phone-map.png' });
  });
});
