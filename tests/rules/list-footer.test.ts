import rule from '../../src/core/rules/list-footer.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Thanks for the notes; I removed the second table as you suggested.',
    'Can you stop by my desk after lunch to go through the list?',
    'Please remove Sam from the invite, he is out that week.',
    'I can opt for the later slot if that suits you.',
    'ok stop worrying, im nearly there',
    "I'm happy to take their names off the list, but are we sure?",
    'From this list of 104, only the 72 in the spreadsheet had data. Stop: see http://example.com/notes for why.',
    'We will send further details on the mailing of the contracts next week.',
  ],
  bad: [
    { text: 'To [[unsubscribe]] from this [[mailing list]], click below.', messageId: 'footer' },
    { text: '[[Reply STOP]] to [[opt out]].' },
    { text: '© 2025 Acme Ltd. [[All rights reserved]].' },
    { text: 'If you [[no longer wish to receive]] these emails, write back.' },
    { text: 'Read our [[privacy policy]] for details.' },
    { text: '[[You are receiving this email]] because you signed up at our store.' },
    { text: '[[Send STOP to 3030]] to end.' },
    { text: 'To [[remove yourself]] from [[future mailings]], follow this link.' },
    { text: 'Want [[to be dropped]] [[from our list]]? Write to us.' },
    { text: 'Cialis soft tabs: http://example.com/soft\n[[No thanks]]: http://example.com/rr.php' },
    { text: 'Great rates today.\n[[not interested]] -> www.example.com/st.html' },
    { text: '[[This is not spam]]: you signed up on our site.' },
    { text: 'Learn how now.\n[[Turn off notifications]] here.' },
    { text: 'To [[get rid of mailing list]]: write back.' },
  ],
});

testDocsExamples(rule);
