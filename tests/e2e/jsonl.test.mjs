// The command line's JSONL in the page: a batch parsed with `readout parse --jsonl` opened
// through the file input into the document list, and coders' JSONL files in the agreement
// panel, checked against `readout agree` on the same files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, openPage, screenshot, serveAndLaunch } from './harness.mjs';

const env = serveAndLaunch();

const SEEDS = ['china-xi-jinping-calls-rouhani.txt', 'whitehouse-2021-02-10-biden-xi.txt'].map((n) => join(ROOT, 'seeds', n));

const sentences = (page) => page.locator('[data-sentence-id]');
const shownSentences = (page) => sentences(page).evaluateAll((rows) => rows.map((r) => r.querySelector('.text').firstChild.textContent.trim()));

/** Runs the command-line tool, as a researcher would; resolves to its standard output. */
async function readout(args) {
  const { stdout } = await promisify(execFile)(
    'cargo', ['run', '--quiet', '--locked', '--bin', 'readout', '--', ...args],
    { cwd: ROOT, maxBuffer: 64 << 20 },
  );
  return stdout;
}

/** The lines of JSONL, each parsed. */
const parseLines = (jsonl) => jsonl.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
const toJsonl = (lines) => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

/** A scratch directory for the files a person would pick, removed after `body`. */
async function withScratch(body) {
  const dir = await mkdtemp(join(tmpdir(), 'readout-jsonl-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('a batch parsed with readout parse --jsonl opens in the document list with every sentence', async () => {
  const jsonl = await readout(['parse', '--jsonl', ...SEEDS]);
  const lines = parseLines(jsonl);
  assert.equal(lines.length, 2, 'one line per readout');
  const docs = lines.map((l) => l.documents[0]);
  assert.notEqual(docs[0].title, docs[1].title);

  await withScratch(async (dir) => {
    const file = join(dir, 'batch.jsonl');
    await writeFile(file, jsonl);
    const { context, page, watch } = await openPage(env.browser, env.server.url);
    const input = page.getByLabel('Import JSON');
    assert.ok((await input.getAttribute('accept')).split(',').includes('.jsonl'), 'the file picker offers .jsonl');
    await input.setInputFiles(file);

    const list = page.getByRole('region', { name: 'Documents (2)' });
    await list.or(page.getByRole('alert')).first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, 'no error shown');
    for (const doc of docs) {
      await list.getByRole('button', { name: doc.title, exact: true }).click();
      const expected = doc.sentences.map((s) => s.text.trim());
      await page.waitForFunction(
        (first) => document.querySelector('[data-sentence-id] .text')?.firstChild.textContent.trim() === first,
        expected[0],
      );
      assert.deepEqual(await shownSentences(page), expected, `the sentences of ${doc.title}`);
      const item = list.getByRole('listitem').filter({ has: page.getByRole('button', { name: doc.title, exact: true }) });
      assert.equal(await item.getByText(`0/${expected.length}`, { exact: true }).count(), 1, 'its progress: none labelled yet');
    }
    await screenshot(page, '11-jsonl-batch');
    assert.deepEqual(watch.errors, []);
    assert.deepEqual(watch.requests, [], 'no network request after load');
    await context.close();
  });
});

test('coders\u2019 JSONL files load in the agreement panel, agreeing with readout agree', async () => {
  const lines = parseLines(await readout(['parse', '--jsonl', ...SEEDS]));
  const [first, second] = lines[0].codebook.themes.map((t) => t.id);
  // Coder A gives the first sentence of each readout the first theme; coder B agrees on the
  // first readout and gives the second readout's first sentence the second theme instead.
  const coder = (themes) => lines.map((line, i) => {
    const copy = structuredClone(line);
    copy.documents[0].sentences[0].themes = themes[i];
    return copy;
  });
  const a = toJsonl(coder([[first], [first]]));
  const b = toJsonl(coder([[first], [second]]));

  await withScratch(async (dir) => {
    const [fileA, fileB, broken] = ['ana.jsonl', 'ben.jsonl', 'broken.jsonl'].map((n) => join(dir, n));
    await writeFile(fileA, a);
    await writeFile(fileB, b);
    await writeFile(broken, `${a.split('\n')[0]}\n{"format": "readout-annotations"}\n`);
    const cli = JSON.parse(await readout(['agree', fileA, fileB]));
    assert.equal(cli.documents, 2);
    assert.equal(cli.disagreements, 1);

    const { context, page, watch } = await openPage(env.browser, env.server.url);
    await page.getByRole('tab', { name: 'Coder agreement' }).click();
    const input = page.getByLabel('Coder files');
    assert.ok((await input.getAttribute('accept')).split(',').includes('.jsonl'), 'the file picker offers .jsonl');

    await input.setInputFiles([fileA, fileB]);
    const table = page.getByRole('table', { name: /^Agreement per theme/ });
    const alert = page.getByRole('alert');
    await table.or(alert).first().waitFor();
    assert.equal(await alert.count(), 0, `no error: ${await alert.allTextContents()}`);
    const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
    const summary = `${plural(cli.coders, 'coder', 'coders')}, ${plural(cli.documents, 'document', 'documents')}, ${plural(cli.sentences, 'sentence', 'sentences')}, ${plural(cli.disagreements, 'disagreement', 'disagreements')}.`;
    await page.getByText(summary, { exact: true }).waitFor();
    const shown = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[0].textContent, tr.children[4].textContent]));
    assert.deepEqual(shown, cli.themes.map((t) => [t.name, String(t.present)]), 'per theme: name, sentences with it');
    assert.ok(cli.themes.find((t) => t.id === first).present > 0, 'the labels were read');

    // A broken line is refused, named with its file and line.
    await input.setInputFiles([fileA, broken]);
    await alert.getByText(/"broken\.jsonl" was not loaded: line 2: /).waitFor();
    await screenshot(page, '12-agreement-jsonl');
    assert.deepEqual(watch.errors, []);
    await context.close();
  });
});
