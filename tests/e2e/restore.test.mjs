// Restoring a damaged autosave record by record, and losing the store to another page.
// The damaged stores are built here by writing IndexedDB directly, as a stray script or a
// broken browser profile would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, screenshot, serveAndLaunch } from './harness.mjs';
import { andAutosaved, reloadRestored } from './autosave.mjs';

const env = serveAndLaunch();

const sentences = (page) => page.locator('[data-sentence-id]');
const documentItems = (page) =>
  page.getByRole('list').filter({ has: page.getByRole('button', { name: /Remove document/ }) }).getByRole('listitem');

/** Opens three samples, labels the first sentence of each, and waits for the save. */
async function threeLabelledDocuments(page) {
  const samples = page.getByRole('button', { name: /^Open sample:/ });
  for (const i of [0, 1, 2]) {
    await samples.nth(i).click();
    await sentences(page).first().click();
    await andAutosaved(page, () => page.keyboard.press(String(i + 1)));
  }
}

/** Every record of an object store of the page's database, as { key: value }. */
function readStore(page, store) {
  return page.evaluate(
    (store) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('readout-annotator');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store);
          const keys = tx.objectStore(store).getAllKeys();
          const values = tx.objectStore(store).getAll();
          tx.oncomplete = () => {
            db.close();
            ok(Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]])));
          };
        };
      }),
    store,
  );
}

/** Puts (value a string) or deletes (value null) records of the workspace store. */
function writeRecords(page, changes) {
  return page.evaluate(
    (changes) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('readout-annotator');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('workspace', 'readwrite');
          const store = tx.objectStore('workspace');
          for (const [key, value] of Object.entries(changes)) {
            if (value === null) store.delete(key);
            else store.put(value, key);
          }
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    changes,
  );
}

/** Each damage takes the stored records and the id of the document to damage. */
const DAMAGES = {
  'a snapshot cut short': (records, id) => ({ [`doc:${id}`]: records[`doc:${id}`].slice(0, records[`doc:${id}`].length / 2) }),
  'an impossible offset': (records, id) => {
    const snapshot = JSON.parse(records[`doc:${id}`]);
    snapshot.sentences[0][2] = 0;
    snapshot.sentences[0][3] = 99999999;
    return { [`doc:${id}`]: JSON.stringify(snapshot) };
  },
  'its text missing': (_records, id) => ({ [`text:${id}`]: null }),
  'an unknown theme': (records, id) => {
    const snapshot = JSON.parse(records[`doc:${id}`]);
    snapshot.sentences[0][5] = ['no-such-theme'];
    return { [`doc:${id}`]: JSON.stringify(snapshot) };
  },
};

for (const [damage, damageOf] of Object.entries(DAMAGES)) {
  test(`one document with ${damage}: the other two restore, it is set aside and kept`, async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await threeLabelledDocuments(page);
    const records = await readStore(page, 'workspace');
    const order = JSON.parse(records.order);
    assert.equal(order.length, 3);
    const victim = order[1];
    const changes = damageOf(records, victim);
    await writeRecords(page, changes);
    const damagedRecords = await readStore(page, 'workspace');

    await reloadRestored(page);
    const alert = page.getByRole('alert').filter({ hasText: 'set aside' });
    await alert.getByText('Restored 2 documents; 1 damaged document set aside').waitFor();
    assert.equal(await documentItems(page).count(), 2);
    // Both intact documents come back with their labels.
    for (const i of [0, 1]) {
      await documentItems(page).nth(i).getByRole('button').first().click();
      assert.notEqual(await sentences(page).first().getAttribute('data-themes'), '');
    }
    // The damaged record is offered as a download, raw.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download the set-aside records' }).click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(file.set_aside.length, 1);
    assert.equal(file.set_aside[0].document, victim);
    for (const key of [`text:${victim}`, `doc:${victim}`]) {
      assert.equal(file.set_aside[0].records[key], damagedRecords[key], key);
    }
    if (damage === 'a snapshot cut short') await screenshot(page, 'restore-set-aside-1400');

    // An edit saves; after a reload the intact documents are still there and the damaged
    // records are still kept, untouched.
    await sentences(page).nth(1).click();
    await andAutosaved(page, () => page.keyboard.press('4'));
    await reloadRestored(page);
    assert.equal(await documentItems(page).count(), 2);
    await page.getByRole('status').getByText('1 damaged autosave record from an earlier visit is kept aside').waitFor();
    const aside = Object.values(await readStore(page, 'set-aside')).map((v) => JSON.parse(v));
    assert.equal(aside.length, 1);
    assert.equal(aside[0].document, victim);
    for (const key of [`text:${victim}`, `doc:${victim}`]) {
      assert.equal(aside[0].records[key], damagedRecords[key], key);
    }
    const order2 = JSON.parse((await readStore(page, 'workspace')).order);
    assert.deepEqual(order2, [order[0], order[2]]);
    await context.close();
  });
}

