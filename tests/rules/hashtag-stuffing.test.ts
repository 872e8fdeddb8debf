import { expect, test } from 'vitest';
import rule from '../../src/core/rules/hashtag-stuffing.ts';
import { testDocsExamples } from './docsExamples.ts';
import { applySuggestion, findingsOf, ruleTester } from './ruleTester.ts';

const SIX = 'Our spring guide to pricing pages is out. #pricing #saas #growth #marketing #b2b #startups';

ruleTester(rule, {
  good: [
    { text: 'How do you plan a launch with a team of two? Here is our checklist. #marketing', channel: 'x' },
    { text: 'Five things we learned from 40 pricing-page tests. #pricing #saas #growth #marketing #b2b', channel: 'linkedin-post' },
    { text: 'We were rated #1 for support by G2 users in spring.', channel: 'email' },
  ],
  bad: [
    { text: 'Spring sale is live. #sale #growth [[#marketing]] [[#b2b]]', channel: 'x', messageId: 'tooMany' },
    { text: 'Our spring guide to pricing pages is out. #pricing #saas #growth #marketing #b2b [[#startups]]', channel: 'linkedin-post' },
    { text: 'Hi Sam, here are the notes from Tuesday. [[#meeting]] [[#followup]]', channel: 'email', messageId: 'none' },
    { text: '[[#BlackFriday]] starts now: every plan is 30% off until Monday.', channel: 'email', name: 'a hashtag at the start of a line is flagged exactly' },
  ],
});

testDocsExamples(rule);

test('the limit follows the channel: 2 on X, 5 on LinkedIn, none in email', () => {
  expect(findingsOf(rule, { text: SIX, channel: 'x' }).length).toBe(4);
  expect(findingsOf(rule, { text: SIX, channel: 'linkedin-post' }).length).toBe(1);
  expect(findingsOf(rule, { text: SIX, channel: 'email' }).length).toBe(6);
});

test('deleting every extra hashtag leaves clean text', () => {
  let text = 'Spring sale is live. #sale #growth #marketing #b2b';
  for (let f = findingsOf(rule, { text, channel: 'x' })[0]; f; f = findingsOf(rule, { text, channel: 'x' })[0]) {
    text = applySuggestion(text, f, '');
  }
  expect(text).toBe('Spring sale is live. #sale #growth');
});
