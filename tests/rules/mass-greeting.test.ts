import rule from '../../src/core/rules/mass-greeting.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Hi Priya, thanks for sending the numbers so quickly.',
    'Dear Mr Okafor, your order left our warehouse this morning.',
    'hey babe, how was ur day?',
    'Know someone who would like the guide? Forward it to them, or pass it on.',
    '@dana_k all good here, see you at the members meeting.',
    'I informed Sam that deal 40521 is ready to pass on to legal once signed.',
  ],
  bad: [
    { text: '[[Dear valued customer]], your statement is ready.', messageId: 'generic' },
    { text: '[[This is to inform all]] members that the meeting has moved.', messageId: 'mass' },
    { text: '[[To whom it may concern]]: please find the offer attached.' },
    { text: '[[Dear friend]], I am a banker in Lagos.' },
    { text: '[[Attn:]] [[all students]] must register by Friday.' },
    { text: '[[Dear all]], please [[be informed]] that the office is closed.' },
    { text: '[[Forward this to ten friends]] or [[pass it on to everyone]].', name: 'chain-letter sharing' },
  ],
});

testDocsExamples(rule);
