// Coding as a keyboard user and a phone user meet it: focus after Annotate, j/k after a theme
// button, Enter without a visible suggestion, theme keys that survive merge, delete and
// reorder, the palettes and the shortcut list, a phone layout without sideways scroll, and
// axe-core on every view in light and dark, on desktop and phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, axeViolations, openPage, serveAndLaunch } from './harness.mjs';
import { allSaved, reloadRestored } from './autosave.mjs';

const env = serveAndLaunch();
const SEED = join(ROOT, 'seeds', 'whitehouse-2021-02-10-biden-xi.txt');

const rows = (page) => page.locator('[data-sentence-id]');
const focusedSentence = (page) => page.evaluate(() => document.activeElement?.dataset?.sentenceId ?? null);

async function annotateSeed(page) {
  await page.getByLabel('Readout text').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  await rows(page).first().waitFor();
}

/** Each theme's key as its button shows it, by theme id. */
async function keysOnButtons(page) {
  return page.$$eval('[data-theme-id]', (buttons) =>
    Object.fromEntries(buttons.map((b) => [b.dataset.themeId, b.querySelector('.key')?.textContent ?? null])),
  );
}

test('Annotate focuses the first sentence, and the keys work at once', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await annotateSeed(page);
  const first = await rows(page).first().getAttribute('data-sentence-id');
  await page.waitForFunction((id) => document.activeElement?.dataset?.sentenceId === id, first);
  await page.keyboard.press('j');
  assert.equal(await focusedSentence(page), await rows(page).nth(1).getAttribute('data-sentence-id'));
  await page.keyboard.press('5');
  assert.equal(await rows(page).nth(1).getAttribute('data-themes'), 'trade');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('after a theme button, j and k still move; Enter without a shown suggestion does nothing', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await annotateSeed(page);
  await rows(page).nth(2).click();
  await page.locator('[data-theme-id=security]').click();
  assert.equal(await rows(page).nth(2).getAttribute('data-themes'), 'security');
  await page.keyboard.press('j');
  assert.equal(await focusedSentence(page), await rows(page).nth(3).getAttribute('data-sentence-id'));
  await page.keyboard.press('k');
  assert.equal(await focusedSentence(page), await rows(page).nth(2).getAttribute('data-sentence-id'));
  // The suggestions panel is closed: Enter changes nothing and says nothing.
  const before = await rows(page).evaluateAll((r) => r.map((n) => n.dataset.themes));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  assert.deepEqual(await rows(page).evaluateAll((r) => r.map((n) => n.dataset.themes)), before);
  assert.doesNotMatch(await page.getByRole('status').first().textContent(), /suggest/i);
  // With the panel open, Enter accepts the top suggestion and says which theme it applied.
  await page.locator('summary', { hasText: 'Theme suggestions' }).click();
  await rows(page).nth(4).click();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: /Applied the suggested theme|No theme suggestion/ }).waitFor();
  await context.close();
});

test('theme keys stay with their themes through merge, delete and reorder', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await annotateSeed(page);
  const before = await keysOnButtons(page);
  const edit = (name) => page.getByRole('button', { name: `Edit theme ${name}` });
  // Merge "Bilateral relations and friendship" (key 1) into "Trade, economy and investment".
  await edit('Bilateral relations and friendship').click();
  await page.getByRole('combobox', { name: 'Merge Bilateral relations and friendship into' }).selectOption('trade');
  // Delete "Sovereignty and territorial integrity" (key 3).
  await edit('Sovereignty and territorial integrity').click();
  await page.getByRole('group', { name: 'Edit Sovereignty and territorial integrity' }).getByRole('button', { name: 'Delete' }).click();
  // Move "Sanctions and coercion" up twice.
  await edit('Sanctions and coercion').click();
  await page.getByRole('button', { name: 'Move Sanctions and coercion up' }).click();
  await page.getByRole('button', { name: 'Move Sanctions and coercion up' }).click();
  const after = await keysOnButtons(page);
  const expected = { ...before };
  delete expected.bilateral;
  delete expected.sovereignty;
  assert.deepEqual(after, expected);
  // Key 7 still applies Sanctions, wherever it now is in the list.
  await rows(page).nth(1).click();
  await page.keyboard.press('7');
  assert.equal(await rows(page).nth(1).getAttribute('data-themes'), 'sanctions');
  // A new theme takes the first free key (1, freed by the merge).
  await page.getByRole('button', { name: 'Add theme' }).click();
  assert.equal((await keysOnButtons(page))['new-theme'], '1');
  await context.close();
});

