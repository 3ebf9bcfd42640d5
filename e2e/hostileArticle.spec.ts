/// <reference lib="dom" />
// The callbacks passed to page.evaluate run in the browser.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { HOSTILE_CORPUS } from './globalSetup.ts';

test('an article full of HTML and script tags shows them as text and runs nothing', async ({
  page,
}) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/data/corpus.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: readFileSync(HOSTILE_CORPUS, 'utf8') }),
  );
  await page.goto('./');
  const list = page.getByRole('list', { name: 'Events' });
  await expect(list).toBeVisible();

  // Open the article through an event, and the whole text is there, tags and all, as text.
  await list.getByRole('button').first().click();
  const article = page.getByRole('region', { name: 'Article', exact: true });
  await expect(article.getByRole('heading', { level: 2 })).toHaveText(
    'Fighters <script>window.__pwned = true</script> flee Raqqa',
  );
  await expect(article).toContainText("<script>window.__pwned = true; alert('pwned')</script>");
  await expect(article).toContainText('<img src=x onerror="window.__pwned = true">');
  await expect(article).toContainText('<a href="javascript:window.__pwned=true">report</a>');
  await expect(article).toContainText('<style>body { display: none }</style>');
  await expect(article).toContainText('<b>Evil</b> Source');

  // None of it became markup.
  expect(await page.locator('#root script, #root img, #root iframe, #root style').count()).toBe(0);
  expect(await page.locator('#root a[href^="javascript:"]').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
  ).toBeUndefined();
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
