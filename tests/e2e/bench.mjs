// Browser benchmark (not a test): `make bench-page`. Serves the release build, drives Debian's
// headless Chromium, and prints medians of the figures the design budgets, read from the page's
// own User Timing measures where the page records them, so DevTools shows the same numbers.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT, DIST, serveDist, launchBrowser } from './harness.mjs';
import { allSaved } from './autosave.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (x) => `${(x / 1048576).toFixed(1)} MB`;

/** Readouts from seeds/ repeated (with a counter, so texts differ) up to `bytes`. */
async function corpus(bytes) {
  const files = (await readdir(join(ROOT, 'seeds'))).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(files.map((f) => readFile(join(ROOT, 'seeds', f), 'utf8')));
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = `${texts[i % texts.length].trim()}\n\n(${i})\n\n`;
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  return parts.join('');
}

/** Sums the resident memory of the browser's renderer processes, in bytes. */
async function rendererMemory(browser) {
  const { readFile: rf } = await import('node:fs/promises');
  const root = browser.process?.()?.pid;
  let total = 0;
  for (const pid of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = await rf(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer')) continue;
      // Private memory (what Chrome's task manager calls the memory footprint), not RSS,
      // which also counts libraries shared with every other Chromium process.
      const rollup = await rf(`/proc/${pid}/smaps_rollup`, 'utf8');
      for (const m of rollup.matchAll(/^Private_(?:Clean|Dirty):\s+(\d+) kB/gm)) total += Number(m[1]) * 1024;
    } catch {
      // The process ended meanwhile.
    }
  }
  return root === undefined ? total : total;
}

async function newPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page };
}

/** Pastes `text` and presses Annotate; resolves to ms until the sentences are painted. */
async function annotate(page, text) {
  await page.evaluate((t) => {
    const area = document.querySelector('textarea[aria-label="Readout text"]');
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, text);
  await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Annotate' && !b.disabled));
  return page.evaluate(async () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Annotate');
    const t0 = performance.now();
    button.click();
    while (!document.querySelector('[data-sentence-id]')) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  });
}

/** Presses `key` (with modifiers) on the focused sentence; ms until the change is painted. */
async function keyToPaint(page, key, options = {}) {
  return page.evaluate(async ({ key, options }) => {
    const target = document.activeElement ?? document.body;
    const done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(document.querySelector('[role=listbox]'), { attributes: true, subtree: true, attributeFilter: ['data-themes'] });
    });
    const t0 = performance.now();
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options }));
    return (await done) - t0;
  }, { key, options });
}

const browser = await launchBrowser();
const server = await serveDist();
const report = new Proxy({}, {
  set(target, key, value) {
    target[key] = value;
    console.log(`${String(key).padEnd(52)} ${value}`);
    return true;
  },
});

// Transfer size.
let gz = 0;
for (const f of await readdir(DIST)) {
  if (/\.(wasm|js|css|html)$/.test(f)) gz += gzipSync(await readFile(join(DIST, f)), { level: 9 }).length;
}
report['transfer (gzip -9, html+wasm+js+css)'] = `${(gz / 1024).toFixed(1)} KB`;

// Load to interactive.
const loads = [];
const paints = [];
for (let i = 0; i < RUNS; i++) {
  const { context, page } = await newPage(browser, server.url);
  loads.push(await page.evaluate(() => performance.getEntriesByName('app-interactive')[0]?.startTime ?? performance.now()));
  paints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
  await context.close();
}
report['first contentful paint (median)'] = ms(median(paints));
report['load → interactive (median)'] = ms(median(loads));

for (const size of [100 * 1024, 1024 * 1024, 5 * 1024 * 1024]) {
  const text = await corpus(size);
  const times = [];
  let memory;
  for (let i = 0; i < (size > 2e6 ? Math.min(RUNS, 3) : RUNS); i++) {
    const { context, page } = await newPage(browser, server.url);
    times.push(await annotate(page, text));
    if (i === 0) {
      // Steady state, not the paste's garbage: collect before reading memory.
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      memory = await page.evaluate(() => ({
        sentences: document.querySelectorAll('[data-sentence-id]').length,
        nodes: document.getElementsByTagName('*').length,
        wasm: window.__wasm?.memory?.buffer?.byteLength ?? NaN,
      }));
      memory.renderer = await rendererMemory(browser);
      memory.jsHeap = heap.usedSize;
      const total = await page.evaluate(() => window.__sentenceTotal?.() ?? null);
      if (total !== null) memory.total = total;
    }
    await context.close();
  }
  const label = `${(size / 1024).toFixed(0)} KB`;
  report[`annotate ${label} → on screen (median)`] = ms(median(times));
  report[`memory at ${label}`] = `renderer ${mb(memory.renderer)}, JS heap ${mb(memory.jsHeap)}, wasm ${mb(memory.wasm)}, DOM ${memory.nodes} elements, ${memory.sentences} sentence rows`;
}

// Labelling in a workspace of about 10,000 sentences.
{
  const text = await corpus(1024 * 1024);
  const { context, page } = await newPage(browser, server.url);
  await annotate(page, text);
  const count = await page.evaluate(() => document.querySelector('[role=listbox]').dataset.total ?? document.querySelectorAll('[data-sentence-id]').length);
  const sentence = page.locator('[data-sentence-id]').nth(3);
  await sentence.click();
  const one = [];
  for (let i = 0; i < RUNS * 2; i++) one.push(await keyToPaint(page, '1'));
  report[`toggle theme, 1 sentence of ${count} (median)`] = ms(median(one));
  const undo = [];
  for (let i = 0; i < RUNS * 2; i++) undo.push(await keyToPaint(page, 'z', { ctrlKey: true }));
  report['undo (median)'] = ms(median(undo));
  await page.locator('[data-sentence-id]').nth(3).click();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+j');
  const shiftJ = [];
  for (let i = 0; i < RUNS * 2; i++) {
    shiftJ.push(await page.evaluate(async () => {
      const t0 = performance.now();
      document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'J', shiftKey: true, bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => r()));
      return performance.now() - t0;
    }));
  }
  report['extend selection by one (shift+j, median)'] = ms(median(shiftJ));
  // Select 500 sentences from the keyboard (rows far from the viewport are not in the DOM).
  await page.locator('[data-sentence-id]').nth(3).click();
  for (let i = 0; i < 499; i++) await page.keyboard.press('Shift+j');
  const selected = await page.evaluate(() => {
    // Count from the state the page shows: the details panel's heading names the selection.
    const heading = document.getElementById('details-heading')?.textContent ?? '';
    return Number(/^(\d+) sentences selected/.exec(heading)?.[1] ?? 1);
  });
  const many = [];
  for (let i = 0; i < RUNS * 2; i++) many.push(await keyToPaint(page, '2'));
  report[`toggle theme, ${selected} selected sentences (median)`] = ms(median(many));
  // Autosave runs 300 ms after the last change: each toggle waits until it is saved.
  for (let i = 0; i < RUNS; i++) {
    await keyToPaint(page, '3');
    await allSaved(page);
  }
  const saves = await page.evaluate(() => performance.getEntriesByName('autosave').map((e) => e.duration));
  report[`autosave (median of ${saves.length})`] = ms(median(saves));
  const longTasks = await page.evaluate(() => window.__longTasks);
  report['main-thread tasks over 50 ms (all, incl. parsing)'] = `${longTasks.length}, longest ${ms(Math.max(0, ...longTasks))}`;
  await context.close();
}

await browser.close();
await server.close();
