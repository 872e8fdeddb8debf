import { expect, test } from 'vitest';
import rule from '../../src/core/rules/shop-copy.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    { text: 'If we sell the plant this year, the catch-up still has to be taken.', channel: 'email' },
    { text: 'There is some P&L to take whether we sell or not.', channel: 'email' },
    { text: 'We can keep a handhold even after we sell down our equity stake.', channel: 'email' },
    { text: 'Dave, you are in touch with our store manager in Palo Alto now.', channel: 'email' },
    { text: 'Thanks Sam, the offer letter is attached; can you sign it by Friday?', channel: 'email' },
    { text: 'We offered them a later date, and they took it.', channel: 'email' },
    { text: 'Have you checked out our online store?', channel: 'x', name: 'a brand pointing a fan to its store on X is help' },
    { text: 'Our best-selling guide is free to your team.', channel: 'email', name: '"best-selling" is a brag, and self-praise says so' },
  ],
  bad: [
    { text: '[[We sell]] premium watches, and [[we ship]] worldwide.', channel: 'email' },
    { text: 'Customers find better prices at [[our store]].', channel: 'email' },
    { text: '[[Our company offers]] a [[wide range of]] remedies.', channel: 'email' },
    { text: 'If you need meds, [[we are your choice]].', channel: 'email' },
    { text: "We've [[got everything you]] will ever want.", channel: 'email' },
    { text: 'Genuine replicas [[for sale]], order online.', channel: 'email' },
    { text: 'Meet [[our new products]] and our [[best sellers]].', channel: 'email' },
  ],
});

testDocsExamples(rule);

test('each finding names its phrase, and shop copy counts as noise (a reply that names it stays quiet: noise-weights.test.ts)', () => {
  const found = findingsOf(rule, { text: 'We sell top brands at our online store.', channel: 'email' });
  expect(found.map((f) => f.message)).toEqual([
    '"We sell" is shop copy; a reader who wants one thing does not need the catalogue.',
    '"our online store" is shop copy; a reader who wants one thing does not need the catalogue.',
  ]);
  expect(rule.noiseReason).toBeDefined();
});
