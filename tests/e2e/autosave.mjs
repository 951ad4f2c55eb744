// Waiting on the page's autosave: on what it reports, never on a time.

/**
 * Runs `action` (one change), then waits until the page has saved it: `<main>` shows the
 * revision on screen and the last revision saved.
 */
export async function andAutosaved(page, action) {
  const before = Number(await page.locator('main').getAttribute('data-revision'));
  await action();
  await page.waitForFunction((before) => {
    const main = document.querySelector('main');
    const revision = Number(main.dataset.revision);
    return revision > before && String(revision) === main.dataset.savedRevision;
  }, before);
}

/** Reloads and waits until the autosave has been read. */
export async function reloadRestored(page) {
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('restore-done').length > 0);
}

/** Waits until every change on screen, and which document is open, has been saved. */
export async function allSaved(page) {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return (
      main.dataset.revision !== '0' &&
      main.dataset.revision === main.dataset.savedRevision &&
      main.dataset.open === main.dataset.savedOpen
    );
  });
}
