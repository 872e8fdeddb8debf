/**
 * Reply coaching in the browser (issue 19), in Chromium and Firefox ESR: a reply's composer is
 * checked against the message it answers, which the site adapter reads from the page. A reply
 * that ignores their question shows "They asked: …" in the popup; once it answers, the finding
 * goes and the popup shows "You answer something they said or sent."
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, BROWSERS, type Driver, type DriverPage, launchDriver } from './driver.ts';
import { composerHasFocus } from './editors.ts';
import { SITE_URLS } from './pages.ts';

const ANSWERS_LABEL = 'You answer something they said or sent.';

interface ReplyCase {
  url: string;
  /** Opens the reply's composer, when the page does not show it at once. */
  open?: () => void;
  composer: string;
  /** Their question, as the popup quotes it. */
  question: string;
  ignores: string;
  /** Typed after `ignores`: the reply then takes up their words. */
  answers: string;
}

const CASES: Record<string, ReplyCase> = {
  'Gmail inline reply': {
    url: SITE_URLS.gmail,
    open: () => window.parleyFixture?.sites.openQuestionReply?.(),
    composer: '[data-fixture-compose="question"] [g_editable="true"]',
    question: 'Could you send me the slides before Friday?',
    ignores: 'Thanks for joining us. Our spring release is out now with a brand new dashboard.',
    answers: ' Here are the webinar slides, sent well before Friday.',
  },
  'Outlook reply': {
    url: SITE_URLS.outlook,
    open: () => window.parleyFixture?.sites.openQuestionReply?.(),
    composer: '[data-fixture-compose="2"] [role="textbox"]',
    question: 'Could you send me the slides before Friday?',
    ignores: 'Thanks for joining us. Our spring release is out now with a brand new dashboard.',
    answers: ' Here are the webinar slides, sent well before Friday.',
  },
  'X reply': {
    url: SITE_URLS.x,
    open: () => window.parleyFixture?.sites.openReply?.(),
    composer: '#reply-dialog [data-testid="tweetTextarea_0"]',
    question: 'Which onboarding email gets your best replies, and why?',
    ignores: 'Big news: our new analytics app is live for every team.',
    answers: ' Our onboarding email with one plain question gets the most replies.',
  },
  'LinkedIn message': {
    url: SITE_URLS.linkedinMessaging,
    composer: '.msg-form .msg-form__contenteditable',
    question: 'Do you have the pricing sheet for the agency plan?',
    ignores: 'Thanks again for the chat. Our new platform launches next month for every team.',
    answers: ' The pricing sheet for the agency plan is attached.',
  },
  'LinkedIn comment': {
    url: SITE_URLS.linkedin,
    composer: '.comments-comment-box .ProseMirror',
    question: 'What is one thing you changed in your outreach this year, and did it work?',
    ignores: 'Great post! Our platform is out now for teams of every size.',
    answers: ' We changed our outreach this year: shorter first emails, and it worked.',
  },
  'Facebook comment': {
    url: SITE_URLS.facebook,
    composer: '#comment-box',
    question: 'Which event format got your team the best conversations this year?',
    ignores: 'Love this page! Our new app is out now for everyone.',
    answers: ' Small roundtables gave our team the best conversations this year, better than any big event format.',
  },
};

async function typeInto(page: DriverPage, selector: string, text: string): Promise<void> {
  await page.bringToFront();
  if (!(await page.evaluate(composerHasFocus, selector))) await page.evaluate((s) => window.parleyFixture?.focusOf(s), selector);
  await expect.poll(() => page.evaluate(composerHasFocus, selector), { timeout: 5000, interval: 200 }).toBe(true);
  await page.type(text);
}

describe.each(BROWSERS)('%s', (browserName) => {
  let d: Driver;
  let probe: DriverPage;
  beforeAll(async () => {
    d = await launchDriver(browserName);
    probe = await d.extensionPage('src/popup/index.html?mock=unsupported');
  });
  afterAll(() => d?.close());

  const tabIdOf = (page: DriverPage): Promise<number> => activeTabId(probe, page);

  /** What the popup shows for the tab's focused composer: its fix lines and its strengths. */
  const popupOf = async (page: DriverPage): Promise<{ messages: string[]; strengths: string[] }> => {
    const tab = await tabIdOf(page);
    const popup = await d.extensionPage(`src/popup/index.html?tab=${tab}`);
    try {
      await expect.poll(() => popup.evaluate(() => document.querySelector('main[aria-busy="false"] .ring') !== null, null), { timeout: 15_000 }).toBe(true);
      return await popup.evaluate(
        () => ({
          messages: [...document.querySelectorAll('.fix-message')].map((e) => e.textContent ?? ''),
          strengths: [...document.querySelectorAll('.strengths li')].map((e) => e.textContent ?? ''),
        }),
        null,
      );
    } finally {
      await popup.close();
    }
  };

  it.each(Object.entries(CASES))('%s: ignoring their question gets the hint; answering it shows the strength', async (_name, c) => {
    const page = await d.open(c.url);
    if (c.open) await page.evaluate(c.open, null);
    await expect.poll(() => page.evaluate((s) => document.querySelector(s) !== null, c.composer), { timeout: 10_000 }).toBe(true);
    await typeInto(page, c.composer, c.ignores);
    const asked = `They asked: "${c.question}" Your reply does not answer it yet.`;
    await expect.poll(async () => (await popupOf(page)).messages, { timeout: 20_000 }).toContain(asked);
    expect((await popupOf(page)).strengths).not.toContain(ANSWERS_LABEL);

    await typeInto(page, c.composer, c.answers);
    await expect.poll(async () => (await popupOf(page)).strengths, { timeout: 20_000 }).toContain(ANSWERS_LABEL);
    expect((await popupOf(page)).messages).not.toContain(asked);
    await page.close();
  });
});
