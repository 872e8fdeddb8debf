import { expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import rule from '../../src/core/rules/brand-only-routing.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

const ROUTED = 'Our onboarding guide is out now. Visit our website to read it and follow us for more.';

ruleTester(rule, {
  good: [
    { text: 'Our onboarding guide is on our blog. What would you add to it? Share your best first-week tip in the comments.', channel: 'linkedin-post' },
    { text: 'Contact us for the full price list, and tag a colleague who is planning a move this year.', channel: 'facebook' },
    { text: 'The guide is on our site. Which step took your team longest?', channel: 'x', name: 'a question in a public feed gets answers every reader sees' },
    { text: 'Visit our website for the slides. Reply with your best tip and we will share the top five next week.', channel: 'email' },
    { text: 'Thanks for your time today; call us if anything in the quote is unclear.', channel: 'linkedin-message' },
  ],
  bad: [
    { text: 'Our onboarding guide is out now. [[Visit our website]] to read it and [[follow us]] for more.', channel: 'linkedin-post', messageId: 'routing' },
    { text: 'New spring menu is here! [[Call us]] to book a table.', channel: 'facebook' },
    { text: 'Our pricing has changed. [[Contact our team]] with any questions.', channel: 'email' },
  ],
});

testDocsExamples(rule);

test('a hint, not a warning: it costs half what it would as a warning', () => {
  // On email, where the fitted model gives the rule a weight (on posts the brand data gives it none).
  const [finding] = findingsOf(rule, { text: ROUTED, channel: 'email' });
  expect(finding?.severity).toBe('hint');
  expect(finding!.points).toBeGreaterThan(0);
  const asWarning = analyze(ROUTED, { channel: 'email', settings: { rules: { [rule.id]: { severity: 'warning' } } } });
  expect(asWarning.findings.find((f) => f.rule === rule.id)!.points).toBeGreaterThan(finding!.points);
});

test('an email to one person has no "each other" to invite', () => {
  const report = analyze('Our pricing has changed. Contact our team with any questions.', { channel: 'email', recipients: 1 });
  expect(report.findings.filter((f) => f.rule === rule.id)).toEqual([]);
});
