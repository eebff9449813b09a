import { chromium } from 'playwright-core';
const [,, url, out, scheme = 'light', wait = '1500', width = '1280', height='1600', action=''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url);
await page.waitForTimeout(500);
if (action) { await eval(action); }
await page.waitForTimeout(Number(wait));
await page.screenshot({ path: out, fullPage: false });
console.log('errors:', JSON.stringify(errors));
await browser.close();
