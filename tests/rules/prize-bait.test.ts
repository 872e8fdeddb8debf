import rule from '../../src/core/rules/prize-bait.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    "Congratulations on the new role! I won't keep you long.",
    'It is a win-win: your team gets the report a day earlier.',
    'Our award-winning support team is online until 6.',
    'congrats on the baby!! so happy 4 u',
    'Congrats!! so proud of you, the photos look great',
    '@tom_r we won the pitch on Friday, thanks for the deck.',
    'Please file the claim form by Monday; I selected the cheaper courier.',
  ],
  bad: [
    { text: '[[Congratulations]]! [[You have been selected]] as our [[lucky winner]].', messageId: 'prize' },
    { text: 'Enter our [[sweepstakes]] to [[win]] a free trip.' },
    { text: '[[You won]] the [[jackpot]]! [[Claim]] your cash today.' },
    { text: 'Your number is in our [[lottery]] draw for a [[prize]].' },
    { text: 'Earn [[rewards]] on every purchase.' },
    { text: '[[CONGRATULATIONS]]! [[You have won]] $500.', name: 'in capitals too' },
  ],
});

testDocsExamples(rule);
