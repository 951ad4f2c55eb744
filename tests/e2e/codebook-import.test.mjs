// Importing a codebook never drops labels silently: when the import lacks themes that label
// sentences, a dialog says which and how many, and offers to match themes by name, to import
// and drop the labels, or to cancel. Whatever is applied is one undo step.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations, openPage, serveAndLaunch, screenshot } from './harness.mjs';

const env = serveAndLaunch();
before(async () => env.ready);

const SAMPLE = /^Open sample: .*Xi Jinping Calls Iranian President Rouhani/;
const sentences = (page) => page.locator('[data-sentence-id]');
/** Clicks an element scrolled to the middle of the screen: at phone width the sticky header covers the top. */
async function clickCentered(locator, options) {
  await locator.evaluate((n) => n.scrollIntoView({ block: 'center' }));
  await locator.click(options);
}
const themesOnScreen = (page) => sentences(page).evaluateAll((ns) => ns.map((n) => n.dataset.themes));
const themeIds = (page) => page.locator('[data-theme-id]').evaluateAll((ns) => ns.map((n) => n.dataset.themeId));
const dialog = (page) => page.getByRole('alertdialog', { name: 'Importing this codebook would remove labels' });

async function downloadJson(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return JSON.parse(await readFile(await file.path(), 'utf8'));
}

async function importCodebook(page, name, codebook) {
  await page.getByLabel('Import codebook').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(codebook)) });
}

/** Opens a sample and labels sentences 0 (theme 1), 2–3 (theme 2) and 5 (themes 1 and 3). */
async function labelSomeSentences(page) {
  await page.getByRole('button', { name: SAMPLE }).first().click();
  await sentences(page).first().waitFor();
  await clickCentered(sentences(page).nth(0));
  await page.keyboard.press('1');
  await clickCentered(sentences(page).nth(2));
  await clickCentered(sentences(page).nth(3), { modifiers: ['Shift'] });
  await page.keyboard.press('2');
  await clickCentered(sentences(page).nth(5));
  await page.keyboard.press('1');
  await page.keyboard.press('3');
}

