import rule from '../../src/core/rules/ad-call-to-action.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Reply with the step that takes your team longest and I will send our notes on it.',
    'I saved the file and sent it to 3 people on the team.',
    'Can you send the deal 4052 confirmation to Sally by noon?',
    'We need to purchase the licences before the audit; can you order them by Friday?',
    'pls text me wen u reach home, dial me if d bus is late',
    '@jon_b I signed the form yesterday, thanks for the reminder.',
    'Text STOP to 1234 to opt out.',
    'Double-click the file to open it.',
    { text: 'If he falls again, call 911. Or call me on 08031234567 when you land.', name: 'an emergency number and a person\'s full number' },
  ],
  bad: [
    { text: '[[Click here]] to claim your spring discount.', messageId: 'push' },
    { text: 'Want the guide? [[Sign up]] and [[learn more]] on our blog.' },
    { text: '[[Visit our]] website for the full range.' },
    { text: 'Prescriptions at half the price: [[purchase online]] or [[order them here]].' },
    { text: 'Love the new colours? [[Buy it today]].' },
    { text: 'To get 1GB of bonus data, [[send YES to 5035]].', messageId: 'shortCode' },
    { text: 'Check your balance: [[dial *606#]]', messageId: 'shortCode' },
    { text: '[[Text JOIN to 55555]] for weekly tips.' },
    { text: '[[Reply "WIN" to 3030]] now.' },
    { text: 'Get instant credit, [[call 14120]] now. Top hits: [[Dial 4500]].', messageId: 'shortCode', name: 'a short code to call or dial' },
    { text: '[[Subscribe]] to our channel! [[Order online]] in minutes.', name: 'ad pushes anywhere in a line' },
  ],
});

testDocsExamples(rule);
