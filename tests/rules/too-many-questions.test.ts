import rule from '../../src/core/rules/too-many-questions.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'How do you plan your Monday report today? Which part takes longest?',
    { name: 'hooks are not counted as questions', text: 'Ready to 10x your pipeline? Want to double your sales? Tired of cold calls? What does your week look like?' },
    'Loved your thread on pricing. Did you test annual plans? What happened to churn? Would you share the numbers?',
  ],
  bad: [
    {
      text: 'How big is your team? Which tools do you use? Who approves the budget? [[When do you plan to decide?]] [[What budget do you have for it?]]',
      messageId: 'extra',
    },
    {
      name: 'X allows two',
      text: 'Loved your thread on pricing. Did you test annual plans? What happened to churn? [[What were the numbers?]]',
      channel: 'x',
    },
  ],
});
