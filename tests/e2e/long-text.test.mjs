// Big notes and long lines stay responsive: a long sentence renders shortened with a button to
// show it whole, and a note never sits in a `title` attribute (the browser lays titles out on
// focus). Timings are printed for the record, never asserted.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serveAndLaunch, screenshot } from './harness.mjs';

const env = serveAndLaunch();
before(async () => env.ready);

const MB = 1024 * 1024;
const PREVIEW = 2000;
const sentences = (page) => page.locator('[data-sentence-id]');
/** Clicks an element scrolled to the middle of the screen: at phone width the sticky header covers the top. */
async function clickCentered(locator, options) {
  await locator.evaluate((n) => n.scrollIntoView({ block: 'center' }));
  await locator.click(options);
}
const showWhole = (page) => page.getByRole('button', { name: 'Show the whole sentence' });

/** Puts `text` (built in the page from `unit` repeated to `bytes`) in the box and annotates it. */
async function annotateRepeated(page, unit, bytes, tail = '') {
  await page.getByRole('textbox', { name: 'Readout text' }).evaluate((area, [unit, bytes, tail]) => {
    area.value = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes - tail.length) + tail;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, [unit, bytes, tail]);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
}

/** Milliseconds from running `act` until `done` resolves. */
async function timed(page, act, done) {
  const started = Date.now();
  await act();
  await done();
  return Date.now() - started;
}

const longestAttribute = (page) =>
  page.evaluate(() => {
    let longest = 0;
    for (const element of document.querySelectorAll('*')) {
      for (const name of ['title', 'aria-description', 'aria-label']) longest = Math.max(longest, element.getAttribute(name)?.length ?? 0);
    }
    return longest;
  });

for (const viewport of [{ width: 1400, height: 900 }, { width: 390, height: 844 }]) {
  test(`a 7.9 MB line without punctuation renders shortened and offers to show it whole (${viewport.width}x${viewport.height})`, async () => {
    const { context, page, watch } = await openPage(env.browser, env.server.url, { viewport });
    const bytes = Math.floor(7.9 * MB);
    await annotateRepeated(page, 'cooperation between the two sides ', bytes);
    await sentences(page).first().waitFor({ timeout: 60_000 });
    const row = sentences(page).first();
    assert.equal(await sentences(page).count(), 1);
    const shownLength = () => row.evaluate((n) => n.firstChild.textContent.length);
    assert.equal(await shownLength(), PREVIEW, 'the row shows the first 2,000 characters');
    assert.equal(await row.getAttribute('data-truncated'), 'true');
    assert.match(await row.textContent(), /…$/);

    const select = await timed(page, () => clickCentered(row), () => page.locator('[data-sentence-id][aria-selected=true]').waitFor());
    await showWhole(page).waitFor();
    assert.equal(await showWhole(page).getAttribute('aria-pressed'), 'false');
    assert.match(await page.getByRole('region', { name: /^Sentence/ }).textContent(), /has 828374\d characters; the document shows the first 2000/);
    await row.locator('.ellipsis').evaluate((n) => n.scrollIntoView({ block: 'center' }));
    await screenshot(page, `long-sentence-${viewport.width}x${viewport.height}`);
    await showWhole(page).evaluate((n) => n.scrollIntoView({ block: 'center' }));
    await screenshot(page, `long-sentence-button-${viewport.width}x${viewport.height}`);

    const download = await timed(
      page,
      () => Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]),
      async () => {},
    );

    console.log(`# ${viewport.width}x${viewport.height} 7.9 MB line: select ${select} ms, download ${download} ms`);
    assert.deepEqual(watch.errors, []);
    await context.close();
  });
}

test('"Show the whole sentence" toggles a long sentence between shortened and whole', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  const bytes = 60_000;
  await annotateRepeated(page, 'talks between the delegations ', bytes, 'end of the line');
  const row = sentences(page).first();
  await row.waitFor();
  const shownLength = () => row.evaluate((n) => n.firstChild.textContent.length);
  assert.equal(await shownLength(), PREVIEW);
  await clickCentered(row);
  await clickCentered(showWhole(page));
  await page.locator('[data-sentence-id]:not([data-truncated])').waitFor();
  assert.equal(await shownLength(), bytes, 'expanded, the row shows the whole sentence');
  assert.match(await row.textContent(), /end of the line$/);
  assert.equal(await showWhole(page).getAttribute('aria-pressed'), 'true');
  await clickCentered(showWhole(page));
  await page.locator('[data-sentence-id][data-truncated]').waitFor();
  assert.equal(await shownLength(), PREVIEW, 'shortened again');
  assert.equal(await showWhole(page).getAttribute('aria-pressed'), 'false');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a 1 MB note stays out of attributes; the details panel shows it', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Open sample: / }).first().click();
  await sentences(page).nth(2).waitFor();
  await clickCentered(sentences(page).nth(1));
  const note = 'This quote needs checking against the Chinese original. '.repeat(Math.ceil(MB / 56)).slice(0, MB);
  await page.getByLabel('Note').evaluate((area, note) => {
    area.value = note;
    area.dispatchEvent(new Event('change', { bubbles: true }));
  }, note);
  await sentences(page).nth(1).locator('.note-mark').waitFor();
  // Leave and come back: selecting the sentence with the note is what froze the tab.
  await clickCentered(sentences(page).nth(3));
  const select = await timed(page, () => clickCentered(sentences(page).nth(1)), () => page.locator('[data-sentence-id][aria-selected=true]').first().waitFor());
  assert.equal(await page.getByLabel('Note').inputValue(), note, 'the details panel holds the whole note');
  assert.equal(await sentences(page).nth(1).getAttribute('title'), null, 'no title holds the note');
  const description = await sentences(page).nth(1).getAttribute('aria-description');
  assert.ok(description.startsWith('Note: This quote needs checking'), description.slice(0, 80));
  assert.ok(description.length < 300, `the description is an excerpt (${description.length} characters)`);
  assert.ok((await longestAttribute(page)) < 1000, 'no attribute holds the note');
  console.log(`# 1 MB note: select ${select} ms`);
  assert.deepEqual(watch.errors, []);
  await context.close();
});
