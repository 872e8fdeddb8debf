import { expect, test } from 'vitest';
import rule from '../../src/core/rules/merge-fields.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    { text: 'Hi Priya, the Berlin team asked the same question about exports last week.', channel: 'email' },
    { text: 'See [the pricing guide](https://acme.com/pricing) and note [1] for the source.', channel: 'email' },
    { text: 'We cut ad spend by 40% and tool costs by 30% last year.', channel: 'linkedin-post' },
    { text: 'Hi Sam, the draft is attached.', channel: 'email', subject: 'Draft for Thursday' },
  ],
  bad: [
    { text: 'Hi [[{{first_name}}]], I noticed [[[Company]]] is hiring.', channel: 'email', messageId: 'field' },
    { text: 'Dear [[%FIRSTNAME%]], your order is on its way.', channel: 'email' },
    { text: 'Hello [[<<name>>]], thanks for visiting our stand.', channel: 'email' },
    { text: 'Hey [[{FirstName}]], quick idea for your launch.', channel: 'linkedin-message' },
    { text: 'Hi [[*|FNAME|*]], your invoice is ready.', channel: 'email' },
    { text: 'Here is the case study: [[[insert link]]]', channel: 'email' },
    { text: 'Thanks for the call today.', channel: 'email', subject: 'Next steps for [[[Company]]]', name: 'in the subject line' },
    { text: 'Thanks for the call.\n\nHi [[<< name >>]], the notes are below.\nSee you [[{day}]].', channel: 'email', name: 'on later lines of a longer draft' },
  ],
});

testDocsExamples(rule);

test('an unfilled placeholder is an error: it would embarrass the sender', () => {
  const [finding] = findingsOf(rule, { text: 'Hi {{first_name}}, your invoice is ready.', channel: 'email' });
  expect(finding?.severity).toBe('error');
});

test('a name field after a greeting can become "there"; other fields get advice naming the field', () => {
  const [name, company] = findingsOf(rule, { text: 'Hi {{first_name}}, I saw {{company_name}} is hiring.', channel: 'email' });
  expect(name!.suggestions[0]).toEqual({ kind: 'replace', label: 'Write "there"', replacement: 'there' });
  expect(company!.suggestions).toEqual([{ kind: 'advice', label: 'Type the real company name here, or rewrite the sentence without it.' }]);
});
