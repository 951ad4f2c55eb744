// The whole flow a researcher follows: paste, label with mouse and keys, change a speaker,
// add a note, undo/redo, reload, download, import into a fresh profile, refuse a broken file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allSaved } from './autosave.mjs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, openPage, screenshot, serveAndLaunch } from './harness.mjs';

const env = serveAndLaunch();

const sentences = (page) => page.locator('[data-sentence-id]');

/** Every sentence's id and themes, as the page shows them. */
async function labelsOnScreen(page) {
  return page.$$eval('[data-sentence-id]', (nodes) =>
    nodes.map((n) => [n.dataset.sentenceId, n.dataset.themes, n.dataset.speaker]),
  );
}

async function downloadJson(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), json: JSON.parse(await readFile(path, 'utf8')) };
}

/** Checks a downloaded workspace against format v1's promises. */
function checkFormat(json) {
  assert.equal(json.format, 'readout-annotations');
  assert.equal(json.version, 1);
  assert.equal(json.offsets, 'codepoint');
  const themeIds = new Set(json.codebook.themes.map((t) => t.id));
  for (const doc of json.documents) {
    const points = Array.from(doc.text);
    const participants = new Set(doc.participants.map((p) => p.id));
    for (const s of doc.sentences) {
      assert.equal(points.slice(s.start, s.end).join(''), s.text, `code point offsets of sentence ${s.id}`);
      assert.equal(doc.text.slice(s.start_utf16, s.end_utf16), s.text, `UTF-16 offsets of sentence ${s.id}`);
      for (const t of s.themes) assert.ok(themeIds.has(t), `theme ${t} is in the codebook`);
      assert.ok(s.speaker === null || s.speaker === 'both' || participants.has(s.speaker), `speaker ${s.speaker}`);
    }
  }
}

