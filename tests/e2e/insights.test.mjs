// Suggestions, coder agreement and comparison, as a researcher uses them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, serveAndLaunch } from './harness.mjs';

const env = serveAndLaunch();

const labelled = (page) => page.locator('[data-sentence-id]:not([data-themes=""])');

test('accepting all suggestions is one step that Undo takes back', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  await page.locator('[data-sentence-id]').first().waitFor();
  await page.locator('summary', { hasText: 'Theme suggestions' }).click();
  const acceptAll = page.getByRole('button', { name: /^Accept all suggestions above/ });
  await acceptAll.waitFor();
  assert.equal(await labelled(page).count(), 0);
  assert.equal(await acceptAll.isEnabled(), true, 'the lexicons suggest themes for this readout');
  await acceptAll.click();
  const accepted = await labelled(page).count();
  assert.ok(accepted > 0, 'suggestions became labels');
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await labelled(page).count(), 0, 'one undo step');
  // Enter on a focused sentence accepts its top suggestion.
  await page.locator('[data-sentence-id]').nth(1).click();
  await page.keyboard.press('Enter');
  assert.notEqual(await page.locator('[data-sentence-id]').nth(1).getAttribute('data-themes'), '');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('two coders: agreement per theme, and a merged workspace', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  const rows = page.locator('[data-sentence-id]');
  for (const i of [0, 1, 2, 3]) {
    await rows.nth(i).click();
    await page.keyboard.press('1');
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const coderA = JSON.parse(await readFile(await download.path(), 'utf8'));
  const coderB = structuredClone(coderA);
  coderB.documents[0].sentences[3].themes = [];
  coderB.documents[0].sentences[4].themes = [coderA.codebook.themes[0].id];
  await page.getByRole('tab', { name: 'Coder agreement' }).click();
  await page.getByLabel('Coder files').setInputFiles([
    { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(coderA)) },
    { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(coderB)) },
  ]);
  const table = page.getByRole('table').first();
  await table.waitFor();
  const name = coderA.codebook.themes[0].name;
  const row = table.getByRole('row').filter({ hasText: name });
  assert.equal(await row.count(), 1, `a row for ${name}`);
  await page.getByRole('button', { name: 'Load merged workspace' }).click();
  await page.getByRole('tab', { name: 'Document' }).click();
  await rows.first().waitFor();
  assert.ok((await labelled(page).count()) >= 3);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('two readouts of one event side by side', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  const samples = page.getByRole('button', { name: /^Open sample:/ });
  await samples.nth(0).click();
  await samples.nth(1).click();
  await page.getByRole('tab', { name: 'Compare readouts' }).click();
  await page.getByText('Paragraphs aligned').waitFor();
  assert.ok((await page.getByRole('table').count()) >= 1);
  assert.deepEqual(watch.errors, []);
  await context.close();
});
