import { expect, test } from 'vitest';
import rule from '../../src/core/rules/subject-line.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

const BODY = 'Hi Sam, the draft budget is attached. Does Thursday at 3 still work?';

ruleTester(rule, {
  good: [
    { text: BODY, channel: 'email', subject: 'Budget for Thursday?', name: 'short and specific' },
    { text: BODY, channel: 'email', subject: 'Are you free on Thursday?', name: '"free" as in available' },
    { text: BODY, channel: 'email', subject: 'Q3 SEO report for the CMO', name: 'acronyms are not shouting' },
    { text: BODY, channel: 'email', name: 'no subject line given' },
    { text: BODY, channel: 'linkedin-post', subject: 'LAST CHANCE!!!', name: 'only emails have subject lines' },
  ],
  bad: [
    { text: BODY, channel: 'email', subject: 'Quick question about the budget and the venue [[shortlist for Thursday]]', messageId: 'long', name: 'long' },
    { text: BODY, channel: 'email', subject: '[[Hi Sam, one quick thing about our plan]]', messageId: 'wordy', name: 'wordy' },
    { text: BODY, channel: 'email', subject: '[[YOUR INVOICE IS READY]]', messageId: 'caps', name: 'caps' },
    { text: BODY, channel: 'email', subject: 'Our [[NEW]] pricing is here', messageId: 'capsWord', name: 'capsWord' },
    { text: BODY, channel: 'email', subject: 'Spring sale is live[[!!!]]', messageId: 'exclamation', name: 'exclamation' },
    { text: BODY, channel: 'email', subject: '[[Last chance]]: 20% off ends Friday', messageId: 'pushy', name: 'urgency cliché' },
    { text: BODY, channel: 'email', subject: 'Your [[free trial]] is waiting', messageId: 'pushy', name: 'power word' },
  ],
});

testDocsExamples(rule);

test('findings point into the subject line, not the body', () => {
  const found = findingsOf(rule, { text: BODY, channel: 'email', subject: 'Act now!' });
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) expect(f.field).toBe('subject');
});

test('a subject in capitals gets a sentence-case rewrite that keeps acronyms', () => {
  const [caps] = findingsOf(rule, { text: BODY, channel: 'email', subject: 'YOUR SEO REPORT IS READY' });
  expect(caps?.suggestions[0]).toEqual({ kind: 'replace', label: 'Write it in sentence case', replacement: 'Your SEO report is ready' });
});
