/**
 * Every page passes its own Content-Security-Policy in Chromium: no
 * `securitypolicyviolation` event and no console error while it loads, its
 * widgets hydrate and a step is played; the live panel still connects (to the
 * server, and to the msw mock when only files are served); embeds frame into
 * another origin and other pages refuse to.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { siteHandler } from '../../server/siteHandler';
import { collectConsoleErrors } from '../support/consoleErrors';
import { recordViolations, scrollThrough, violations } from '../support/cspViolations';
import { serveLoopbackPage, type LoopbackPage } from '../support/loopbackPage';
import { distDir, sitePagePaths } from '../support/sitePagePaths';

const pages = sitePagePaths();

test('the build has pages to check', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/embed/polling');
  expect(pages.length).toBeGreaterThanOrEqual(17);
});

test('an injected inline script and style are refused, and the test sees it', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/polling');
  const ran = await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red }';
    document.head.append(style);
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "ran"';
    document.body.append(script);
    return document.body.dataset.injected ?? 'refused';
  });
  expect(ran).toBe('refused');
  await expect.poll(async () => (await violations(page)).map((v) => v.directive).sort()).toEqual(['script-src-elem', 'style-src-elem']);
});

// Besides every page: an embed switched to Korean and the dark theme at run time, and the 404 page.
for (const path of [...pages, '/embed/websocket?lang=ko&theme=dark', '/embed/compare?lang=ko', '/no-such-page']) {
  test(`${path} passes its CSP with no violation, hydrated and played`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await recordViolations(page);
    const answer = await page.goto(path);
    expect(answer!.headers()['content-security-policy']).toContain("script-src 'self'");
    await scrollThrough(page);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    // Play a step on every player the page has.
    for (const button of await page.locator('.player button[aria-keyshortcuts="ArrowRight"]').all()) {
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await button.click();
    }
    // The Embed dialog renders the snippet (with its style attribute) as text, never as markup.
    const embed = page.getByRole('button', { name: 'Embed', exact: true }).first();
    if ((await embed.count()) > 0) {
      await embed.click();
      await expect(page.locator('dialog textarea')).toBeVisible();
      await page.keyboard.press('Escape');
    }
    // A terminal (xterm) writes its own style elements once it is in view: bring it there and wait for it.
    const terminalHost = page.locator('[data-csp-runtime-styles]').first();
    if ((await terminalHost.count()) > 0) {
      await terminalHost.scrollIntoViewIfNeeded();
      await expect(page.locator('.xterm').first()).toBeAttached({ timeout: 10_000 });
    }
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
    // The missing page's own status is the one error its console should show.
    expect(errors.filter((error) => !(path === '/no-such-page' && error.includes('status of 404')))).toEqual([]);
  });
}

test('the terminal session connects to the echo server under the CSP', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await recordViolations(page);
  await page.goto('/terminal');
  await expect(page.locator('.xterm')).toBeAttached({ timeout: 10_000 });
  await expect(page.locator('.terminal-session .status[data-status="open"]')).toBeVisible({ timeout: 10_000 });
  await page.locator('.terminal-session input').fill('hello under a policy');
  await page.locator('.terminal-session input').press('Enter');
  await expect(page.locator('.terminal-session [role="log"]')).toContainText('hello under a policy');
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the live panel connects over WebSocket and fetch under the CSP', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await recordViolations(page);
  await page.goto('/live');
  await expect(page.locator('astro-island:not([ssr])').first()).toBeAttached();
  for (const label of [/^WebSocket/, /^Server-Sent Events/, /^Polling/]) {
    await page.getByRole('radio', { name: label }).check();
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByText('Connected to the live server.')).toBeVisible();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.locator('[data-figure="measured"]').first()).not.toHaveText('—', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByText('You disconnected.')).toBeVisible();
  }
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test.describe('with only the static site served (no live endpoints), headers included', () => {
  let server: Server;
  let base = '';
  test.beforeAll(async () => {
    const serve = siteHandler(distDir);
    server = createServer((req, res) => serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('the msw fallback registers its service worker and works under the CSP', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await recordViolations(page);
    const answer = await page.goto(`${base}/live`);
    expect(answer!.headers()['content-security-policy']).toContain("worker-src 'self'");
    await expect(page.locator('astro-island:not([ssr])').first()).toBeAttached();
    for (const label of [/^Polling/, /^WebSocket/]) {
      await page.getByRole('radio', { name: label }).check();
      await page.getByRole('button', { name: 'Connect' }).click();
      await expect(page.getByText('Connected to the in-browser mock.')).toBeVisible();
      await page.getByRole('button', { name: 'Send' }).click();
      await expect(page.locator('[data-figure="measured"]').first()).not.toHaveText('—', { timeout: 10_000 });
      await page.getByRole('button', { name: 'Disconnect' }).click();
    }
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('framing from another origin', () => {
  let host: LoopbackPage | undefined;
  test.afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  /** Frames `src` in a page served from another loopback origin; reads the frame's URL as it commits. */
  async function frameFromElsewhere(page: Page, src: string): Promise<() => string> {
    host = await serveLoopbackPage(`<!doctype html><meta charset="utf-8"><title>Course notes</title><iframe id="w" src="${src}" width="800" height="600"></iframe>`);
    await page.goto(host.url);
    return () => page.frames().find((f) => f !== page.mainFrame())?.url() ?? '';
  }

  const embeds = pages.filter((path) => path.startsWith('/embed/'));
  test('the build has embeds', () => expect(embeds.length).toBeGreaterThanOrEqual(5));

  for (const path of embeds) {
    test(`${path} loads inside a cross-origin iframe`, async ({ page, baseURL }) => {
      const errors = collectConsoleErrors(page);
      const src = `${baseURL!.replace('127.0.0.1', 'localhost')}${path}?step=3`;
      const framedUrl = await frameFromElsewhere(page, src);
      await expect.poll(framedUrl).toBe(src);
      await expect(page.frameLocator('#w').locator('.lesson-widget, .compare-widget, main').first()).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  for (const path of ['/', '/polling', '/frame-lab', '/live', '/terminal', '/no-such-page']) {
    test(`${path} refuses to load inside a cross-origin iframe`, async ({ page, baseURL }) => {
      const errors = collectConsoleErrors(page);
      const framedUrl = await frameFromElsewhere(page, `${baseURL!.replace('127.0.0.1', 'localhost')}${path}`);
      // Chromium replaces a frame its policy refuses with its own error page, and says which directive refused it.
      await expect.poll(framedUrl).toMatch(/^chrome-error:/);
      await expect.poll(() => errors.join('\n')).toContain("frame-ancestors 'none'");
    });
  }
});
