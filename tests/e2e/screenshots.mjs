// Screenshots of a coded readout for review (`make screenshots`): desktop, phone, dark
// and print preview, written to target/screenshots/. Not a test: it asserts nothing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, serveDist, launchBrowser, openPage, screenshot } from './harness.mjs';

// A German readout: narration, both leaders and each of them speak.
const SEED = join(ROOT, 'seeds', 'bundesregierung-2021-12-21-scholz-putin.txt');

/** Pastes the seed, codes one sentence with six themes and a few others with one or two,
 * and puts two themes under Trade. */
async function annotate(page) {
  await page.getByLabel('Readout text').fill(await readFile(SEED, 'utf8'));
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  const rows = page.locator('[data-sentence-id]');
  await rows.first().waitFor();
  await rows.nth(3).click();
  for (const key of ['1', '2', '3', '4', '5', '6']) await page.keyboard.press(key);
  await rows.nth(4).click();
  await page.keyboard.press('4');
  await page.keyboard.press('8');
  await rows.nth(1).click();
  await page.keyboard.press('1');
  await rows.nth(6).click();
  await page.keyboard.press('9');
  // Nest two themes, so the codebook shows its tree.
  for (const name of ['Sanctions and coercion', 'Public health and humanitarian aid']) {
    await page.getByRole('button', { name: `Edit theme ${name}` }).click();
    await page.getByRole('combobox', { name: 'Parent theme' }).selectOption('trade');
    await page.getByRole('group', { name: `Edit ${name}` }).getByRole('button', { name: 'Done' }).click();
  }
  await rows.nth(3).click();
}

const server = await serveDist();
const browser = await launchBrowser();
const shots = [
  ['desktop', {}],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ['phone-top', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ['dark', { colorScheme: 'dark' }],
  ['print', {}],
];
for (const [name, options] of shots) {
  const { context, page, watch } = await openPage(browser, server.url, options);
  await annotate(page);
  if (name === 'print') await page.emulateMedia({ media: 'print' });
  if (name === 'phone-top') await page.evaluate(() => window.scrollTo(0, 0));
  console.log(await screenshot(page, name), watch.errors.length ? watch.errors : '');
  await context.close();
}
await browser.close();
await server.close();
