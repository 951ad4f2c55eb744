// Autosave's failure modes: storage unavailable, storage full, and two tabs on one workspace.
// Each must be told to the user while the work stays on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, serveAndLaunch } from './harness.mjs';
import { allSaved } from './autosave.mjs';

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

test('a reload restores every document of the workspace and the one on screen', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  const samples = page.getByRole('button', { name: /^Open sample:/ });
  for (const i of [0, 1, 2]) {
    await samples.nth(i).click();
    await sentences(page).first().click();
    await page.keyboard.press(String(i + 1));
  }
  await allSaved(page);
  await page.reload();
  await sentences(page).first().waitFor();
  const documents = page.getByRole('list').filter({ has: page.getByRole('button', { name: /Remove document/ }) });
  assert.equal(await documents.getByRole('listitem').count(), 3);
  await context.close();
});
