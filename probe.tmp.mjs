import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args:['--no-sandbox'] });
const p = await b.newPage();
await p.setContent('<div id=e contenteditable>hello world</div>');
console.log(await p.evaluate(() => {
  const e = document.getElementById('e'); const log = [];
  e.addEventListener('beforeinput', (ev) => log.push('before:' + ev.inputType + ':' + ev.isTrusted + ':' + ev.getTargetRanges().length));
  e.addEventListener('input', (ev) => log.push('input:' + ev.inputType + ':' + ev.isTrusted));
  e.focus(); const r = document.createRange(); r.setStart(e.firstChild, 0); r.setEnd(e.firstChild, 5);
  getSelection().removeAllRanges(); getSelection().addRange(r);
  document.execCommand('insertText', false, 'bye');
  const r2 = document.createRange(); r2.setStart(e.firstChild, 0); r2.setEnd(e.firstChild, 3);
  getSelection().removeAllRanges(); getSelection().addRange(r2);
  document.execCommand('delete');
  const ie = new InputEvent('beforeinput', {inputType:'insertText', data:'x', cancelable:true, bubbles:true, targetRanges:[new StaticRange({startContainer:e.firstChild,startOffset:0,endContainer:e.firstChild,endOffset:1})]});
  log.push('synthRanges:' + ie.getTargetRanges().length);
  return log.join(' | ');
}));
await b.close();
