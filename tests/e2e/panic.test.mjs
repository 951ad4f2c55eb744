// A panic in the Rust code never blanks the page: the panic hook covers it with a message and
// a Reload button, and the work up to the last change is still there after the reload.
// `window.__readoutPanicForTest()` is the page's test-only way to panic (src/app/crash.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, serveAndLaunch } from './harness.mjs';
import { andAutosaved } from './autosave.mjs';

const env = serveAndLaunch();

const MESSAGE = 'Something went wrong; your work up to your last change is saved';
const sentences = (page) => page.locator('[data-sentence-id]');

/** Panics the page; the WebAssembly aborts, which reaches the caller as an exception. */
const panic = (page) => page.evaluate(() => {
  try {
    window.__readoutPanicForTest();
    return 'no panic';
  } catch (error) {
    return String(error);
  }
});

async function reloadFromOverlay(page) {
  const dialog = page.getByRole('alertdialog', { name: MESSAGE });
  await dialog.waitFor();
  const reload = dialog.getByRole('button', { name: 'Reload' });
  assert.ok(await reload.evaluate((button) => button === document.activeElement), 'Reload has the focus');
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await page.waitForFunction(() => performance.getEntriesByName('restore-done').length > 0);
}

for (const [viewport, name] of [[{ width: 1400, height: 900 }, 'panic-overlay-1400'], [{ width: 390, height: 844 }, 'panic-overlay-390']]) {
  test(`a panic after a saved label shows the message and keeps the label (${viewport.width}px)`, async () => {
    const { context, page, watch } = await openPage(env.browser, env.server.url);
    await page.getByRole('button', { name: /^Open sample:/ }).first().click();
    await sentences(page).first().click();
    await andAutosaved(page, () => page.keyboard.press('3'));
    await page.setViewportSize(viewport);
    const themes = await sentences(page).first().getAttribute('data-themes');
    assert.notEqual(themes, '');

    assert.notEqual(await panic(page), 'no panic');
    await page.getByRole('alertdialog').getByText(MESSAGE).waitFor();
    assert.ok(watch.errors.some((e) => e.includes('panic requested through window.__readoutPanicForTest()')), watch.errors.join('\n'));
    // The overlay is text, built without markup.
    assert.equal(await page.locator('#crash').evaluate((el) => el.querySelectorAll('*').length), 3);
    await screenshot(page, name);

    await reloadFromOverlay(page);
    await sentences(page).first().waitFor();
    assert.equal(await sentences(page).first().getAttribute('data-themes'), themes);
    await context.close();
  });
}

test('a panic right after a change, before autosave ran, still saves that change', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  await sentences(page).first().click();
  await andAutosaved(page, () => page.keyboard.press('1'));
  await sentences(page).nth(1).click();
  // The next change, then the panic as soon as it is on screen: well inside autosave's
  // 300 ms delay (were it not, the ordinary save would keep it, and the verdict is the same).
  const labelled = await page.evaluate(async () => {
    const second = document.querySelectorAll('[data-sentence-id]')[1];
    const before = second.getAttribute('data-themes');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true }));
    for (let frame = 0; frame < 600 && second.getAttribute('data-themes') === before; frame++) {
      await new Promise((next) => requestAnimationFrame(next));
    }
    try {
      window.__readoutPanicForTest();
    } catch {
      // The abort, as expected.
    }
    return second.getAttribute('data-themes');
  });
  assert.notEqual(labelled, '');
  await reloadFromOverlay(page);
  await sentences(page).nth(1).waitFor();
  assert.notEqual(await sentences(page).first().getAttribute('data-themes'), '');
  assert.notEqual(await sentences(page).nth(1).getAttribute('data-themes'), '');
  await context.close();
});
