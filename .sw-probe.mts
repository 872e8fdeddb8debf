import { launch } from './tests/e2e/harness.ts';
import { axeViolations, openMockPopup } from './tests/e2e/popup-helpers.ts';
const h = await launch();
const p = await openMockPopup(h, 'broadcast');
await p.evaluate(() => { const b = document.createElement('p'); b.textContent = 'faint'; b.style.color = '#ddd'; document.querySelector('main')!.append(b); const i = document.createElement('button'); document.querySelector('main')!.append(i); });
console.log(await axeViolations(p));
await h.close();
