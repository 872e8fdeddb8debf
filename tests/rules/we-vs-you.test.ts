import rule from '../../src/core/rules/we-vs-you.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'You mentioned your team loses Mondays to reporting. You can schedule the export on Friday and start the week with it done.',
    'I read your post on onboarding. How do you handle the first week with new hires?',
    { name: "a customer's quoted I is not the sender", text: 'One customer told us: "I saved three hours a week and I finally leave on time. My boss noticed." You could try the same.' },
    { name: 'US is the country', text: 'Your order ships from the US on Monday. You will get a tracking link, and your parcel lands by Friday.' },
    { name: 'below the minimum', text: 'We sell old rugs.' },
    {
      name: '"we" that sets up a real question and something usable',
      text: "We're changing our spring menu and we can't decide between two dishes: a wild garlic risotto or a lamb flatbread. You've eaten with us four times this year. Which one would you order?",
    },
    { text: 'We are a team of experts. Our platform helps our clients grow.', options: { minSelfWords: 5 } },
  ],
  bad: [
    {
      name: 'prize-bait "you" does not balance the we',
      text: 'You have WON a prize, call now! We will send it to you. [[We]] are waiting. [[Our]] lines are open and [[our]] team is ready.',
      messageId: 'selfWord',
    },
    '[[We]] are a team of experts. [[Our]] platform helps [[our]] clients grow. [[We offer]] training and [[we provide]] support.',
    "[[I'm]] writing to tell you about [[my]] new course. [[I]] built it over two years and [[I]] think it is [[my]] best work.",
    { text: 'We are a team of experts. [[Our]] platform helps [[our]] clients grow. We offer training.', options: { maxSentences: 1 } },
  ],
});
