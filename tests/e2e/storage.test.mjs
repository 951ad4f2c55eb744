// Autosave's failure modes: storage unavailable, storage full, and two tabs on one workspace.
// Each must be told to the user while the work stays on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, serveAndLaunch } from './harness.mjs';
import { readFile } from 'node:fs/promises';
import { allSaved, reloadRestored } from './autosave.mjs';

const env = serveAndLaunch();

const sentences = (page) => page.locator('[data-sentence-id]');

async function openSampleAndLabel(page) {
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  await sentences(page).first().click();
  await page.keyboard.press('1');
  assert.notEqual(await sentences(page).first().getAttribute('data-themes'), '');
}

test('no storage at all: autosave is off, said so, and the work goes on', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.getByRole('alert').getByText(/autosave is off/i).waitFor();
  await openSampleAndLabel(page);
  await page.getByRole('alert').getByText(/autosave is off/i).waitFor();
  assert.ok((await sentences(page).count()) > 3);
  await context.close();
});

test('storage full: the user is told and nothing on screen is lost', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(env.server.url).origin, quotaSize: 1 });
  await openSampleAndLabel(page);
  await page.getByRole('alert').getByText(/storage (is full|failed|refused)/i).waitFor({ timeout: 5000 });
  assert.notEqual(await sentences(page).first().getAttribute('data-themes'), '');
  await screenshot(page, '06-storage-full');
  assert.deepEqual(watch.requests, []);
  await context.close();
});

test('two tabs never silently overwrite each other', async () => {
  const context = await env.browser.newContext();
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => !document.body.textContent.includes('Restoring your workspace'));
  }
  await openSampleAndLabel(first);
  // The second tab hears of the first tab's save and pauses its own autosave.
  const warning = second.getByRole('alert').getByText(/saved from another tab/);
  await warning.waitFor({ timeout: 5000 });
  await screenshot(second, '07-other-tab');
  // Let the first tab's save of the label land before taking its work.
  await allSaved(first);
  await second.getByRole('button', { name: "Load the other tab's work" }).click();
  await sentences(second).first().waitFor();
  assert.equal(
    await sentences(second).first().getAttribute('data-themes'),
    await sentences(first).first().getAttribute('data-themes'),
  );
  await context.close();
});

test('a reload restores every document, its labels and notes, and the one on screen', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  const samples = page.getByRole('button', { name: /^Open sample:/ });
  for (const i of [0, 1, 2]) {
    await samples.nth(i).click();
    await sentences(page).nth(i).click();
    await page.keyboard.press(String(i + 1));
    await page.getByLabel('Note').fill(`Note on document ${i + 1}: check against the other side's readout.`);
    await page.getByLabel('Note').press('Tab');
  }
  // The second document is the one on screen, not the last one added.
  const documents = page.getByRole('list').filter({ has: page.getByRole('button', { name: /Remove document/ }) });
  await documents.getByRole('listitem').nth(1).getByRole('button').first().click();
  await documents.getByRole('listitem').nth(1).locator('.item[aria-current="true"]').waitFor();

  const before = { workspace: await workspaceWithoutTime(page), screen: await onScreen(page) };
  assert.equal(before.workspace.documents.length, 3);
  assert.equal(before.workspace.documents.filter((d) => d.sentences.some((s) => s.note !== '' && s.themes.length > 0)).length, 3);
  await allSaved(page);
  await reloadRestored(page);
  await sentences(page).first().waitFor();
  assert.deepEqual(await onScreen(page), before.screen, 'the same document, labels, speakers and notes on screen');
  assert.deepEqual(await workspaceWithoutTime(page), before.workspace, 'the same workspace');
  await context.close();
});

/** What the page shows: the open document's title, and each sentence's id, themes, speaker and note mark. */
async function onScreen(page) {
  return {
    open: (await page.locator('.item[aria-current="true"]').textContent()).trim(),
    sentences: await page.$$eval('[data-sentence-id]', (rows) =>
      rows.map((r) => [r.dataset.sentenceId, r.dataset.themes, r.dataset.speaker, r.querySelector('.note-mark') !== null]),
    ),
  };
}

/** The downloaded workspace, without the time of the download. */
async function workspaceWithoutTime(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const { exported_at, ...workspace } = JSON.parse(await readFile(await download.path(), 'utf8'));
  return workspace;
}
