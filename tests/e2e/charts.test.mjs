// The charts view: an accessible SVG chart with its table, downloadable as SVG and as PNG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, screenshot, serveAndLaunch } from './harness.mjs';

const env = serveAndLaunch();

test('charts show labelled counts as SVG and tables, and download as SVG and PNG', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  const rows = page.locator('[data-sentence-id]');
  for (const [i, key] of [[0, '1'], [1, '6'], [2, '6']]) {
    await rows.nth(i).click();
    await page.keyboard.press(key);
  }
  await page.getByRole('tab', { name: 'Charts' }).click();
  const chart = page.getByRole('img', { name: /Themes by speaker/ });
  await chart.waitFor();
  assert.ok((await page.getByRole('table').count()) >= 1, 'each chart has a table view');

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download “Themes by speaker” as SVG/ }).click(),
  ]);
  const svg = await readFile(await svgDownload.path(), 'utf8');
  assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, 'a standalone SVG file');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download “Themes by speaker” as PNG/ }).click(),
  ]);
  assert.match(pngDownload.suggestedFilename(), /\.png$/);
  const png = await readFile(await pngDownload.path());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  assert.ok(png.length > 1000, 'the PNG has content');
  await screenshot(page, '08-charts');
  assert.deepEqual(watch.errors, []);
  assert.deepEqual(watch.requests, []);
  await context.close();
});
