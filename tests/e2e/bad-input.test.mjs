// Bad input, end to end: one table of cases. Each case starts from real work (a sample opened,
// sentences labelled, a note written), feeds one bad input the way a person would, and checks
// that the page answers with a clear message (or shows the input as plain text), that the work
// is untouched, and that nothing was executed: no dialog, no console error, no markup inserted.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, serveAndLaunch } from './harness.mjs';

const env = serveAndLaunch();
/** A valid workspace and codebook, downloaded from the page; cases corrupt copies of them. */
let workspaceTemplate;
let codebookTemplate;

const SAMPLE = /^Open sample: .*Xi Jinping Calls Iranian President Rouhani/;
const OTHER_SAMPLE = /^Open sample: .*Biden/;
/** Markup that would run if it were ever inserted as HTML (or reach a dialog). */
const XSS = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=1;alert(1)</script>';
const MB = 1024 * 1024;

const sentences = (page) => page.locator('[data-sentence-id]');
const clone = (value) => structuredClone(value);

/** Downloads the workspace (or the codebook) the page holds, without its time stamp. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const json = JSON.parse(await readFile(await file.path(), 'utf8'));
  delete json.exported_at;
  return json;
}

/** What the page shows of the work: the documents, and each sentence's id, themes and speaker. */
async function onScreen(page) {
  return {
    documents: await page.getByRole('button', { name: /^Remove document / }).evaluateAll((ns) => ns.map((n) => n.getAttribute('aria-label'))),
    sentences: await sentences(page).evaluateAll((ns) => ns.map((n) => [n.dataset.sentenceId, n.dataset.themes, n.dataset.speaker])),
  };
}

/** Opens a sample, labels three sentences and writes a note: the work a bad input must not touch. */
async function startWork(page, sample = SAMPLE) {
  await page.getByRole('button', { name: sample }).first().click();
  await sentences(page).first().waitFor();
  await sentences(page).nth(0).click();
  await page.keyboard.press('1');
  await sentences(page).nth(2).click();
  await sentences(page).nth(3).click({ modifiers: ['Shift'] });
  await page.keyboard.press('2');
  await sentences(page).nth(1).click();
  await page.getByLabel('Note').fill('Check this quote — 中国 ✓');
  await page.getByLabel('Note').press('Tab');
}

// How each case feeds its input: the same controls a person uses.
/** What the user had typed before a large paste; it must survive the refusal. */
const DRAFT = 'Draft: call with the Chancellor, notes to follow.';
const textBox = (page) => page.getByRole('textbox', { name: 'Readout text' });
const annotateButton = (page) => page.getByRole('button', { name: 'Annotate', exact: true });
const file = (name, content, mimeType) => ({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });

