// Big notes and long lines stay responsive: a long sentence renders shortened with a button to
// show it whole, and a note never sits in a `title` attribute (the browser lays titles out on
// focus). Timings are printed for the record, never asserted.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, serveAndLaunch, screenshot } from './harness.mjs';
import { allSaved } from './autosave.mjs';

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

const SENTENCE_LIMIT = 100_000;

for (const viewport of [{ width: 1400, height: 900 }, { width: 390, height: 844 }]) {
  test(`a sentence at the ${SENTENCE_LIMIT}-character limit renders shortened and offers to show it whole (${viewport.width}x${viewport.height})`, async () => {
    const { context, page, watch } = await openPage(env.browser, env.server.url, { viewport });
    await annotateRepeated(page, 'cooperation between the two sides ', SENTENCE_LIMIT, ' end');
    await sentences(page).first().waitFor();
    const row = sentences(page).first();
    assert.equal(await sentences(page).count(), 1);
    const shownLength = () => row.evaluate((n) => n.querySelector('.text').firstChild.textContent.length);
    assert.equal(await shownLength(), PREVIEW, 'the row shows the first 2,000 characters');
    assert.equal(await row.getAttribute('data-truncated'), 'true');
    assert.match(await row.textContent(), /…$/);

    const select = await timed(page, () => clickCentered(row), () => page.locator('[data-sentence-id][aria-selected=true]').waitFor());
    await showWhole(page).waitFor();
    assert.equal(await showWhole(page).getAttribute('aria-pressed'), 'false');
    assert.match(await page.getByRole('region', { name: /^Sentence/ }).textContent(), new RegExp(`has ${SENTENCE_LIMIT} characters; the document shows the first 2000`));
    await row.locator('.ellipsis').evaluate((n) => n.scrollIntoView({ block: 'center' }));
    await screenshot(page, `long-sentence-${viewport.width}x${viewport.height}`);
    await showWhole(page).evaluate((n) => n.scrollIntoView({ block: 'center' }));
    await screenshot(page, `long-sentence-button-${viewport.width}x${viewport.height}`);

    const download = await timed(
      page,
      () => Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]),
      async () => {},
    );

    await allSaved(page);
    const autosave = await page.evaluate(() => Math.max(...performance.getEntriesByName('autosave').map((e) => e.duration)));
    console.log(`# ${viewport.width}x${viewport.height} ${SENTENCE_LIMIT}-character sentence: select ${select} ms, download ${download} ms, slowest autosave ${Math.round(autosave)} ms`);
    assert.deepEqual(watch.errors, []);
    await context.close();
  });
}

test('a 7.9 MB line without punctuation is refused, naming the sentence limit', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  const bytes = Math.floor(7.9 * MB);
  const refused = await timed(
    page,
    () => annotateRepeated(page, 'cooperation between the two sides ', bytes),
    () => page.locator('[role=alert]').filter({ hasText: /No document was created: a sentence is 828374\d characters long; the limit is 100000 characters/ }).waitFor({ timeout: 60_000 }),
  );
  assert.equal(await sentences(page).count(), 0);
  console.log(`# 7.9 MB line: refused in ${refused} ms`);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('"Show the whole sentence" toggles a long sentence between shortened and whole', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  const bytes = 60_000;
  await annotateRepeated(page, 'talks between the delegations ', bytes, 'end of the line');
  const row = sentences(page).first();
  await row.waitFor();
  const shownLength = () => row.evaluate((n) => n.querySelector('.text').firstChild.textContent.length);
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

const NOTE_LIMIT = 100_000;

/** Asserts two long texts are equal, reporting lengths rather than printing them. */
function sameText(actual, expected, what) {
  assert.ok(actual === expected, `${what}: ${actual.length} characters, expected ${expected.length}${actual.length === expected.length ? ' (same length, different text)' : ''}`);
}

/** Puts `note` in the Note box and leaves it, as a paste then Tab would. */
async function writeNote(page, note) {
  await page.getByLabel('Note').evaluate((area, note) => {
    area.value = note;
    area.dispatchEvent(new Event('change', { bubbles: true }));
  }, note);
}

test(`a note at the ${NOTE_LIMIT}-character limit stays out of attributes; the details panel shows it`, async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Open sample: / }).first().click();
  await sentences(page).nth(2).waitFor();
  await clickCentered(sentences(page).nth(1));
  const note = 'This quote needs checking against the Chinese original. '.repeat(Math.ceil(NOTE_LIMIT / 56)).slice(0, NOTE_LIMIT);
  await writeNote(page, note);
  await sentences(page).nth(1).locator('.note-mark').waitFor();
  // Leave and come back: selecting the sentence with the note is what froze the tab.
  await clickCentered(sentences(page).nth(3));
  const select = await timed(page, () => clickCentered(sentences(page).nth(1)), () => page.locator('[data-sentence-id][aria-selected=true]').first().waitFor());
  sameText(await page.getByLabel('Note').inputValue(), note, 'the details panel holds the whole note');
  assert.equal(await sentences(page).nth(1).getAttribute('title'), null, 'no title holds the note');
  const description = await sentences(page).nth(1).getAttribute('aria-description');
  assert.ok(description.startsWith('Note: This quote needs checking'), description.slice(0, 80));
  assert.ok(description.length < 300, `the description is an excerpt (${description.length} characters)`);
  assert.ok((await longestAttribute(page)) < 1000, 'no attribute holds the note');
  console.log(`# ${NOTE_LIMIT}-character note: select ${select} ms`);

  // One character more is refused with the limit named; the saved note stays, and what was
  // written stays in the box to be shortened.
  const over = `${note}!`;
  await writeNote(page, over);
  await page.locator('[role=alert]').filter({ hasText: `a note is ${NOTE_LIMIT + 1} characters long; the limit is ${NOTE_LIMIT} characters` }).waitFor();
  sameText(await page.getByLabel('Note').inputValue(), over, 'the text written is still in the box');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  sameText(saved.documents[0].sentences[1].note, note, 'the note at the limit is kept');
  assert.deepEqual(watch.errors, []);
  await context.close();
});
