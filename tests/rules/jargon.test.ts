import { expect, test } from 'vitest';
import rule from '../../src/core/rules/jargon.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Use the report template to see which campaigns paid for themselves last month.',
    { name: 'leverage as a noun is plain English', text: 'Good numbers give you leverage when you negotiate with suppliers.' },
    { name: 'bandwidth of a network', text: 'The bandwidth of our servers doubled last year.' },
  ],
  bad: [
    { text: 'We [[leverage]] [[synergies]] to deliver [[holistic]] [[solutions]].', messageId: 'jargon' },
    "Let's [[circle back]] on [[best practices]] next week.",
    '[[Leverage]] our data to find your best customers.',
    "I don't [[have the bandwidth]] for this until Friday.",
    'Our [[omnichannel]] [[ecosystem]] keeps all [[stakeholders]] in the loop.',
    { text: 'Time to [[rightsize]] the team.', options: { extraWords: ['rightsize'] } },
  ],
});

test('offers the plain word in the same case', () => {
  const [leverage] = findingsOf(rule, { text: 'Leverage our data to find your best customers.' });
  expect(leverage?.suggestions).toEqual([{ kind: 'replace', label: 'Say "use"', replacement: 'Use' }]);
  const [circle] = findingsOf(rule, { text: "Let's circle back next week." });
  expect(circle?.suggestions).toEqual([{ kind: 'replace', label: 'Say "follow up"', replacement: 'follow up' }]);
});

test('gives specific advice where no one word will do', () => {
  const [solutions] = findingsOf(rule, { text: 'We build solutions for dentists.' });
  expect(solutions?.suggestions).toEqual([{ kind: 'advice', label: 'Name what it is: an app, a service, a spreadsheet template.' }]);
});
