import { launch } from './tests/e2e/harness.ts';
const h = await launch({ dist: process.env.DIST ?? '/tmp/popup-dist' });
const scenarios = (process.argv[2] ?? 'broadcast,dialogue').split(',');
for (const scheme of ['light', 'dark'] as const) {
  for (const s of scenarios) {
    const page = await h.extensionPage(`src/popup/index.html?mock=${s}`);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 380, height: 600 });
    await page.locator('.body:not([aria-busy="true"])').waitFor();
    await page.screenshot({ path: `/tmp/shots/${s}-${scheme}.png`, fullPage: true });
    await page.close();
  }
}
console.log(h.pageErrors);
await h.close();
