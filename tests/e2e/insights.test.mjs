// Suggestions, coder agreement and comparison, as a researcher uses them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { allSaved } from './autosave.mjs';
import { ROOT, openPage, screenshot, serveAndLaunch } from './harness.mjs';

const env = serveAndLaunch();
const FIXTURES = join(import.meta.dirname, 'fixtures');

const labelled = (page) => page.locator('[data-sentence-id]:not([data-themes=""])');
const rows = (page) => page.locator('[data-sentence-id]');

async function downloadWorkspace(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

/** Runs `readout agree` on two coders' files, as a researcher would on the command line. */
async function agreeOnCommandLine(coderA, coderB) {
  const dir = await mkdtemp(join(tmpdir(), 'readout-agree-'));
  try {
    const [a, b] = [join(dir, 'a.json'), join(dir, 'b.json')];
    await writeFile(a, JSON.stringify(coderA));
    await writeFile(b, JSON.stringify(coderB));
    const { stdout } = await promisify(execFile)(
      'cargo', ['run', '--quiet', '--locked', '--bin', 'readout', '--', 'agree', a, b],
      { cwd: ROOT },
    );
    return JSON.parse(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * What the page may show for a figure the command line printed (rounded to 4 decimals): a
 * percentage with no decimals, or κ and α with two, "—" when undefined. The page formats with
 * Rust's `{:.N}`, which rounds a tie to even (62.5 → "62"), unlike JavaScript's toFixed. When
 * the 4-decimal figure is itself such a tie, the unrounded value the page saw may lie on
 * either side of it, so both neighbours are allowed.
 */
function asThePageShows(x, percent) {
  if (x === null) return ['—'];
  // The figure in units of the last digit shown: hundredths (κ, α) or whole percents.
  const tenThousandths = Math.round(Math.abs(x) * 10_000);
  const whole = Math.floor(tenThousandths / 100);
  const rest = tenThousandths % 100;
  const candidates = rest < 50 ? [whole] : rest > 50 ? [whole + 1] : [whole, whole + 1];
  const sign = x < 0 ? '-' : ''; // Rust keeps the sign of a negative figure that rounds to 0
  return candidates.map((n) => (percent ? `${sign}${n}%` : `${sign}${(n / 100).toFixed(2)}`));
}

test('accepting all suggestions is one step that Undo takes back', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  await page.locator('[data-sentence-id]').first().waitFor();
  // Once the page is quiet (nothing left to save, so nothing else will re-render it), opening
  // the panel must show it by itself.
  await allSaved(page);
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

test('two coders: agreement per theme as the command line computes it, and a merged workspace', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  // Coder A labels with the keys: 1 is the first theme (bilateral relations), 6 public
  // health, 7 sanctions.
  for (const [i, keys] of [[0, ['1']], [1, ['1', '6']], [2, ['6']], [3, ['6']], [4, ['1']], [5, ['6']], [6, ['7']]]) {
    await rows(page).nth(i).click();
    for (const key of keys) await page.keyboard.press(key);
  }
  const coderA = await downloadWorkspace(page);
  // Coder B read the same document: the same on bilateral relations, partly different on
  // health, and never on the same sentence for sanctions (so κ is below 0 there).
  const [bilateral, health, sanctions] = [0, 5, 6].map((i) => coderA.codebook.themes[i].id);
  const coderB = structuredClone(coderA);
  const b = coderB.documents[0].sentences;
  assert.deepEqual(b[1].themes, [bilateral, health], 'the download has the labels made');
  b[1].themes = [bilateral];
  b[3].themes = [];
  b[6].themes = [];
  b[7].themes = [sanctions];
  b[8].themes = [health, sanctions];

  await page.getByRole('tab', { name: 'Coder agreement' }).click();
  await page.getByLabel('Coder files').setInputFiles([
    { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(coderA)) },
    { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(coderB)) },
  ]);
  const table = page.getByRole('table', { name: /^Agreement per theme/ });
  await table.waitFor();
  const shown = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));

  const cli = await agreeOnCommandLine(coderA, coderB);
  // Each cell as the command line has it; where a tie allows two spellings, the one shown.
  const pick = (allowed, i, j) => (allowed.includes(shown[i]?.[j]) ? shown[i][j] : allowed[0]);
  const expected = cli.themes.map((t, i) => [
    t.name,
    pick(asThePageShows(t.percent_agreement, true), i, 1),
    pick(asThePageShows(t.cohen_kappa, false), i, 2),
    pick(asThePageShows(t.krippendorff_alpha, false), i, 3),
    String(t.present),
  ]);
  assert.deepEqual(shown, expected, 'per theme: name, % agreement, κ, α, sentences with it');
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const summary = `${count(cli.coders, 'coder', 'coders')}, ${count(cli.documents, 'document', 'documents')}, ${count(cli.sentences, 'sentence', 'sentences')}, ${count(cli.disagreements, 'disagreement', 'disagreements')}.`;
  await page.getByText(summary, { exact: true }).waitFor();
  assert.equal(cli.disagreements, 5);

  // Not a table of ones and blanks: full agreement, disagreement (κ below 1, below 0 where the
  // coders never agree) and themes nobody used (κ undefined) all appear.
  const kappa = Object.fromEntries(shown.map((r) => [r[0], r[2]]));
  const name = (id) => coderA.codebook.themes.find((t) => t.id === id).name;
  assert.equal(kappa[name(bilateral)], '1.00');
  assert.ok(Number(kappa[name(health)]) > 0 && Number(kappa[name(health)]) < 1, `κ for health: ${kappa[name(health)]}`);
  assert.ok(Number(kappa[name(sanctions)]) < 0, `κ for sanctions: ${kappa[name(sanctions)]}`);
  assert.equal(kappa[coderA.codebook.themes[1].name], '—', 'a theme neither coder used');
  await screenshot(page, '09-agreement');

  // Every disagreement is settled for coder A by default, so the merge is coder A's labels.
  await page.getByRole('button', { name: 'Load merged workspace' }).click();
  await page.getByRole('tab', { name: 'Document' }).click();
  await rows(page).first().waitFor();
  assert.deepEqual(
    await rows(page).evaluateAll((nodes) => nodes.map((n) => n.dataset.themes)),
    coderA.documents[0].sentences.map((s) => s.themes.join(' ')),
  );
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('two readouts of one call, from Kyiv and from Washington, side by side', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  // The two governments' readouts of the Zelenskyy–Biden call of 22 April 2024 (fixtures/README.md).
  // Each opens as the current document; label a few sentences of each, found by their words.
  const readouts = [
    ['president-ua-2024-04-22-zelenskyy-biden.txt', [
      ['President of Ukraine Volodymyr Zelenskyy had a phone call', '1'], // bilateral relations
      ['"This has once again accentuated', '4'], // security and defence
      ['"The United States is working dynamically', '7'], // sanctions (frozen assets)
    ]],
    ['whitehouse-2024-04-22-biden-zelenskyy.txt', [
      ['President Biden spoke today', '9'], // regional conflicts
      ['President Biden shared that', '4'], // security and defence
      ['President Biden also underscored', '5'], // trade and economy
    ]],
  ];
  for (const [n, [file, labels]] of readouts.entries()) {
    await page.getByLabel('Open a readout file').setInputFiles({
      name: file, mimeType: 'text/plain', buffer: await readFile(join(FIXTURES, file)),
    });
    await page.locator('#documents-heading', { hasText: `(${n + 1})` }).waitFor();
    for (const [start, key] of labels) {
      await rows(page).filter({ hasText: start }).click();
      await page.keyboard.press(key);
    }
  }
  const workspace = await downloadWorkspace(page);
  const [kyiv, washington] = workspace.documents;
  const themeName = (id) => workspace.codebook.themes.find((t) => t.id === id).name;
  const paragraph = (doc, p) => Array.from(doc.text).slice(doc.paragraphs[p].start, doc.paragraphs[p].end).join('').trim();
  const themesOf = (doc, p) => [...new Set(doc.sentences.filter((s) => p === undefined || s.paragraph === p).flatMap((s) => s.themes))];
  const minus = (a, b) => a.filter((t) => !b.includes(t));
  const list = (ids) => (ids.length ? ids.map(themeName).join(', ') : 'none');

  /** Checks the view's table against paragraph pairs (indexes, null for no counterpart). */
  async function checkAligned(left, right, pairs) {
    const section = page.locator('section.compare');
    const cells = await section.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((td) => ({
        text: (td.querySelector('p') ?? td).textContent,
        mark: td.querySelector('mark')?.textContent ?? null,
      }))),
    );
    const expected = pairs.map(([l, r]) => {
      const [a, b] = [l === null ? [] : themesOf(left, l), r === null ? [] : themesOf(right, r)];
      const cell = (doc, p, only) => ({
        text: p === null ? '(no counterpart)' : paragraph(doc, p),
        mark: p === null || only.length === 0 ? null : `Only here: ${list(only)}`,
      });
      return [cell(left, l, minus(a, b)), cell(right, r, minus(b, a))];
    });
    assert.deepEqual(cells, expected, 'the aligned paragraphs and the themes only one side has');
    assert.deepEqual(await section.locator('thead th').allTextContents(), [left.title, right.title]);
    const [a, b] = [themesOf(left), themesOf(right)];
    assert.deepEqual(await section.locator('ul > li').allTextContents(), [
      `Only in the left readout: ${list(minus(a, b))}`,
      `Only in the right readout: ${list(minus(b, a))}`,
      `In both: ${list(a.filter((t) => b.includes(t)))}`,
    ]);
  }

  await page.getByRole('tab', { name: 'Compare readouts' }).click();
  await page.getByText('Paragraphs aligned').waitFor();
  // Read side by side: Washington's readout is one paragraph, which opens as Kyiv's first
  // does, by stating the call ("President Biden spoke today with President Zelenskyy of
  // Ukraine" / "Zelenskyy had a phone call with President of the United States Joseph Biden").
  // Kyiv's other seven paragraphs (the Congress vote, Kharkiv, air defence, frozen assets,
  // the security agreement) have no paragraph of their own in Washington's readout.
  assert.equal(kyiv.paragraphs.length, 8);
  assert.equal(washington.paragraphs.length, 1);
  assert.match(paragraph(kyiv, 0), /^President of Ukraine Volodymyr Zelenskyy had a phone call/);
  // (The White House text has no-break spaces between some words, as published; \s matches them.)
  assert.match(paragraph(washington, 0), /^President Biden spoke\stoday with President Zelenskyy/);
  const unmatched = [1, 2, 3, 4, 5, 6, 7];
  await checkAligned(kyiv, washington, [[0, 0], ...unmatched.map((p) => [p, null])]);
  await screenshot(page, '10-compare');

  // Swapping the sides mirrors the alignment.
  await page.getByLabel('Left readout').selectOption('1');
  await page.getByLabel('Right readout').selectOption('0');
  await page.locator('section.compare thead th').first().filter({ hasText: washington.title }).waitFor();
  await checkAligned(washington, kyiv, [[0, 0], ...unmatched.map((p) => [null, p])]);
  assert.deepEqual(watch.errors, []);
  await context.close();
});
