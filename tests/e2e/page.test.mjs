// The page loads from the release build, shows its title, offers the samples, and is accessible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, axeViolations, serveAndLaunch } from './harness.mjs';

const env = serveAndLaunch();

test('the page loads with no console error and shows its title and landmarks', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  assert.equal(await page.title(), 'Readout Annotator');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  await page.getByRole('banner').waitFor();
  await page.getByRole('main').waitFor();
  await page.getByRole('textbox', { name: 'Readout text' }).waitFor();
  await page.getByRole('button', { name: 'Annotate', exact: true }).waitFor();
  const path = await screenshot(page, '01-empty-page');
  assert.deepEqual(watch.errors, [], `console errors: ${watch.errors.join('\n')}`);
  console.log(`screenshot: ${path}`);
  await context.close();
});

test('the bundled sample readouts are offered and one opens', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  const samples = page.getByRole('button', { name: /^Open sample:/ });
  assert.ok((await samples.count()) >= 12, `expected every seed as a sample, got ${await samples.count()}`);
  await page.getByRole('button', { name: /^Open sample: .*Xi Jinping Calls Iranian President Rouhani/ }).click();
  await page.locator('[data-sentence-id]').first().waitFor();
  assert.ok((await page.locator('[data-sentence-id]').count()) > 5);
  await screenshot(page, '02-sample-open');
  assert.deepEqual(watch.errors, []);
  assert.deepEqual(watch.requests, [], 'no network request after load');
  await context.close();
});

test('the page passes axe-core with no violation of any impact', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  await page.locator('[data-sentence-id]').first().waitFor();
  await page.locator('[data-sentence-id]').first().click();
  await page.keyboard.press('1');
  assert.deepEqual(await axeViolations(page), []);
  // Every view, the suggestions panel and the export menu, open.
  await page.locator('summary', { hasText: 'Theme suggestions' }).click();
  await page.getByText('Export…').click();
  assert.deepEqual(await axeViolations(page), [], 'suggestions and export menu open');
  for (const tab of ['Charts', 'Compare readouts', 'Coder agreement']) {
    await page.getByRole('tab', { name: tab }).click();
    assert.deepEqual(await axeViolations(page), [], `the ${tab} view`);
  }
  await context.close();
});

test('on a phone nothing is wider than the screen, in any view', async () => {
  const viewport = { width: 390, height: 844 };
  const { context, page, watch } = await openPage(env.browser, env.server.url, { viewport });
  /** Elements reaching past the right edge of the screen (the tab row, the one-line header
   * and the theme bar scroll sideways inside themselves). */
  const overflowing = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const scrollers = '.tabs, .app-header, .codebook';
      const inScroller = (e) => e.parentElement?.closest(scrollers) != null;
      return [...document.querySelectorAll('body *')]
        .filter((e) => !inScroller(e) && e.getBoundingClientRect().right > width + 0.5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
        .slice(0, 10);
    });
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  await page.locator('[data-sentence-id]').first().click();
  assert.deepEqual(await overflowing(), [], 'the document view');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), viewport.width);
  await screenshot(page, 'phone-document');
  for (const tab of ['Charts', 'Compare readouts', 'Coder agreement']) {
    await page.getByRole('tab', { name: tab }).click();
    assert.deepEqual(await overflowing(), [], `the ${tab} view`);
  }
  assert.deepEqual(watch.errors, []);
  await context.close();
});