const feed = {
  /**
   * Types a readout, waits until Annotate is enabled, then replaces it with `text` and waits
   * until the page has rendered that (Annotate disabled again): the row's check then sees the
   * page's answer to `text`, not a render still to come.
   */
  type: (text) => async (page) => {
    await textBox(page).fill('The two sides met.');
    await page.waitForFunction(() => !document.querySelector('.paste button.primary').disabled);
    await textBox(page).fill(text);
    await page.waitForFunction(() => document.querySelector('.paste button.primary').disabled);
  },
  /** Types text and presses Annotate. */
  paste: (text) => async (page) => {
    await textBox(page).fill(text);
    await annotateButton(page).click();
  },
  /**
   * Types a short draft, then pastes `bytes` of readout text from the clipboard (a paste
   * event carrying the text, as the browser sends it).
   */
  pasteLarge: (bytes) => async (page) => {
    await textBox(page).fill(DRAFT);
    await textBox(page).evaluate((area, size) => {
      const line = 'The two sides agreed to deepen cooperation on trade and public health. ';
      const data = new DataTransfer();
      data.setData('text/plain', line.repeat(Math.ceil(size / line.length)).slice(0, size));
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, bytes);
  },
  /**
   * Types a short draft, then puts `bytes` of text in the box by another way than a paste
   * (text dropped on the box, an extension): the box's value changes, then an input event.
   */
  fillLarge: (bytes) => async (page) => {
    await textBox(page).fill(DRAFT);
    await textBox(page).evaluate((area, size) => {
      const line = 'The two sides agreed to deepen cooperation on trade and public health. ';
      area.value = line.repeat(Math.ceil(size / line.length)).slice(0, size);
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, bytes);
  },
  /** Opens a .txt file of `bytes` bytes of readout text. */
  openLarge: (name, bytes) => async (page) => {
    const line = 'The two sides agreed to deepen cooperation on trade and public health. ';
    const text = line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes);
    await page.getByLabel('Open a readout file').setInputFiles(file(name, text, 'text/plain'));
  },
  /** Chooses a file with "Open a readout file". */
  open: (name, content, mimeType = 'text/plain') => async (page) =>
    page.getByLabel('Open a readout file').setInputFiles(file(name, content, mimeType)),
  /** Drops a file on the "New document" panel. */
  drop: (name, content, mimeType = 'text/plain') => async (page) => {
    const data = await page.evaluateHandle(
      ([name, bytes, type]) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], name, { type }));
        return data;
      },
      [name, [...Buffer.from(content)], mimeType],
    );
    await page.getByRole('region', { name: 'New document' }).dispatchEvent('drop', { dataTransfer: data });
  },
  /** Imports a workspace file; `content` is a string or a function of the valid template. */
  importJson: (name, content) => async (page) =>
    page.getByLabel('Import JSON').setInputFiles(file(name, typeof content === 'function' ? JSON.stringify(content(clone(workspaceTemplate))) : content, 'application/json')),
  /** Imports a codebook file made from the valid template. */
  importCodebook: (name, change) => async (page) =>
    page.getByLabel('Import codebook').setInputFiles(file(name, JSON.stringify(change(clone(codebookTemplate))), 'application/json')),
  /** Opens the first theme's editor and changes one of its fields. */
  themeField: (label, value) => async (page) => {
    await page.getByRole('button', { name: /^Edit theme / }).first().click();
    await page.getByLabel(label).fill(value);
    await page.getByLabel(label).press('Tab');
  },
  /** Writes a note on the second sentence. */
  note: (value) => async (page) => {
    await sentences(page).nth(1).click();
    await page.getByLabel('Note').fill(value);
    await page.getByLabel('Note').press('Tab');
  },
};

/** Deterministic junk bytes; with `nul` false, high bytes only (no NUL, never valid UTF-8). */
function junk(size, nul) {
  const bytes = Buffer.alloc(size);
  let x = 2463534242;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = nul ? x & 0xff : 0x80 | (x & 0x7f);
  }
  if (nul) bytes[7] = 0;
  return bytes;
}

const firstDoc = (ws) => ws.documents[0];
const NOT_IMPORTED = (name, why) => new RegExp(`"${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" was not imported: .*${why}.*Your current work is unchanged`);

/**
 * The matrix. `alert`: the message the alert region must show (none when absent). `work`:
 * - "unchanged": the page shows the same and the downloaded workspace is identical;
 * - "added": the input became one new document, the labelled one is kept exactly;
 * - "themeEdited": a theme's name or description was edited on purpose, every document and
 *   every theme id and colour is kept exactly;
 * - "noteEdited": one note was edited on purpose, everything else of the document is kept.
 * `check`: what else must hold, e.g. that a payload is visible as text.
 * `answeredByRender`: the feed itself waits for the page's answer (typing has nothing to
 * count); otherwise "no message" is asserted once `<main>` counts the input as answered.
 */