test('the document list not JSON: every document is recovered from the records present', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await threeLabelledDocuments(page);
  await writeRecords(page, { order: '["not json' });
  await reloadRestored(page);
  const alert = page.getByRole('alert').filter({ hasText: 'set aside' });
  await alert.getByText(/Restored 3 documents; 0 damaged documents set aside; the list of documents was damaged and was rebuilt/).waitFor();
  assert.equal(await documentItems(page).count(), 3);
  for (const i of [0, 1, 2]) {
    await documentItems(page).nth(i).getByRole('button').first().click();
    assert.notEqual(await sentences(page).first().getAttribute('data-themes'), '');
  }
  await sentences(page).nth(1).click();
  await andAutosaved(page, () => page.keyboard.press('4'));
  await reloadRestored(page);
  assert.equal(await documentItems(page).count(), 3);
  const aside = Object.values(await readStore(page, 'set-aside')).map((v) => JSON.parse(v));
  assert.deepEqual(aside.map((a) => a.records.order), ['["not json']);
  await context.close();
});

test('the set-aside message on a phone', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await threeLabelledDocuments(page);
  await page.setViewportSize({ width: 390, height: 844 });
  const records = await readStore(page, 'workspace');
  const victim = JSON.parse(records.order)[1];
  await writeRecords(page, DAMAGES['an unknown theme'](records, victim));
  await reloadRestored(page);
  const alert = page.getByRole('alert').filter({ hasText: 'set aside' });
  await alert.getByText('Restored 2 documents; 1 damaged document set aside').waitFor();
  await alert.scrollIntoViewIfNeeded();
  await screenshot(page, 'restore-set-aside-390');
  await context.close();
});

test('another page deletes the database: saving stops, the user is told and can download', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  await sentences(page).first().click();
  await andAutosaved(page, () => page.keyboard.press('2'));
  const themes = await sentences(page).first().getAttribute('data-themes');
  const outcome = await page.evaluate(
    () =>
      new Promise((ok) => {
        const request = indexedDB.deleteDatabase('readout-annotator');
        request.onsuccess = () => ok('deleted');
        request.onerror = () => ok('failed');
        request.onblocked = () => ok('blocked');
      }),
  );
  // The page closed its connection on `versionchange`, so the delete was never blocked.
  assert.equal(outcome, 'deleted');
  const alert = page.getByRole('alert').filter({ hasText: 'Storage was cleared by another page' });
  await alert.getByText('Storage was cleared by another page; your work is still here — download it').waitFor();
  await screenshot(page, 'storage-cleared');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download the workspace' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.documents.length, 1);
  assert.ok(file.documents[0].sentences[0].themes.length > 0, themes);
  // The work stays on screen and can go on; nothing recreates the deleted database.
  await sentences(page).nth(1).click();
  await page.keyboard.press('3');
  assert.notEqual(await sentences(page).nth(1).getAttribute('data-themes'), '');
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  assert.deepEqual(names, []);
  await context.close();
});
