// The Content-Security-Policy is strict: no inline script runs unless its hash is pinned (by
// scripts/csp-hash.py at build time), nothing is loaded from another origin, and the page
// still starts under it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, serveAndLaunch } from './harness.mjs';

const env = serveAndLaunch();

/** The built page's policy as a map from directive name to its list of sources. */
function policyOf(html) {
  const meta = html.match(/<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>/i);
  assert.ok(meta, 'index.html has a CSP <meta>');
  const content = meta[0].match(/content="([^"]*)"/)[1];
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

/**
 * Opens the page in a fresh context that records CSP violations from the first script on
 * (openPage cannot add an init script before its navigation), plus console errors.
 */
async function openWatched() {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(env.server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page, errors };
}

test('the built policy forbids inline scripts except the pinned ones, and remote origins', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const policy = policyOf(html);
  const scriptSrc = policy.get('script-src');
  assert.ok(scriptSrc, 'script-src is set');
  assert.ok(!scriptSrc.includes("'unsafe-inline'"), `script-src: ${scriptSrc.join(' ')}`);
  assert.ok(!scriptSrc.includes("'unsafe-eval'"), 'no eval (wasm has its own keyword)');
  assert.ok(!scriptSrc.includes('INLINE_SCRIPT_HASHES'), 'the build replaced the placeholder');
  assert.deepEqual(policy.get('default-src'), ["'self'"]);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'none'"]);
  assert.deepEqual(policy.get('form-action'), ["'none'"]);
  assert.deepEqual(policy.get('connect-src'), ["'self'"]);
  // Only keywords, hashes and the data:/blob: schemes (images, downloads): no host, no wildcard.
  for (const [name, sources] of policy) {
    for (const source of sources) {
      assert.match(source, /^('[a-z-]+'|'sha256-[A-Za-z0-9+/=]+'|data:|blob:)$/, `${name} ${source}`);
    }
  }
  // Every inline script of the page is pinned by its hash (or it would not run).
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs));
  assert.ok(inline.length >= 1, 'Trunk injects its start-up script inline');
  for (const [, , text] of inline) {
    const hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    assert.ok(scriptSrc.includes(hash), `inline script pinned as ${hash}`);
  }
});

test('the page starts under the policy with no violation and no console error', async () => {
  const { context, page, errors } = await openWatched();
  // The heading is drawn by the wasm, so it ran; opening a sample exercises it further.
  await page.getByRole('button', { name: /^Open sample:/ }).first().click();
  await page.locator('[data-sentence-id]').first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, [], `console errors (a CSP violation logs one): ${errors.join('\n')}`);
  await context.close();
});

test('an injected inline script is blocked', async () => {
  const { context, page, errors } = await openWatched();
  // addScriptTag inserts a real inline <script>, which the policy governs (unlike evaluate,
  // which runs through the DevTools protocol); Playwright reports the refusal as a rejection.
  await assert.rejects(page.addScriptTag({ content: 'window.__pwned = 1;' }), /Content Security Policy/);
  await page.waitForFunction(() => window.__violations.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), ['script-src-elem inline']);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // The browser reports the refusal as a console error: that one, and nothing else.
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], /Content Security Policy/);
  await context.close();
});
