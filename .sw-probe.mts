import { fixtureUrl } from './tests/e2e/pages.ts';
import { launchAllowedButNotStarted, openPopup } from './tests/e2e/popup-helpers.ts';
const h = await launchAllowedButNotStarted();
const page = await h.open(fixtureUrl('textarea'));
await page.locator('#composer').fill('Draft kept.');
const popup = (await openPopup(h, page))!;
popup.on('console', m => console.log('console', m.text()));
await popup.getByRole('button', { name: 'Start on this tab' }).click();
for (let i = 0; i < 5; i++) { await new Promise(r => setTimeout(r, 1000)); console.log(await popup.locator('main').innerText().catch(e => 'ERR ' + e)); }
console.log(await popup.evaluate(async () => { const [r] = await chrome.scripting.executeScript({ target: { tabId: Number(new URLSearchParams(location.search).get('tab')), allFrames: true }, func: () => 1 }).catch(e => [String(e)] as any); return JSON.stringify(r); }));
console.log(await popup.evaluate(() => JSON.stringify(chrome.runtime.getManifest().content_scripts)));
console.log(h.pageErrors);
await h.close();
