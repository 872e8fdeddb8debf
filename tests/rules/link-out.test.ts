import rule from '../../src/core/rules/link-out.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Send the signed copy to sam.lee@gmail.com and I will countersign tonight.',
    'Can you email j.okafor@acme.co.uk the deal 40521 numbers before 3?',
    '@maria_k thanks, that fixed it for me too.',
    'ok c u l8r, im at the station',
    'The report is in the shared folder, under Q3 / pricing.',
    'I read node.js docs and the index.html file, but not the rest.',
  ],
  bad: [
    { text: 'Get the full guide at [[www.example.com/guide]].', messageId: 'link' },
    { text: 'Shop now: [[https://shop.example.com/spring?utm=mail]]' },
    { text: 'Visit [[amazon.com]] or [[bit.ly/3xYz]] for details.', name: 'bare domains and short links' },
    { text: 'More at [[example.org]], or write to info@example.org.', name: 'the domain of an email address passes' },
    { text: '([[https://example.com/a]]) is the page.', name: 'closing punctuation is not part of the link' },
    { text: 'Apply here [[www.jobs-now.ng]] today' },
    { text: 'Order at [[shop.example.com.au]] or [[amazon.co.uk/deals]].', name: 'country-code domains whole' },
  ],
});

testDocsExamples(rule);
