import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';
import { serveLoopbackPage } from '../support/loopbackPage';
import { shownStep } from '../support/widget';

const INITIAL_HEIGHT = 150;

/** A plain page on another origin that embeds `src` the way the Embed snippet does. */
function hostPage(src: string): string {
  return `<!doctype html><meta charset="utf-8"><title>Course notes</title><h1>My course notes</h1>
<iframe id="w" src="${src}" title="Socket Lab widget" width="100%" height="${INITIAL_HEIGHT}" style="border:0"></iframe>
<script>addEventListener('message',function(e){var d=e.data;if(!d||d.type!=='socket-lab:height')return;
document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+'px'})})</script>`;
}

for (const widget of ['polling', 'long-polling', 'streaming', 'websocket']) {
  test(`/embed/${widget} renders alone in an iframe, sizes itself and opens at the step in its URL`, async ({ page, baseURL }) => {
    const errors = collectConsoleErrors(page);
    // The host page lives on another origin (another loopback port), served from loopback for real: Chromium's
    // Local Network Access checks stop a page of unknown (or public) address from framing a loopback one. It is
    // not one of the site's pages, whose CSP would refuse its inline listener and the frame.
    const host = await serveLoopbackPage(hostPage(`${baseURL}/embed/${widget}?step=4`));
    try {
      await page.goto(host.url);
      const frame = page.frameLocator('#w');
      await expect(frame.locator('.lesson-widget')).toBeVisible();
      await expect(frame.locator('.site-header')).toHaveCount(0);
      await expect.poll(() => shownStep(frame)).toBe(4);
      await expect
        .poll(async () => page.locator('#w').evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height))
        .toBeGreaterThan(INITIAL_HEIGHT * 2);
      expect(errors).toEqual([]);
    } finally {
      await host.close();
    }
  });
}

test('embed knobs from the URL apply, and the Embed button yields a snippet for the current state', async ({ page, context }) => {
  await page.goto('/embed/polling?intervalMs=250&step=3');
  await expect.poll(() => shownStep(page)).toBe(3);
  await expect(page.getByLabel('Poll interval')).toHaveValue('250');
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.locator('dialog textarea').inputValue();
  expect(snippet).toContain('/embed/polling?intervalMs=250&amp;step=3');
  expect(snippet).toContain('<iframe');
  await context.close();
});

test('malformed and script-bearing parameters fall back to defaults, show a notice, and never become markup', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const query = new URLSearchParams({
    mode: '<script>alert(1)</script>',
    latencyMs: '" onload="alert(2)',
    theme: 'javascript:alert(3)',
    '<img src=x onerror=alert(4)>': '1',
    step: '2',
  });
  await page.goto(`/embed/streaming?${query}`);
  await expect.poll(() => shownStep(page)).toBe(2);
  const notice = page.getByRole('status').filter({ hasText: 'Ignored' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('mode');
  const html = await page.content();
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('onload="alert');
  expect(html).not.toContain('javascript:alert');
  expect(html).not.toContain('<img src=x');
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBeNull();
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

// Issue 14: these embeds open on the run computed at build time, and load their simulator only for other knobs.
const RUNNER = /(webSocket|sockets|stomp|realtime)Simulate|run(WebSocket|Sockets|Stomp|SockJs|SocketIo)\./;
for (const [widget, knob] of [['websocket', 'payloadBytes=300'], ['sockets', 'messageCount=3'], ['stomp', 'messages=5'], ['socketio', 'payloadBytes=300'], ['sockjs', 'payloadBytes=300']] as const) {
  test(`/embed/${widget} opens on the build-time run without its simulator, and runs it in the browser for ${knob}`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const runners: string[] = [];
    page.on('request', (request) => {
      if (RUNNER.test(request.url())) runners.push(request.url());
    });
    await page.goto(`/embed/${widget}?step=4`);
    await expect.poll(() => shownStep(page)).toBe(4);
    await page.waitForLoadState('networkidle');
    expect(runners).toEqual([]);
    await page.goto(`/embed/${widget}?${knob}&step=5`);
    await expect.poll(() => runners.length).toBeGreaterThan(0);
    await expect.poll(() => shownStep(page)).toBe(5);
    expect(errors).toEqual([]);
  });
}
