import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from '../support/consoleErrors';

// Assertions read the DOM's text, never pixels: they pass whether or not the machine has a Korean font.
const HANGUL = /[\uAC00-\uD7A3]/;

/** The step number the Korean readout shows ("단계 12 / 340" → 12). */
async function shownKoreanStep(page: Page): Promise<number> {
  const text = await page.locator('.readout').first().innerText();
  const match = /단계\s+([\d,]+)\s*\/\s*([\d,]+)/.exec(text);
  if (!match) throw new Error(`no Korean step in readout: ${text}`);
  return Number(match[1]!.replace(/,/g, ''));
}

test.describe('embeds in Korean (?lang=ko)', () => {
  test('/embed/polling?lang=ko shows Korean knobs, narrates steps in Korean and keeps lang=ko in its snippet', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/embed/polling?lang=ko');
    await expect(page.getByLabel('폴링 간격')).toBeVisible();
    await expect(page.getByLabel('단방향 지연 시간')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('.embed-footer')).toContainText('전체 레슨 열기');
    await expect(page).toHaveTitle('Socket Lab: 폴링');

    await page.locator('.player-region').first().focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => shownKoreanStep(page)).toBe(3);
    const narration = page.locator('.narration');
    await expect(narration).toContainText(/클라이언트|서버/);
    expect(await narration.innerText()).toMatch(HANGUL);
    await expect(page.locator('.metrics-table, table').first()).toContainText('요청 수');

    await page.getByRole('button', { name: '임베드' }).click();
    const snippet = await page.locator('dialog textarea').inputValue();
    expect(snippet).toContain('/embed/polling?step=3&amp;lang=ko');
    expect(snippet).toContain('Socket Lab: 폴링');
    expect(errors).toEqual([]);
  });

  test('/embed/websocket?lang=ko&step=5 opens at step 5 in Korean, knobs and field meanings included', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/embed/websocket?lang=ko&step=5');
    await expect(page.getByLabel('장애 주입')).toBeVisible();
    await expect(page.getByLabel('종료하는 쪽')).toBeVisible();
    await expect.poll(() => shownKoreanStep(page)).toBe(5);
    const narration = page.locator('.narration');
    expect(await narration.innerText()).toMatch(HANGUL);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

    const answer = page.getByRole('button', { name: /^101 Switching Protocols · \d+ B, 서버 → 클라이언트/ }).first();
    await answer.focus();
    await page.keyboard.press('Enter');
    const inspector = page.locator('.byte-inspector');
    await expect(inspector).toHaveAttribute('aria-label', '전송된 바이트');
    await expect(inspector).toContainText('HTTP 응답');
    await inspector.getByRole('option', { name: /Sec-WebSocket-Accept/ }).click();
    await expect(inspector).toContainText('이 서버가 요청을 이해했다는 증거입니다');
    expect(errors).toEqual([]);
  });

  test('/embed/compare?lang=ko shows the compare widget in Korean and keeps lang=ko in its snippet', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/embed/compare?lang=ko&preset=ticker');
    // The diagrams run when their place comes into view (below the knobs and cards).
    await page.locator('.compare-widget .stage').scrollIntoViewIfNeeded();
    await expect(page.locator('.diagrams .one')).toHaveCount(4);
    await expect(page.getByLabel('분당 이벤트 수')).toHaveValue('600');
    await expect(page.getByLabel('단방향 지연 시간')).toBeVisible();
    await expect(page.getByRole('group', { name: '프리셋' })).toContainText('주식 시세');
    await expect(page.getByRole('button', { name: /주식 시세/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.compare-widget')).toContainText('누가, 얼마나, 왜 이기는가');
    await expect(page.locator('.compare-table')).toContainText('이벤트당 바이트');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveTitle('Socket Lab: 비교');

    await page.getByRole('button', { name: '임베드' }).click();
    const snippet = await page.locator('dialog textarea').inputValue();
    expect(snippet).toMatch(/\/embed\/compare\?[^"]*lang=ko/);
    expect(snippet).toContain('Socket Lab: 비교');
    expect(errors).toEqual([]);
  });

  for (const width of [1280, 390]) {
    test(`/embed/compare?lang=ko at ${width} px paints Korean from its first frame, never English, and never shifts`, async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await page.setViewportSize({ width, height: 800 });
      // From the document's start, every animation frame: does the visible compare widget say "Presets" or "프리셋"?
      // (innerText leaves out what is hidden.) And every layout shift, as Lighthouse adds them up.
      await page.addInitScript(() => {
        const seen = { english: 0, korean: 0, shift: 0 };
        (window as unknown as { seen: typeof seen }).seen = seen;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) seen.shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        const sample = () => {
          // Only a copy that is rendered: a hidden one's innerText is its whole text (the English copy sits hidden in
          // the document until the swap script after it runs, and a frame may come between).
          const shown = [...document.querySelectorAll<HTMLElement>('.compare-widget')].find((el) => el.checkVisibility());
          const text = shown?.innerText ?? '';
          if (/\bPresets\b|Who wins/.test(text)) seen.english++;
          if (text.includes('프리셋')) seen.korean++;
          requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      await page.goto('/embed/compare?lang=ko');
      // It hydrated in Korean (Astro drops an island's `ssr` mark once hydrated): a preset answers, in Korean, and the
      // diagrams run for it.
      await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
      await page.getByRole('button', { name: /채팅/ }).click();
      await expect(page.getByRole('button', { name: /채팅/ })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.diagrams .one')).toHaveCount(4);
      await expect(page.locator('.diagrams')).toContainText(/클라이언트|서버/);
      await page.waitForTimeout(500);
      const seen = await page.evaluate(() => (window as unknown as { seen: { english: number; korean: number; shift: number } }).seen);
      expect(seen.english).toBe(0);
      expect(seen.korean).toBeGreaterThan(0);
      expect(seen.shift).toBeLessThanOrEqual(0.01);
      // One copy of the widget, in Korean; the English one is gone from the document, not merely hidden.
      await expect(page.locator('.compare-widget')).toHaveCount(1);
      await expect(page.locator('astro-island')).toHaveCount(1);
      expect(errors).toEqual([]);
    });
  }

  test('an unknown language falls back to English with a notice', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/embed/polling?lang=fr');
    await expect(page.getByLabel('Poll interval')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toContainText('lang');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(errors).toEqual([]);
  });
});