test('paste, label, speaker, note, undo/redo, reload, download, import, refuse', async () => {
  const text = await readFile(join(ROOT, 'seeds', 'china-xi-jinping-calls-rouhani.txt'), 'utf8');
  const { context, page, watch } = await openPage(env.browser, env.server.url);

  await page.getByRole('textbox', { name: 'Readout text' }).fill(text);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  await sentences(page).first().waitFor();
  // The sentences on screen are the readout's sentences as keyed by hand (seeds/KEYING.md).
  const key = JSON.parse(await readFile(join(ROOT, 'seeds', 'china-xi-jinping-calls-rouhani.truth.json'), 'utf8'));
  const shown = await sentences(page).evaluateAll((rows) => rows.map((r) => r.querySelector('.text').firstChild.textContent.trim()));
  assert.deepEqual(shown, key.sentences.map((s) => s.text));
  assert.equal(await page.getByRole('listbox', { name: 'Sentences' }).getAttribute('aria-multiselectable'), 'true');

  const themes = page.locator('[data-theme-id]');
  const theme1 = await themes.nth(0).getAttribute('data-theme-id');
  const theme2 = await themes.nth(1).getAttribute('data-theme-id');
  const theme3 = await themes.nth(2).getAttribute('data-theme-id');

  // Mouse: click a sentence, press key 1.
  await sentences(page).nth(0).click();
  assert.equal(await sentences(page).nth(0).getAttribute('aria-selected'), 'true');
  await page.keyboard.press('1');
  assert.equal(await sentences(page).nth(0).getAttribute('data-themes'), theme1);
  assert.equal(await themes.nth(0).getAttribute('aria-pressed'), 'true');

  // Shift-click a range, toggle theme 2 with its button (found by role and name).
  await sentences(page).nth(1).click();
  await sentences(page).nth(3).click({ modifiers: ['Shift'] });
  assert.equal(await page.locator('[data-sentence-id][aria-selected=true]').count(), 3);
  // The button's visible name (swatch, name, count, key).
  const theme2Name = (await themes.nth(1).locator('span').nth(1).textContent()).trim();
  await page.getByRole('button', { name: new RegExp(`^${theme2Name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  for (const i of [1, 2, 3]) assert.equal(await sentences(page).nth(i).getAttribute('data-themes'), theme2);

  // Keyboard alone: j moves, 3 labels, 0 clears, Escape deselects.
  await sentences(page).nth(3).focus();
  await page.keyboard.press('j');
  assert.equal(await sentences(page).nth(4).getAttribute('aria-selected'), 'true');
  await page.keyboard.press('3');
  assert.equal(await sentences(page).nth(4).getAttribute('data-themes'), theme3);
  await page.keyboard.press('Shift+j');
  await page.keyboard.press('1');
  assert.equal(await sentences(page).nth(5).getAttribute('data-themes'), theme1);
  assert.equal(await sentences(page).nth(4).getAttribute('data-themes'), `${theme3} ${theme1}`);

  // Change a speaker.
  await sentences(page).nth(6).click();
  await page.getByLabel('Speaker').selectOption({ label: 'Both sides (joint)' });
  assert.equal(await sentences(page).nth(6).getAttribute('data-speaker'), 'both');

  // A note.
  await page.getByLabel('Note').fill('Quote this in chapter 2 — 中国 ✓');
  await page.getByLabel('Note').press('Tab');
  await screenshot(page, '03-labelled');

  // Undo the note and the speaker, redo both.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.notEqual(await sentences(page).nth(6).getAttribute('data-speaker'), 'both');
  await page.keyboard.press('Control+Shift+Z');
  await page.getByRole('button', { name: 'Redo' }).click();
  assert.equal(await sentences(page).nth(6).getAttribute('data-speaker'), 'both');
  const before = await labelsOnScreen(page);

  // Reload: everything restored from autosave.
  await allSaved(page);
  await page.reload();
  await sentences(page).first().waitFor();
  await page.waitForLoadState('networkidle');
  watch.requests.length = 0; // a reload loads the page again; nothing may be asked after it
  assert.deepEqual(await labelsOnScreen(page), before);

  // Download and check the file.
  const { name, json } = await downloadJson(page);
  assert.match(name, /^xi-jinping-calls-iranian-president-rouhani-\d{4}-\d{2}-\d{2}\.json$/);
  checkFormat(json);
  const doc = json.documents[0];
  assert.equal(doc.text, text, 'the text is kept exactly as pasted');
  assert.deepEqual(doc.sentences[0].themes, [theme1]);
  assert.equal(doc.sentences[6].speaker, 'both');
  assert.equal(doc.sentences[6].note, 'Quote this in chapter 2 — 中国 ✓');

  // Import into a fresh browser profile: the same state.
  const fresh = await openPage(env.browser, env.server.url);
  await fresh.page.getByLabel('Import JSON').setInputFiles({
    name: 'labels.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(json)),
  });
  await sentences(fresh.page).first().waitFor();
  assert.deepEqual(await labelsOnScreen(fresh.page), before);

  // A broken file is refused with a message and the work is untouched.
  await fresh.page.getByLabel('Import JSON').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "readout-annotations", "version": 1, "documents": ['),
  });
  await fresh.page.getByRole('alert').getByText(/not imported/).waitFor();
  assert.deepEqual(await labelsOnScreen(fresh.page), before);
  await screenshot(fresh.page, '04-import-refused');

  assert.deepEqual(watch.errors, []);
  assert.deepEqual(fresh.watch.errors, []);
  assert.deepEqual(watch.requests, [], 'no network request after load');
  assert.deepEqual(fresh.watch.requests, [], 'no network request after load');
  await fresh.context.close();
  await context.close();
});

test('a web page pasted as HTML becomes text, never markup', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  const box = page.getByRole('textbox', { name: 'Readout text' });
  await box.focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/html', '<h1>Readout of the Call</h1><p>The President spoke with the Chancellor.<img src=x onerror="window.__pwned=1"></p><script>window.__pwned=1</script><p>They discussed <b>trade</b>.</p>');
    data.setData('text/plain', 'flattened');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const value = await box.inputValue();
  assert.equal(value, 'Readout of the Call\n\nThe President spoke with the Chancellor.\n\nThey discussed trade.');
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  await sentences(page).first().waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('every sample opens, labels and downloads with exact offsets', async () => {
  const seeds = (await readdir(join(ROOT, 'seeds'))).filter((f) => f.endsWith('.txt'));
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  const samples = page.getByRole('button', { name: /^Open sample:/ });
  assert.equal(await samples.count(), seeds.length);
  for (let i = 0; i < seeds.length; i++) {
    await samples.nth(i).click();
    await sentences(page).first().waitFor();
    await sentences(page).last().click();
    await page.keyboard.press('2');
    assert.notEqual(await sentences(page).last().getAttribute('data-themes'), '');
  }
  await screenshot(page, '05-all-samples');
  const { json } = await downloadJson(page);
  checkFormat(json);
  assert.equal(json.documents.length, seeds.length);
  const texts = await Promise.all(seeds.map((f) => readFile(join(ROOT, 'seeds', f), 'utf8')));
  for (const doc of json.documents) assert.ok(texts.includes(doc.text), 'each text kept exactly');
  assert.deepEqual(watch.errors, []);
  assert.deepEqual(watch.requests, []);
  await context.close();
});

test('the Export menu downloads every format with its own name and contents', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  await sentences(page).first().click();
  await page.keyboard.press('1');
  await page.getByText('Export…').click();
  /** Clicks a download button; the file's name and bytes. */
  const fetchFile = async (label) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: label, exact: true }).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  };
  const expected = [
    ['Download doccano JSONL', /\.doccano\.jsonl$/, (b) => JSON.parse(b.toString('utf8').split('\n')[0]).text.length > 0],
    ['Download Prodigy JSONL', /\.prodigy\.jsonl$/, (b) => JSON.parse(b.toString('utf8').split('\n')[0]).text.length > 0],
    // With a byte-order mark, for Excel.
    ['Download CSV', /\.csv$/, (b) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf],
    ['Download REFI-QDA project (.qdpx)', /\.qdpx$/, (b) => b.subarray(0, 2).toString() === 'PK'],
    ['Download REFI-QDA codebook (.qdc)', /\.qdc$/, (b) => b.toString('utf8').includes('<CodeBook')],
  ];
  for (const [label, name, contents] of expected) {
    const file = await fetchFile(label);
    assert.match(file.name, name, label);
    assert.ok(contents(file.bytes), `${label}: ${file.bytes.subarray(0, 80).toString()}`);
  }
  assert.deepEqual(watch.errors, []);
  await context.close();
});
