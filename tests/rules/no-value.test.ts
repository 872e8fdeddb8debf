import { expect, test } from 'vitest';
import rule from '../../src/core/rules/no-value.ts';
import { evidenceOf, findingsAlone, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    "Three steps cut our clients' Monday reporting from 3 hours to 40 minutes: schedule the export, share one link, skip the meeting.",
    'Last week a customer told us she now plans the whole month on Friday afternoon.',
    'Quick tip: schedule the export on Friday so the report is waiting for you on Monday.',
    { name: 'a list of steps', text: 'Before your next launch:\n- check the pricing page\n- email the beta group\n- update the help center' },
    { name: 'too short to judge', text: 'Our platform is great.' },
    { name: 'a short post that asks a real question', text: 'Quick poll for freelancers: do you put your price on the first page of a proposal, or the last?' },
    { name: 'a figure about the reader\'s own sales is a fact they can use', text: 'Your sales team can cut follow-up time by 30% with one shared inbox for every lead.' },
  ],
  bad: [
    { text: '[[Our platform transforms the way modern teams work.]] Experience the future of collaboration today with a smarter workspace.', messageId: 'noValue' },
    '[[Get ready for an epic, unbelievable weekend of music.]]',
    '[[Unlock your potential with the all-in-one workspace built for ambitious teams.]] Everything you need, all in one place.',
    { name: 'a year is not a fact the reader can use', text: '[[Join us for the 2025 Annual Fundraising Gala, the most prestigious charity event of the year!]] An evening of elegance awaits.' },
    { name: 'a figure in a sales hook is bait', text: '[[Want to double your sales in 30 days?]] Our platform makes it easy for every team.' },
    { name: '"#1" and "10x" are not facts', text: '[[We are the #1 choice for growing teams everywhere.]] Join the 10x movement today.' },
    { name: 'the sender\'s own metrics are a boast, not a fact', text: "[[Another record-breaking quarter for the team!]] Revenue up 140%. We're just getting started." },
    { name: 'a prize in bait is not a fact', text: '[[You have been selected as our lucky winner of a $1,000 gift card!]] Claim your prize within 24 hours.' },
  ],
});

test('a short draft costs half of a long one', () => {
  const [short] = evidenceOf(rule, { text: 'Our platform transforms the way modern teams work. Experience the future today.' });
  const [long] = evidenceOf(rule, {
    text: 'Our platform transforms the way modern teams work. Experience the future of collaboration with a smarter workspace. '.repeat(4),
  });
  expect(short! * 2).toBeCloseTo(long!, 1);
});
