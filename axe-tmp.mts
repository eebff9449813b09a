import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of process.argv.slice(2)) {
  const ctx = await b.newContext();
  const p = await ctx.newPage();
  await p.goto('http://127.0.0.1:4419' + path);
  for (let y = 0; y < 8000; y += 700) { await p.evaluate((t) => scrollTo(0, t), y); await p.waitForTimeout(80); }
  await p.waitForTimeout(500);
  const r = await new AxeBuilder({ page: p }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  for (const v of r.violations) console.log(path, v.id, v.impact, v.nodes.length, v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '));
  await ctx.close();
}
await b.close();
