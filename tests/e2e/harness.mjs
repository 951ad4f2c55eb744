// Shared set-up for the end-to-end tests: serve dist/ on loopback, launch Debian's Chromium,
// and record console errors and every network request the page makes.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'target', 'screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves dist/ on 127.0.0.1 at a free port; resolves to { url, close }. */
export async function serveDist() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(DIST, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Launches headless Chromium the way this machine allows (no sandbox as root, no background traffic). */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens the page in a fresh context and watches it: `errors` collects console errors and
 * uncaught exceptions, `requests` every URL requested after `markLoaded()`.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const watch = { errors: [], requests: [], loaded: false };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.errors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.errors.push(String(err)));
  page.on('request', (req) => {
    if (watch.loaded && !req.url().startsWith('blob:') && !req.url().startsWith('data:')) {
      watch.requests.push(req.url());
    }
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  watch.loaded = true;
  return { context, page, watch };
}

/** Writes a full-page screenshot to target/screenshots/NAME.png and returns its path. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Runs axe-core in the page; returns every violation, of any impact, one line each. */
export async function axeViolations(page) {
  const axeSource = await readFile(join(import.meta.dirname, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => await globalThis.axe.run(document));
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/**
 * Serves dist/ and launches Chromium before a test file's tests, and closes both after.
 * Returns the object whose `server` and `browser` the tests use once the hooks have run; a
 * file's own `before` hook awaits `ready` first, since root hooks may start together.
 */
export function serveAndLaunch() {
  let started;
  const env = { server: undefined, browser: undefined, ready: new Promise((ok) => { started = ok; }) };
  before(async () => {
    env.server = await serveDist();
    env.browser = await launchBrowser();
    started();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
