// The charts view: an accessible SVG chart with its table, downloadable as SVG and as PNG.
// The numbers in each chart must be the counts of the labels made, counted here by the test
// from the downloaded workspace, not read back from the page's own code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, screenshot, serveAndLaunch } from './harness.mjs';

const env = serveAndLaunch();
const FIXTURES = join(import.meta.dirname, 'fixtures');

const rows = (page) => page.locator('[data-sentence-id]');

/**
 * Labels sentences of the open document by who speaks in them: `plan` maps a data-speaker
 * value ('' narration, 'both', or a participant id) to the keys to press on the first sentence
 * (or the `nth` one) with that speaker. Returns what was labelled, for checking the download.
 */
async function labelBySpeaker(page, plan) {
  const speakers = await rows(page).evaluateAll((nodes) => nodes.map((n) => n.dataset.speaker));
  const made = [];
  for (const { speaker, nth = 0, keys } of plan) {
    const index = speakers.map((s, i) => (s === speaker ? i : -1)).filter((i) => i >= 0)[nth];
    assert.notEqual(index, undefined, `the document has sentence ${nth} spoken by "${speaker}"`);
    const row = rows(page).nth(index);
    await row.click();
    for (const key of keys) await page.keyboard.press(key);
    made.push({ id: Number(await row.getAttribute('data-sentence-id')), keys });
  }
  return made;
}

