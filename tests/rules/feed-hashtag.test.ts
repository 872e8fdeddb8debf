import { expect, test } from 'vitest';
import rule from '../../src/core/rules/feed-hashtag.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsAlone, findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    { text: 'So sorry about the wait, Sam. Could you DM us your order number?', channel: 'x' },
    { text: 'We were rated #1 for support by our users this spring.', channel: 'x', name: 'a rank is not a tag' },
    { text: 'Hi Sam, here are the notes from Tuesday. #meeting', channel: 'email', name: 'in an email every tag is hashtag-stuffing’s' },
    { text: 'Email me at sam@example.com about issue 42.', channel: 'x' },
  ],
  bad: [
    { text: 'Our spring menu is here. [[#SpringMenu]]', channel: 'x', messageId: 'tag' },
    { text: "Good morning! Today's [[#WordOfTheDay]] is 'kibosh'.", channel: 'x' },
    { text: 'Daddy, I love you. [[#HappyDaddysDay]]', channel: 'x' },
    { text: '[[#GoDucks]] [[#Finals]] what a night', channel: 'generic' },
  ],
});

testDocsExamples(rule);

test('it reads only the tags within the channel limit; hashtag-stuffing flags the rest', () => {
  const text = 'Spring sale is live. #sale #growth #marketing #b2b';
  expect(findingsOf(rule, { text, channel: 'x' }).map((f) => text.slice(f.start, f.end))).toEqual(['#sale', '#growth']);
  expect(findingsOf(rule, { text, channel: 'linkedin-post' }).length).toBe(4);
});

test('in a public post that answers one person a tag is part of the cheer and costs less; in a comment it does not', () => {
  const cheer = 'Great job on the relay, Sam! #GoDucks';
  const post = 'Relay results are in for the weekend. #GoDucks';
  const points = (text: string, channel: 'x' | 'generic'): number => findingsAlone(rule, { text, channel })[0]!.points;
  expect(points(cheer, 'x')).toBeGreaterThan(0);
  expect(points(cheer, 'x')).toBeLessThan(points(post, 'x'));
  expect(points(cheer, 'generic')).toBeCloseTo(points(post, 'generic'));
});
