import rule from '../../src/core/rules/follow-me.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    '@sam_lee good point about the onboarding call; we moved ours to day two.',
    'I follow your point about pricing: can you share the numbers?',
    'Message me when you land and I will pick you up.',
    'Please contact me if the figures for deal 40521 look off.',
    '@jasmine and @richard_t, thanks for the help today!',
    'Email me at learn@school.org, not on the page.',
    { text: 'Follow us for the next three guides in the series.', name: 'a brand\'s "follow us" is brand-only-routing\'s' },
  ],
  bad: [
    { text: 'Love this! [[Check out my]] page for more tips.', messageId: 'follow' },
    { text: '[[Follow me]] for daily posts and [[DM me]] to collab.' },
    { text: 'Message [[@earn_with_maria_65]] on [[WhatsApp]], she helped me a lot.' },
    { text: 'Reach out to [[@trade_with_julie]] today.', messageId: 'handle' },
    { text: 'Join us on [[Telegram]].' },
    { text: '[[Contact her]] now, she is the best.' },
    { text: 'More on [[my channel]], see you there.' },
  ],
});

testDocsExamples(rule);

ruleTester(rule, {
  good: ['@sam_lee I talked to @dana about it and she agrees.'],
  bad: [
    { text: '@modarwich [[send me a dm]] for recovery', name: 'asks a stranger into the DMs' },
    { text: '@sa.qib5960 [[message @katherineharrison1one]] she can guide you', name: 'points a stranger at another account' },
    { text: '@micallef_88 [[dm now]] you won' },
  ],
});