const CASES = [
  {
    name: 'empty text: Annotate is disabled',
    feed: feed.type(''),
    answeredByRender: true,
    work: 'unchanged',
    check: async (page) => assert.equal(await annotateButton(page).isDisabled(), true),
  },
  {
    name: 'whitespace-only text (spaces, tabs, newlines, no-break and ideographic spaces): Annotate is disabled',
    feed: feed.type(' \n\t \u00a0\u3000 \r\n  '),
    answeredByRender: true,
    work: 'unchanged',
    check: async (page) => assert.equal(await annotateButton(page).isDisabled(), true),
  },
  { name: 'an empty .txt file opened', feed: feed.open('empty.txt', ''), alert: /"empty\.txt" is empty/, work: 'unchanged' },
  { name: 'an empty .txt file dropped', feed: feed.drop('empty.txt', ''), alert: /"empty\.txt" is empty/, work: 'unchanged' },
  { name: 'a whitespace-only .txt file', feed: feed.open('blank.txt', ' \r\n\t\r\n '), alert: /"blank\.txt" is empty/, work: 'unchanged' },
  {
    name: 'binary junk with NUL bytes in a .txt file',
    feed: feed.open('junk.txt', junk(4096, true)),
    alert: /"junk\.txt" is not a text file/,
    work: 'unchanged',
  },
  {
    name: 'binary junk without NUL bytes (not UTF-8) in a .txt file',
    feed: feed.open('photo.txt', junk(4096, false)),
    alert: /"photo\.txt" is not a text file/,
    work: 'unchanged',
  },
  {
    name: 'binary junk dropped as a .txt file',
    feed: feed.drop('junk.txt', junk(2048, true)),
    alert: /"junk\.txt" is not a text file/,
    work: 'unchanged',
  },
  {
    name: 'a Latin-1 .txt file is refused, naming the first byte that is not UTF-8',
    feed: feed.open('latin1.txt', Buffer.from('Caf\xe9 talks.', 'latin1')),
    alert: /"latin1\.txt" is not a text file the page can read: not UTF-8 text \(invalid byte 0xE9 at offset 3/,
    work: 'unchanged',
  },
  {
    name: 'broken UTF-8 inside an imported JSON file is refused, not replaced',
    feed: feed.importJson('broken.json', Buffer.concat([Buffer.from('{"format":"readout-annotations","version":1,"x":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')])),
    alert: /"broken\.json" is not a text file the page can read: not UTF-8 text \(invalid byte 0xC3 at offset 49/,
    work: 'unchanged',
  },
  {
    name: 'a UTF-16LE file with a byte-order mark opens as text',
    feed: feed.open('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Readout of the Call\n\nThe Président said 中国 is a partner. They agreed.\n', 'utf16le')])),
    work: 'added',
    check: async (page) => {
      await page.getByText('The Président said 中国 is a partner.').waitFor();
    },
  },
  {
    name: 'an emoji-only paste says no sentence was found and creates nothing',
    feed: feed.paste('😀🎉👍 🇨🇳🇮🇷\n\n✨'),
    alert: /No sentence found: the text has no words to annotate/,
    work: 'unchanged',
  },
  {
    name: 'a 10 MB paste is refused and the box keeps what it held',
    feed: feed.pasteLarge(10 * MB),
    alert: /This text is 10\.0 MB; the page handles up to 8 MB at once\. It was not put in the text box: split it into several documents\./,
    work: 'unchanged',
    check: async (page) => assert.equal(await textBox(page).inputValue(), DRAFT),
  },
  {
    name: 'a 50 MB paste is refused and the box keeps what it held',
    feed: feed.pasteLarge(50 * MB),
    alert: /This text is 50\.0 MB; the page handles up to 8 MB at once\. It was not put in the text box/,
    work: 'unchanged',
    check: async (page) => assert.equal(await textBox(page).inputValue(), DRAFT),
  },
  {
    name: '50 MB put in the box another way is taken out again, the draft kept',
    feed: feed.fillLarge(50 * MB),
    alert: /This text is 50\.0 MB; the page handles up to 8 MB at once\. It was not put in the text box/,
    work: 'unchanged',
    check: async (page) => {
      assert.equal(await textBox(page).inputValue(), DRAFT);
      assert.equal(await annotateButton(page).isDisabled(), false, 'the draft can still be annotated');
    },
  },
  {
    name: 'a 10 MB .txt file is refused',
    feed: feed.openLarge('big.txt', 10 * MB),
    alert: /This text is 10\.0 MB; the page handles up to 8 MB at once\. Split it into several documents\./,
    work: 'unchanged',
  },
  {
    name: 'invalid JSON',
    feed: feed.importJson('labels.json', 'this is not JSON {'),
    alert: NOT_IMPORTED('labels.json', 'JSON'),
    work: 'unchanged',
  },
  {
    name: 'truncated JSON',
    feed: async (page) => feed.importJson('cut.json', JSON.stringify(workspaceTemplate).slice(0, 900))(page),
    alert: NOT_IMPORTED('cut.json', 'JSON'),
    work: 'unchanged',
  },
  {
    name: "another format's JSON: a doccano line",
    feed: feed.importJson('doccano.json', JSON.stringify({ text: 'Xi Jinping spoke with Rouhani.', label: [[0, 10, 'TRADE']] })),
    alert: NOT_IMPORTED('doccano.json', 'not a readout-annotations file'),
    work: 'unchanged',
  },
  {
    name: 'another format\'s JSON: {"foo":1}',
    feed: feed.importJson('foo.json', '{"foo":1}'),
    alert: NOT_IMPORTED('foo.json', 'not a readout-annotations file'),
    work: 'unchanged',
  },
  {
    name: "another format's JSON: a Label Studio array",
    feed: feed.importJson('tasks.json', JSON.stringify([{ data: { text: 'x' }, annotations: [] }])),
    alert: NOT_IMPORTED('tasks.json', 'not an object'),
    work: 'unchanged',
  },
  {
    name: 'a codebook file given as a workspace',
    feed: async (page) => feed.importJson('codebook.json', JSON.stringify(codebookTemplate))(page),
    alert: NOT_IMPORTED('codebook.json', 'this is a readout-codebook file, not a readout-annotations file'),
    work: 'unchanged',
  },
  {
    name: 'a newer version (2)',
    feed: feed.importJson('v2.json', (ws) => ({ ...ws, version: 2 })),
    alert: NOT_IMPORTED('v2.json', 'version 2 is newer than this build'),
    work: 'unchanged',
  },
  {
    name: 'offsets past the end of the text',
    feed: feed.importJson('past-end.json', (ws) => {
      const doc = firstDoc(ws);
      doc.sentences.at(-1).end = Array.from(doc.text).length + 50;
      return ws;
    }),
    alert: NOT_IMPORTED('past-end.json', 'past the end of the text'),
    work: 'unchanged',
  },
  {
    name: "a sentence's text that does not match its offsets",
    feed: feed.importJson('moved.json', (ws) => {
      firstDoc(ws).sentences[0].text = 'Something else entirely.';
      return ws;
    }),
    alert: NOT_IMPORTED('moved.json', 'does not match'),
    work: 'unchanged',
  },
  {
    name: "a document text edited under its offsets",
    feed: feed.importJson('edited.json', (ws) => {
      firstDoc(ws).text = `Edited. ${firstDoc(ws).text}`;
      return ws;
    }),
    alert: NOT_IMPORTED('edited.json', 'does not match'),
    work: 'unchanged',
  },
  {
    name: 'an unknown theme id',
    feed: feed.importJson('theme.json', (ws) => {
      firstDoc(ws).sentences[0].themes = ['no-such-theme'];
      return ws;
    }),
    alert: NOT_IMPORTED('theme.json', 'theme "no-such-theme" is not in the codebook'),
    work: 'unchanged',
  },
  {
    name: 'duplicate sentence ids',
    feed: feed.importJson('dup.json', (ws) => {
      const s = firstDoc(ws).sentences;
      s[1].id = s[0].id;
      return ws;
    }),
    alert: NOT_IMPORTED('dup.json', 'is used by an earlier sentence'),
    work: 'unchanged',
  },
  {
    name: 'duplicate theme ids',
    feed: feed.importJson('dup-theme.json', (ws) => {
      ws.codebook.themes[1].id = ws.codebook.themes[0].id;
      return ws;
    }),
    alert: NOT_IMPORTED('dup-theme.json', 'the id is used by an earlier theme'),
    work: 'unchanged',
  },
  {
    name: 'an invalid colour name',
    feed: feed.importJson('colour.json', (ws) => {
      ws.codebook.themes[0].color = 'red';
      return ws;
    }),
    alert: NOT_IMPORTED('colour.json', 'invalid colour "red": expected #rrggbb'),
    work: 'unchanged',
  },
  {
    name: 'a CSS injection as a colour in a workspace',
    feed: feed.importJson('css.json', (ws) => {
      ws.codebook.themes[0].color = 'red;background:url(x)';
      return ws;
    }),
    alert: NOT_IMPORTED('css.json', 'invalid colour "red;background:url\\(x\\)"'),
    work: 'unchanged',
  },
  {
    name: 'a javascript: URL as a colour in a codebook',
    feed: feed.importCodebook('codebook.json', (cb) => {
      cb.themes[0].color = 'javascript:alert(1)';
      return cb;
    }),
    alert: /"codebook\.json" was not imported: .*invalid colour "javascript:alert\(1\)".*The codebook is unchanged/,
    work: 'unchanged',
  },
  {
    name: 'a CSS injection as a colour in a codebook',
    feed: feed.importCodebook('codebook.json', (cb) => {
      cb.themes[1].color = '#2a9d8f;background-image:url(https://example.com/x)';
      return cb;
    }),
    alert: /"codebook\.json" was not imported: .*invalid colour .*The codebook is unchanged/,
    work: 'unchanged',
  },
  {
    name: 'HTML and script in pasted text: a new document, shown as text',
    feed: feed.paste(`Readout of the Call ${XSS}\n\nThe President said <b>hello</b> to the Chancellor. ${XSS} They agreed.`),
    work: 'added',
    check: async (page) => {
      await page.getByText('<script>window.__pwned=1;alert(1)</script>').first().waitFor();
      const texts = await sentences(page).allTextContents();
      assert.ok(texts.some((t) => t.includes(XSS)), `a sentence shows the payload as text: ${texts.join(' | ')}`);
      assert.ok(texts.some((t) => t.includes('<b>hello</b>')));
    },
  },
  {
    name: 'HTML and script in a theme name',
    feed: feed.themeField('Theme name', `Sanctions ${XSS}`),
    work: 'themeEdited',
    check: async (page) => {
      const theme = page.locator('[data-theme-id]').first();
      assert.ok((await theme.textContent()).includes(`Sanctions ${XSS}`));
      // Its accessible name, as assistive technology computes it, starts with the name as text.
      const escaped = `Sanctions ${XSS}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      assert.equal(await page.getByRole('button', { name: new RegExp(`^${escaped}`) }).count(), 1);
    },
  },
  {
    name: 'HTML and script in a theme description',
    feed: feed.themeField('Theme description', XSS),
    work: 'themeEdited',
    check: async (page) => assert.equal(await page.locator('[data-theme-id]').first().getAttribute('title'), XSS),
  },
  {
    name: 'HTML and script in a note',
    feed: feed.note(`Quote: ${XSS}`),
    work: 'noteEdited',
    check: async (page) => {
      // Leave the sentence and come back: the note is kept, as text.
      await sentences(page).nth(4).click();
      await sentences(page).nth(1).click();
      assert.equal(await page.getByLabel('Note').inputValue(), `Quote: ${XSS}`);
      const ws = await download(page, 'Download JSON');
      assert.equal(firstDoc(ws).sentences[1].note, `Quote: ${XSS}`);
    },
  },
  {
    name: 'HTML in a file name',
    feed: feed.importJson('<img src=x onerror=alert(1)>.json', '{"foo":1}'),
    alert: NOT_IMPORTED('<img src=x onerror=alert(1)>.json', 'not a readout-annotations file'),
    work: 'unchanged',
  },
  {
    name: 'HTML in the name of a binary file',
    feed: feed.open('<script>alert(1)</script>.txt', junk(256, true)),
    alert: /"<script>alert\(1\)<\/script>\.txt" is not a text file/,
    work: 'unchanged',
  },
];

before(async () => {
  await env.ready;
  // The valid files the import cases corrupt: another sample than the work, labelled.
  const { context, page } = await openPage(env.browser, env.server.url);
  await startWork(page, OTHER_SAMPLE);
  workspaceTemplate = await download(page, 'Download JSON');
  codebookTemplate = await download(page, 'Export codebook');
  await context.close();
});

for (const row of CASES) {
  test(row.name, async () => {
    const { context, page, watch } = await openPage(env.browser, env.server.url);
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    await startWork(page);
    const screenBefore = await onScreen(page);
    const before = await download(page, 'Download JSON');
    const answeredBefore = await page.locator('main').evaluate((main) => ({
      handled: Number(main.dataset.inputsHandled),
      revision: Number(main.dataset.revision),
    }));

    await row.feed(page);

    // By CSS rather than by role: an empty alert region has no size, so Playwright's role
    // query (which skips invisible elements) would not find it when there is no message.
    const alert = page.locator('[role=alert]');
    if (row.alert) {
      await alert.filter({ hasText: row.alert }).waitFor({ timeout: 10_000 });
    } else {
      // No message, asserted once the page has answered: it counts the inputs it answered
      // (documents added, files refused) and the workspace changes on <main>.
      if (!row.answeredByRender) {
        await page.waitForFunction(
          ({ handled, revision }) => {
            const main = document.querySelector('main');
            return Number(main.dataset.inputsHandled) > handled || Number(main.dataset.revision) > revision;
          },
          answeredBefore,
        );
      }
      assert.equal((await alert.textContent()).trim(), '', 'no error message');
    }
    await row.check?.(page);

    const after = await download(page, 'Download JSON');
    const withoutNotes = (doc) => ({ ...doc, sentences: doc.sentences.map(({ note, ...rest }) => rest) });
    switch (row.work) {
      case 'unchanged':
        assert.deepEqual(await onScreen(page), screenBefore, 'the page shows the same work');
        assert.deepEqual(after, before, 'the workspace is unchanged');
        break;
      case 'added':
        assert.equal(after.documents.length, before.documents.length + 1, 'one new document');
        assert.deepEqual(after.documents.find((d) => d.id === before.documents[0].id), before.documents[0], 'the labelled document is kept');
        assert.deepEqual(after.codebook, before.codebook);
        break;
      case 'themeEdited':
        assert.deepEqual(after.documents, before.documents, 'every document is kept');
        assert.deepEqual(after.codebook.themes.map((t) => [t.id, t.color]), before.codebook.themes.map((t) => [t.id, t.color]));
        break;
      case 'noteEdited':
        assert.deepEqual(after.documents.map(withoutNotes), before.documents.map(withoutNotes), 'everything but the note is kept');
        assert.deepEqual(after.codebook, before.codebook);
        break;
      default:
        assert.fail(`unknown work expectation ${row.work}`);
    }

    // Nothing was executed or inserted as markup, anywhere in the page.
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.equal(await page.locator('body img, body script, body iframe, body object').count(), 0, 'no markup inserted');
    assert.equal(await page.locator('[style*="url("], [style*="javascript:"]').count(), 0, 'no style injected');
    assert.deepEqual(watch.errors, [], `console errors: ${watch.errors.join('\n')}`);
    assert.deepEqual(watch.requests, [], 'no network request after load');
    await context.close();
  });
}
