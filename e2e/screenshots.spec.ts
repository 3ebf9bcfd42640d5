import { expect, openApp, scrollEventsTo, test } from './fixtures.ts';

// Screenshots for people to look at (test-results/screenshots/), at the two target sizes.
const shot = (name: string) => `test-results/screenshots/${name}.png`;

test.describe('screenshots', () => {
  test('desktop 1280x800', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page);
    await expect(page.locator('.leaflet-basemap-pane path').first()).toBeAttached();
    await page.screenshot({ path: shot('desktop-overview') });

    await page.getByRole('combobox', { name: 'Place' }).fill('Syria');
    await page
      .getByRole('option', { name: /^Syria/ })
      .first()
      .click();
    const row = page.getByRole('list', { name: 'Events' }).getByRole('button', { name: /Baghouz/ });
    await scrollEventsTo(page, row);
    await row.first().click();
    await expect(page.getByRole('region', { name: 'Article', exact: true })).toBeVisible();
    await page.waitForTimeout(500);
    await page.screenshot({ path: shot('desktop-place-and-event') });
  });

  test('phone 390x844', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page);
    await page.screenshot({ path: shot('phone-events') });
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect(page.locator('.marker').first()).toBeVisible();
    await page.screenshot({ path: shot('phone-map') });
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.screenshot({ path: shot('phone-timeline') });
    await page.getByRole('tab', { name: 'Events' }).click();
    await page.getByRole('list', { name: 'Events' }).getByRole('button').nth(3).click();
    await page.screenshot({ path: shot('phone-article') });
  });
});