async function downloadWorkspace(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

/** How the charts name a speaker: the participant's name, "Both sides" or "Narration". */
function speakerName(doc, speaker) {
  if (speaker === null) return 'Narration';
  if (speaker === 'both') return 'Both sides';
  return doc.participants.find((p) => p.id === speaker)?.name ?? speaker;
}

/**
 * A chart's table as the test expects it: rows in order, and only the themes that occur as
 * columns, in codebook order. `rowsOf(doc, index)` lists a document's [row label, sentence]
 * pairs; a row with no sentence (sentence undefined) is still shown, with zeros.
 */
function expectedTable(workspace, rowsLabel, rowsOf) {
  const themes = workspace.codebook.themes;
  const counts = new Map(); // row label -> count per theme, codebook order
  workspace.documents.forEach((doc, index) => {
    for (const [label, sentence] of rowsOf(doc, index)) {
      if (!counts.has(label)) counts.set(label, themes.map(() => 0));
      for (const id of sentence?.themes ?? []) counts.get(label)[themes.findIndex((t) => t.id === id)] += 1;
    }
  });
  const used = themes.map((_, c) => c).filter((c) => [...counts.values()].some((n) => n[c] > 0));
  return {
    head: [rowsLabel, ...used.map((c) => themes[c].name), 'Total'],
    body: [...counts].map(([label, n]) => [label, ...used.map((c) => String(n[c])), String(n.reduce((a, b) => a + b, 0))]),
  };
}

/** Documents named as the charts name them: title, or "Document N"; a repeated title gets "(N)". */
function documentLabels(workspace) {
  const labels = [];
  workspace.documents.forEach((doc, i) => {
    const label = doc.title?.trim() || `Document ${i + 1}`;
    labels.push(labels.includes(label) ? `${label} (${i + 1})` : label);
  });
  return labels;
}

/** What one chart shows: its table, the values on its bars and the total beside each bar. */
async function readChart(page, title) {
  const figure = page.locator('figure.chart').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  const table = figure.getByRole('table');
  const head = await table.locator('thead th').allTextContents();
  const body = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  // Each bar segment's tooltip reads "row — theme: n"; a row's group ends with its total.
  const segments = await figure.locator('svg rect > title').allTextContents();
  const widths = await figure.locator('svg rect:has(> title)').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
  const totals = await figure.locator('svg g:has(> text > title)').evaluateAll((groups) =>
    groups.map((g) => [g.querySelector('text > title').textContent, g.querySelector('text:last-of-type').textContent]),
  );
  return { figure, head, body, segments, widths, totals };
}

/** The bar tooltips a table implies: one per non-zero cell. */
function segmentsOf(table) {
  const names = table.head.slice(1, -1);
  return table.body.flatMap(([label, ...cells]) =>
    names.flatMap((name, c) => (cells[c] === '0' ? [] : [`${label} — ${name}: ${cells[c]}`])),
  );
}

test('charts show the counts of the labels made, as SVG and tables, and download as SVG and PNG', async () => {
  const { context, page, watch } = await openPage(env.browser, env.server.url);
  const made = new Map(); // document index -> sentences labelled and the keys pressed

  // Two samples without a date, and a dated readout, so that all three charts appear. The
  // keys are themes 1–9 in codebook order; two keys on one sentence give it two themes.
  await page.getByRole('button', { name: /^Open sample:/ }).nth(0).click(); // Xi Jinping–Rouhani
  await rows(page).first().waitFor();
  made.set(0, await labelBySpeaker(page, [
    { speaker: '', keys: ['1'] },
    { speaker: 'p1', keys: ['6', '9'] },
    { speaker: 'p1', nth: 1, keys: ['6'] },
    { speaker: 'p1', nth: 2, keys: ['1'] },
    { speaker: 'p2', keys: ['1', '6'] },
  ]));
  await page.getByRole('button', { name: /^Open sample:/ }).nth(1).click(); // Biden–Xi Jinping, 2021
  await page.locator('#documents-heading', { hasText: '(2)' }).waitFor();
  made.set(1, await labelBySpeaker(page, [
    { speaker: '', keys: ['1'] },
    { speaker: 'p1', keys: ['5'] },
    { speaker: 'both', keys: ['6'] },
  ]));
  const dated = 'president-ua-2024-04-22-zelenskyy-biden.txt';
  await page.getByLabel('Open a readout file').setInputFiles({
    name: dated, mimeType: 'text/plain', buffer: await readFile(join(FIXTURES, dated)),
  });
  await page.locator('#documents-heading', { hasText: '(3)' }).waitFor();
  made.set(2, await labelBySpeaker(page, [
    { speaker: '', keys: ['4'] },
    { speaker: 'both', keys: ['4', '9'] },
    { speaker: 'both', nth: 1, keys: ['4'] },
  ]));

  // The download holds exactly the labels made, so counting it counts them.
  const workspace = await downloadWorkspace(page);
  const themeOfKey = (key) => workspace.codebook.themes[Number(key) - 1].id;
  assert.equal(workspace.documents.length, 3);
  workspace.documents.forEach((doc, d) => {
    const labelled = doc.sentences.filter((s) => s.themes.length > 0).map((s) => ({ id: s.id, themes: s.themes }));
    const expected = made.get(d).map(({ id, keys }) => ({ id, themes: keys.map(themeOfKey) })).sort((a, b) => a.id - b.id);
    assert.deepEqual(labelled, expected, `labels of document ${d + 1}`);
  });

  const bySpeaker = expectedTable(workspace, 'Speaker', (doc) =>
    doc.sentences.filter((s) => s.themes.length > 0).map((s) => [speakerName(doc, s.speaker), s]),
  );
  const docLabels = documentLabels(workspace);
  const byDocument = expectedTable(workspace, 'Document', (doc, i) =>
    [[docLabels[i], undefined], ...doc.sentences.map((s) => [docLabels[i], s])],
  );
  // Only the readout from Kyiv has a date; the undated samples are left out of the timeline
  // (one date, so the timeline's sorting and grouping by month do not come into play).
  const overTime = expectedTable(workspace, 'Date', (doc) =>
    /^\d{4}-\d{2}-\d{2}/.test(doc.date ?? '') ? doc.sentences.map((s) => [doc.date.slice(0, 10), s]) : [],
  );
  assert.deepEqual(overTime.body.map((r) => r[0]), ['2024-04-22'], 'the dated readout is on the timeline');
  // Not a trivial chart: several speakers, one of them counted from two documents.
  assert.ok(bySpeaker.body.length >= 4, `speaker rows: ${bySpeaker.body.map((r) => r[0])}`);
  assert.ok(bySpeaker.body.some((r) => r[0] === 'Narration' && Number(r.at(-1)) >= 3));

  await page.getByRole('tab', { name: 'Charts' }).click();
  await page.getByRole('img', { name: /Themes by speaker/ }).waitFor();
  for (const [title, expected] of [
    ['Themes by speaker', bySpeaker],
    ['Themes by document', byDocument],
    ['Themes over time', overTime],
  ]) {
    const shown = await readChart(page, title);
    assert.deepEqual({ head: shown.head, body: shown.body }, expected, `${title}: the table`);
    assert.deepEqual([...shown.segments].sort(), segmentsOf(expected).sort(), `${title}: the values on the bars`);
    assert.deepEqual(shown.totals, expected.body.map((r) => [r[0], r.at(-1)]), `${title}: the total beside each bar`);
    // A larger count never gets a shorter bar segment.
    const byCount = shown.segments.map((s, i) => [Number(s.split(': ').at(-1)), shown.widths[i]]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < byCount.length; i++) {
      assert.ok(byCount[i][1] >= byCount[i - 1][1], `${title}: ${byCount[i][0]} is drawn no shorter than ${byCount[i - 1][0]}`);
    }
  }

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download “Themes by speaker” as SVG/ }).click(),
  ]);
  const svg = await readFile(await svgDownload.path(), 'utf8');
  assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, 'a standalone SVG file');
  const svgValues = [...svg.matchAll(/<rect[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1].replaceAll('&amp;', '&'));
  assert.deepEqual(svgValues.sort(), segmentsOf(bySpeaker).sort(), 'the SVG file carries the same numbers');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download “Themes by speaker” as PNG/ }).click(),
  ]);
  assert.match(pngDownload.suggestedFilename(), /\.png$/);
  const png = await readFile(await pngDownload.path());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  assert.ok(png.length > 1000, 'the PNG has content');
  await screenshot(page, '08-charts');
  await page.getByRole('heading', { name: 'Themes over time', exact: true }).scrollIntoViewIfNeeded();
  await screenshot(page, '08-charts-over-time');
  assert.deepEqual(watch.errors, []);
  assert.deepEqual(watch.requests, []);
  await context.close();
});
