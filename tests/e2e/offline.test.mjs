// Once loaded, the page works offline: a service worker (static/sw.js) keeps the build's files
// and serves them when the network is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serveAndLaunch } from './harness.mjs';

const env = serveAndLaunch();

test('after one visit the page loads, opens a sample and labels offline', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  // The worker installs (caching the build) after the first load, then takes control.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, env.server.url);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker controls the page');

  await context.setOffline(true);
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  const response = await page.reload();
  assert.ok(response.fromServiceWorker(), 'the page itself came from the worker');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: /^Open sample: .*Xi Jinping Calls Iranian President Rouhani/ }).click();
  const first = page.locator('[data-sentence-id]').first();
  await first.waitFor();
  await first.click();
  await page.keyboard.press('1');
  assert.notEqual(await first.getAttribute('data-themes'), '');
  assert.deepEqual(watch.errors, []);
  await context.close();
});