test('a theme placed under another counts toward it in the codebook, the filter and the charts; Undo and reload', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await annotateSeed(page);
  const count = (id) => page.locator(`[data-theme-id=${id}] .count`).textContent();
  await rows(page).nth(1).click();
  await page.keyboard.press('7'); // Sanctions
  await rows(page).nth(2).click();
  await page.keyboard.press('5'); // Trade
  await rows(page).nth(3).click();
  await page.keyboard.press('6'); // Health
  assert.equal(await count('trade'), '1');
  await page.getByRole('button', { name: 'Edit theme Sanctions and coercion' }).click();
  await page.getByRole('combobox', { name: 'Parent theme' }).selectOption('trade');
  await page.locator('.theme-node[data-depth="1"] [data-theme-id=sanctions]').waitFor();
  assert.equal(await count('trade'), '2');
  assert.equal(await count('sanctions'), '1');
  // Filtering by the parent shows the child's sentence too.
  await page.locator('#filter').selectOption('theme:trade');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-sentence-id]')].filter((r) => r.checkVisibility()).length === 2);
  const shown = await rows(page).filter({ visible: true }).evaluateAll((r) => r.map((n) => n.dataset.themes));
  assert.deepEqual(shown, ['sanctions', 'trade']);
  await page.locator('#filter').selectOption('all');
  // The charts' table counts the child under its parent, and names it by its path.
  await page.getByRole('tab', { name: 'Charts' }).click();
  const table = page.getByRole('table', { name: 'Themes by document (sentences)' });
  const header = await table.locator('thead th').allTextContents();
  const trade = header.indexOf('Trade, economy and investment');
  assert.ok(header.includes('Trade, economy and investment › Sanctions and coercion'), header.join(' | '));
  assert.equal(await table.locator('tbody tr').first().locator('th, td').nth(trade).textContent(), '2');
  await page.getByRole('tab', { name: 'Document' }).click();
  // Undo takes the nesting back, Redo puts it back, and it survives a reload.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.locator('.theme-node[data-depth="0"] [data-theme-id=sanctions]').waitFor();
  assert.equal(await count('trade'), '1');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await page.locator('.theme-node[data-depth="1"] [data-theme-id=sanctions]').waitFor();
  await allSaved(page);
  await reloadRestored(page);
  await page.locator('.theme-node[data-depth="1"] [data-theme-id=sanctions]').waitFor();
  assert.equal(await count('trade'), '2');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('t opens the theme palette, Ctrl+K the command palette, ? the keyboard shortcuts', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await annotateSeed(page);
  await rows(page).nth(1).click();
  await page.keyboard.press('t');
  const palette = page.getByRole('dialog', { name: 'Theme palette' });
  await palette.waitFor();
  await page.keyboard.type('multilat');
  await page.keyboard.press('Enter');
  await palette.waitFor({ state: 'detached' });
  assert.equal(await rows(page).nth(1).getAttribute('data-themes'), 'multilateralism');
  assert.equal(await focusedSentence(page), await rows(page).nth(1).getAttribute('data-sentence-id'));

  await page.keyboard.press('Control+k');
  const commands = page.getByRole('dialog', { name: 'Command palette' });
  await commands.waitFor();
  await page.keyboard.type('show view charts');
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: 'Charts', selected: true }).waitFor();
  await page.getByRole('tab', { name: 'Document' }).click();

  await rows(page).nth(1).click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  assert.match(await help.textContent(), /Command palette/);
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'detached' });
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('on a 390 px phone there is no sideways scroll and a tap selects the sentence tapped', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await annotateSeed(page);
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1], `page is ${widths[0]} px wide on a ${widths[1]} px screen`);
  const header = await page.locator('.app-header').boundingBox();
  assert.ok(header.height <= 56, `the header is one line (${header.height} px)`);
  const target = rows(page).nth(3);
  await target.scrollIntoViewIfNeeded();
  await target.tap();
  assert.equal(await target.getAttribute('aria-selected'), 'true');
  // The theme bar stays on screen while reading, and a tap on a theme codes the sentence.
  const bar = await page.locator('[data-theme-id=health]').boundingBox();
  assert.ok(bar && bar.y + bar.height <= 844, 'the theme bar is on screen');
  await page.locator('[data-theme-id=trade]').tap();
  assert.equal(await target.getAttribute('data-themes'), 'trade');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('Merge with next crosses a paragraph end; removing a speaker asks where their sentences go', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await page.getByLabel('Readout text').fill(await readFile(join(ROOT, 'seeds', 'china-xi-jinping-calls-rouhani.txt'), 'utf8'));
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  await rows(page).first().waitFor();
  const count = await rows(page).count();
  const paragraphs = await page.locator('.para').count();
  // The first sentence is a paragraph of its own: merging crosses into the next paragraph.
  await rows(page).nth(0).click();
  await page.getByRole('button', { name: 'Merge with next', exact: true }).click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-sentence-id]').length === n - 1, count);
  assert.equal(await page.locator('.para').count(), paragraphs - 1);
  assert.equal((await page.locator('main > [role=alert]').textContent()).trim(), '', 'no refusal');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-sentence-id]').length === n, count);
  await rows(page).nth(1).click();
  await page.getByRole('button', { name: 'Merge paragraph with next' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.para').length === n - 1, paragraphs);
  assert.equal(await rows(page).count(), count);

  const xi = await page.locator('[data-speaker=p1]').count();
  assert.ok(xi > 0);
  await page.getByRole('button', { name: /^Edit participant Xi Jinping/ }).click();
  await page.getByRole('button', { name: /^Remove participant Xi Jinping/ }).click();
  const question = page.getByRole('group', { name: /^Remove Xi Jinping/ });
  assert.match(await question.textContent(), new RegExp(`${xi} sentences said by`));
  await question.getByRole('button', { name: 'Both sides' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-speaker=p1]').length === 0);
  assert.equal(await page.locator('[data-speaker=both]').count() >= xi, true);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('print shows the document alone with its margins and a theme legend', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await annotateSeed(page);
  await rows(page).nth(1).click();
  await page.keyboard.press('4');
  const legend = page.locator('.themes-legend');
  assert.equal(await legend.isVisible(), false, 'the legend is for paper only');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await legend.isVisible(), true);
  assert.match(await legend.textContent(), /Security and defence/);
  assert.equal(await page.getByRole('heading', { name: 'Themes' }).isVisible(), false, 'side panels are not printed');
  assert.equal(await rows(page).nth(1).locator('.stripe').isVisible(), true);
  await context.close();
});

test('a reload comes back to the same document, filter and sentence', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Open sample:/ }).nth(0).click();
  await rows(page).first().waitFor();
  await annotateSeed(page);
  await rows(page).nth(3).click();
  await page.keyboard.press('4');
  await rows(page).nth(5).click();
  await page.keyboard.press('4');
  await page.locator('#filter').selectOption('theme:security');
  await rows(page).filter({ visible: true }).nth(1).click();
  const focused = await focusedSentence(page);
  const open = await page.locator('main').getAttribute('data-open');
  await allSaved(page);
  await reloadRestored(page);
  await page.waitForFunction((id) => document.activeElement?.dataset?.sentenceId === id, focused);
  assert.equal(await page.locator('main').getAttribute('data-open'), open);
  assert.equal(await page.locator('#filter').inputValue(), 'theme:security');
  assert.equal(await rows(page).filter({ visible: true }).count(), 2);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('the search box finds sentences in every document and opens the one chosen, even far down', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  // A long readout whose one sentence about a zebra is far below the first screens.
  const filler = Array.from({ length: 900 }, (_, i) => `The ministers discussed item ${i + 1} at length.`).join(' ');
  await page.getByLabel('Readout text').fill(`Readout of a long call\n\n${filler} A zebra crossed the room. They agreed to meet.`);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  await rows(page).first().waitFor();
  await annotateSeed(page);
  await page.keyboard.press('/');
  const field = page.getByRole('searchbox', { name: 'Search sentences' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-sentences');
  await field.fill('zebra');
  const results = page.getByRole('list', { name: 'Search results' });
  await results.getByRole('button').first().waitFor();
  assert.equal(await results.getByRole('button').count(), 1);
  await results.getByRole('button').first().click();
  await page.waitForFunction(() => document.activeElement?.dataset?.sentenceId != null);
  assert.match(await page.evaluate(() => document.activeElement.textContent), /A zebra crossed the room/);
  // Words in any order, a quoted phrase, a pattern, and a broken pattern said plainly.
  await field.fill('item 899 discussed');
  await page.getByText('1 sentence matches.').waitFor();
  await field.fill('"Lunar New Year"');
  await page.getByText('1 sentence matches.').waitFor();
  await field.fill('/item 1[0-9]{2} /');
  await page.getByText('100 sentences match; the first 50 are listed.').waitFor();
  await field.fill('/(unclosed/');
  await page.getByText(/^not a regular expression/).waitFor();
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('Segments retrieves coded sentences across documents by theme, downloads them and opens one', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Open sample:/ }).nth(0).click(); // Xi Jinping–Rouhani
  await rows(page).first().waitFor();
  await rows(page).nth(1).click();
  await page.keyboard.press('5');
  await rows(page).nth(2).click();
  await page.keyboard.press('5');
  await page.keyboard.press('7');
  await annotateSeed(page);
  await rows(page).nth(3).click();
  await page.keyboard.press('5');
  await page.getByRole('tab', { name: 'Segments' }).click();
  // With nothing left to save, only the retrieval's own change can re-render the view.
  await allSaved(page);
  const status = page.locator('.segment-actions [role=status]');
  await page.getByRole('combobox', { name: 'Trade, economy and investment in the retrieval' }).selectOption('all');
  await status.filter({ hasText: '3 sentences retrieved' }).waitFor();
  await page.getByRole('combobox', { name: 'Sanctions and coercion in the retrieval' }).selectOption('not');
  await status.filter({ hasText: '2 sentences retrieved' }).waitFor();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const lines = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines[0], 'document,title,date,sentence,speaker,themes,text');
  assert.equal(lines.length, 3);
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
  assert.match(await readFile(await md.path(), 'utf8'), /^## Trade, economy and investment \(2\)$/m);
  await page.getByRole('button', { name: 'Group by theme' }).click();
  await page.getByRole('heading', { name: 'Trade, economy and investment (2)' }).waitFor();
  await page.getByRole('button', { name: /^Open sentence/ }).last().click();
  await page.getByRole('tab', { name: 'Document', selected: true }).waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset?.themes === 'trade');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

/** Opens every view and dialog in turn and collects axe-core's violations in each. */
async function violationsEverywhere(page) {
  const found = [];
  const check = async (where) => {
    for (const v of await axeViolations(page)) found.push(`${where}: ${v}`);
  };
  await check('empty page');
  await annotateSeed(page);
  await rows(page).nth(2).click();
  for (const key of ['1', '2', '3', '4', '5', '6']) await page.keyboard.press(key);
  await check('document with six themes on a sentence');
  await page.locator('summary', { hasText: 'Theme suggestions' }).click();
  await check('suggestions open');
  await page.getByRole('button', { name: 'Edit theme Security and defence' }).click();
  await check('theme editor open');
  await page.getByRole('group', { name: 'Edit Security and defence' }).getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: /^Edit participant Joseph/ }).click();
  await page.getByRole('button', { name: /^Remove participant Joseph/ }).click();
  await check('removing a participant');
  await page.getByRole('group', { name: /^Remove Joseph/ }).getByRole('button', { name: 'Cancel' }).click();
  // A second document, so that the comparison has two readouts to set side by side.
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  await page.getByRole('button', { name: /^Readout of President Joseph/ }).first().click();
  for (const tab of ['Segments', 'Charts', 'Compare readouts', 'Coder agreement']) {
    await page.getByRole('tab', { name: tab }).click();
    await check(tab);
  }
  await page.getByRole('tab', { name: 'Document' }).click();
  await rows(page).nth(1).click();
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await check('keyboard shortcuts');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await check('command palette');
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search sentences' }).fill('president');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().waitFor();
  await check('search results');
  return found;
}

for (const [name, options] of [
  ['desktop, light', {}],
  ['desktop, dark', { colorScheme: 'dark' }],
  ['phone, light', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ['phone, dark', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'dark' }],
]) {
  test(`axe-core finds no violation on any view (${name})`, async () => {
    const { context, page } = await openPage(env.browser, env.server.url, options);
    assert.deepEqual(await violationsEverywhere(page), []);
    await context.close();
  });
}
