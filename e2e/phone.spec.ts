import { expect, openApp, test } from './fixtures.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone the events list is the main view, with the other views behind tabs', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByRole('tab', { name: 'Events' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('list', { name: 'Events' })).toBeInViewport();
  await expect(page.getByRole('region', { name: /^Map \(/ })).toBeHidden();

  await page.getByRole('tab', { name: 'Map' }).click();
  const map = page.getByRole('region', { name: /^Map \(/ });
  await expect(map).toBeVisible();
  await expect(map.getByRole('button', { name: /events?\b|Group of/ }).first()).toBeVisible();

  await page.getByRole('tab', { name: 'Events' }).click();
  await page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
  await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('region', { name: 'Article', exact: true }).locator('mark'),
  ).toBeVisible();

  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Place' }).fill('Raqqah');
  await page.getByRole('option', { name: /^Ar Raqqah/ }).click();
  await expect(page.getByRole('button', { name: 'Remove place Ar Raqqah' })).toBeVisible();
});
