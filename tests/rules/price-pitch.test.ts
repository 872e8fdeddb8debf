import rule from '../../src/core/rules/price-pitch.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Feel free to forward this to anyone who runs the Monday report.',
    'Are you free on Thursday? I have some free time after 3.',
    'Can I get that for free?',
    'Please confirm deal 40521 and the 3 volumes by 5pm.',
    'We saved the file to the shared drive; the deal with Acme closed.',
    'lol im free 2moro, u?',
    { text: "Next weekend is probably free, and I'm free all day Sunday.", name: 'free as in not busy' },
    { text: 'We spent a great deal of time on it, and a great deal more on the index.', name: 'a great deal of: a quantity, not an offer' },
    'The report is hassle-free to run and 100% of it is automated now.',
    'I would not take a $10MM hit on the turbines; we have $0.10 and are billed $0.11 for meter 2500.',
    'The $1.3 trillion tax cut is over 10 years, the $460 tax cut below is over five.',
    { text: 'Debit $1265 for the volume change, credit $675 for deal 648312.', channel: 'email', name: 'two amounts in a ledger are facts' },
    { text: 'Q1 came in at $1.2M, Q2 at $1.4M and Q3 at $1.1M; the board meets on Friday.', name: 'three amounts are a report, not a list' },
  ],
  bad: [
    { text: 'Get [[20% off]] every plan, plus [[free]] shipping.' },
    { text: 'Jackets from [[$49]], now [[on sale]].' },
    { text: 'Win [[£20k]] or [[€19,450]] in cash.', messageId: 'price' },
    { text: 'Pay only [[N500]] to join.', messageId: 'price' },
    { text: 'Our [[special offer]]: a [[discount]] on your next order.', messageId: 'offer' },
    { text: 'Use [[promo code]] SPRING for the [[lowest prices]] this year.' },
    { text: 'Earn [[100 dollars]] a day.', messageId: 'price' },
    { text: 'The starter kit is [[$19.99]] and ships today.', messageId: 'price' },
    { text: 'Plans at [[$5]] a month.', messageId: 'price' },
    { text: 'Sign up [[for free]] and get a [[bonus]].' },
    { text: 'Shop our [[great deals]] on laptops this week.', messageId: 'offer' },
    { text: 'MS Windows XP Professional [[$65 Microsoft Office 2003 Professional $90 Adobe Photoshop CS $80 Acrobat 6.0 $120]]', messageId: 'list', name: 'a price list' },
    { text: 'Prozac [[$69\nLevitra $69\nCialis $89\nViagra $69]]\nAll with home delivery.', messageId: 'list', name: 'a price list, an item a line' },
  ],
});

testDocsExamples(rule);