for (const viewport of [{ width: 1400, height: 900 }, { width: 390, height: 844 }]) {
  test(`same names under other ids are matched by name; an empty codebook asks, cancels, drops and undoes (${viewport.width}x${viewport.height})`, async () => {
    const { context, page, watch } = await openPage(env.browser, env.server.url, { viewport });
    await labelSomeSentences(page);
    const codebook = await downloadJson(page, 'Export codebook');
    const labelled = await themesOnScreen(page);
    const oldIds = await themeIds(page);
    const firstThemes = labelled.slice(0, 6);
    assert.deepEqual(firstThemes, [oldIds[0], '', oldIds[1], oldIds[1], '', `${oldIds[0]} ${oldIds[2]}`]);

    // The same themes under other ids, names in another case and spacing.
    const renamed = structuredClone(codebook);
    renamed.themes = renamed.themes.map((t) => ({ ...t, id: `${t.id}-v2`, name: `  ${t.name.toUpperCase()} ` }));
    await importCodebook(page, 'renamed.json', renamed);
    await dialog(page).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the question passes axe-core');
    const text = await dialog(page).textContent();
    assert.match(text, /lacks 3 themes in use here: 5 labels in 1 document would be removed/);
    assert.match(text, /Bilateral relations and friendship \(bilateral\): 2 labels in 1 document — same name as imported theme "bilateral-v2"/);
    assert.match(text, /matching by name keeps all labels/);
    assert.match(text, /Also missing, without labels: Security and defence, /);
    assert.equal(await page.getByRole('button', { name: 'Match themes by name' }).evaluate((b) => b === document.activeElement), true, 'the first answer has the focus');
    // The question is modal: Tab and Shift+Tab cycle through its three answers.
    const focused = () => page.evaluate(() => document.activeElement.textContent.trim());
    const answers = ['Match themes by name', 'Import and drop 5 labels', 'Cancel'];
    for (const next of [answers[1], answers[2], answers[0]]) {
      await page.keyboard.press('Tab');
      assert.equal(await focused(), next, 'Tab stays inside the dialog');
    }
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), answers[2], 'Shift+Tab from the first answer goes to the last');
    await page.keyboard.press('Tab');
    await screenshot(page, `codebook-import-dialog-${viewport.width}x${viewport.height}`);
    await page.getByRole('button', { name: 'Match themes by name' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    assert.deepEqual(await themeIds(page), oldIds.map((id) => `${id}-v2`));
    assert.deepEqual(await themesOnScreen(page), labelled.map((t) => t.split(' ').filter(Boolean).map((id) => `${id}-v2`).join(' ')));
    const matched = await themesOnScreen(page);

    // An empty codebook: Cancel changes nothing.
    const empty = { ...codebook, themes: [] };
    await importCodebook(page, 'empty.json', empty);
    await dialog(page).waitFor();
    assert.match(await dialog(page).textContent(), /No missing theme has a namesake/);
    assert.equal(await page.getByRole('button', { name: 'Match themes by name' }).count(), 0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    assert.deepEqual(await themesOnScreen(page), matched);
    assert.deepEqual(await themeIds(page), oldIds.map((id) => `${id}-v2`));

    // Import and drop: the labels go; Undo brings them back in one step.
    await page.getByLabel('Import codebook').setInputFiles([]);
    await importCodebook(page, 'empty.json', empty);
    await dialog(page).waitFor();
    await page.getByRole('button', { name: 'Import and drop 5 labels' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    assert.deepEqual(await themeIds(page), []);
    assert.ok((await themesOnScreen(page)).every((t) => t === ''), 'every label is gone');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('[data-theme-id]').first().waitFor();
    assert.deepEqual(await themesOnScreen(page), matched);
    assert.deepEqual(await themeIds(page), oldIds.map((id) => `${id}-v2`));
    const saved = await downloadJson(page, 'Download JSON');
    assert.deepEqual(saved.codebook.themes.map((t) => t.id), oldIds.map((id) => `${id}-v2`));

    // A codebook that keeps every labelled theme applies at once, without a question.
    const extended = structuredClone(saved.codebook);
    extended.format = codebook.format;
    extended.version = codebook.version;
    extended.themes.push({ ...extended.themes[0], id: 'extra', name: 'Extra theme' });
    await importCodebook(page, 'extended.json', { format: codebook.format, version: codebook.version, themes: extended.themes });
    await page.locator('[data-theme-id="extra"]').waitFor();
    assert.equal(await dialog(page).count(), 0);
    assert.deepEqual(await themesOnScreen(page), matched);

    assert.deepEqual(watch.errors, []);
    await context.close();
  });
}

test('a REFI-QDA .qdc codebook imports from the page, its codes as themes with keys in order', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  const qdc = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="another tool">
  <Codes>
    <Code guid="8a3f8e2c-1b2d-4c5e-9f00-000000000001" name="Climate" isCodable="true" color="#117733"/>
    <Code guid="8a3f8e2c-1b2d-4c5e-9f00-000000000002" name="Energy" isCodable="true" color="#332288"/>
  </Codes>
</CodeBook>`;
  await page.getByLabel('Import codebook').setInputFiles({ name: 'from-nvivo.qdc', mimeType: 'application/xml', buffer: Buffer.from(qdc) });
  await page.locator('[data-theme-id]').filter({ hasText: 'Energy' }).waitFor();
  const themes = await page.locator('[data-theme-id]').evaluateAll((ns) =>
    ns.map((n) => [n.querySelector('span:nth-child(2)').textContent, n.querySelector('.key')?.textContent]),
  );
  assert.deepEqual(themes, [['Climate', '1'], ['Energy', '2']]);
  assert.deepEqual(watch.errors, []);
  await context.close();
});
