import { expect, test } from 'vitest';
import rule from '../../src/core/rules/emoji-stuffing.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    { text: 'Our checklist cut onboarding from two weeks to three days 🎉 Which step takes longest for you?', channel: 'x' },
    { text: 'Launch day 🎉 The new dashboard ✅ and faster exports 🙌 are live for every plan.', channel: 'linkedin-post' },
    { text: 'Thanks for the intro, Dana 🙏 Does Thursday at 3 work for a call?', channel: 'email' },
    { text: 'Copyright © 2025 Acme™. All rights reserved.', channel: 'email' },
    { text: 'Family plan 👨‍👩‍👧 now covers up to five people, in the 🇺🇸 and 🇨🇦.', channel: 'facebook' },
  ],
  bad: [
    { text: 'New feature just dropped [[🚀🚀🚀]] Go try it.', channel: 'x', messageId: 'burst' },
    { text: 'Spring sale is live [[🔥 🔥 🔥 🔥]] Everything is 20% off this week.', channel: 'linkedin-post', name: 'spaced emoji still make one burst' },
    { text: 'Hi Dana 👋 The invoice is attached [[📎]] Thanks again [[🙏]]', channel: 'email', messageId: 'tooMany' },
    { text: 'Big day 🎉 New dashboard 📈 faster exports ✅ dark mode [[🌙]] and more [[💪]]', channel: 'x' },
    { text: 'Ready? 🎯 Set 🚦 Go 🏁', channel: 'x', options: { maxPerPost: 2 } },
  ],
});

testDocsExamples(rule);

test('a burst is fixed by keeping one emoji', () => {
  const [finding] = findingsOf(rule, { text: 'Our new feature is live 🚀🚀🚀 try it today.', channel: 'x' });
  expect(finding?.suggestions[0]).toEqual({ kind: 'replace', label: 'Keep one 🚀', replacement: '🚀' });
});

test('an email allows fewer emoji than a post', () => {
  const text = 'Great news 🎉 the report is ready 📊 and the slides too 🙌';
  expect(findingsOf(rule, { text, channel: 'x' })).toEqual([]);
  expect(findingsOf(rule, { text, channel: 'email' }).length).toBe(2);
});
