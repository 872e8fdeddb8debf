import rule from '../../src/core/rules/testimonial.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    '@sam_lee thanks, that tip about the Monday report saved me an hour.',
    'I made the changes you suggested to the pricing page.',
    'Thanks for the intro to @dana_k, we meet on Tuesday.',
    'I got 300 replies to the survey, more than I hoped.',
    { text: 'A few recommendations: @UOKnightCampus, Hayward Field and @UO_MNCH. Really any part of campus.', name: 'places recommended to someone who asked' },
    '@mike_p you are the best, see you Friday!',
  ],
  bad: [
    { text: '[[All thanks to @julie_trades]], I now earn every week.', messageId: 'testimonial' },
    { text: '[[I made $4,500]] in my first month with her signals.' },
    { text: '[[@mentor_dan is legit]] and honest.' },
    { text: 'I [[recommend @crypto_anna]] to everyone here.' },
    { text: 'Thank you so much, [[she earned 20k]] for me already.' },
    { text: 'I was skeptical, but [[@kate.invests is the real deal]].' },
  ],
});

testDocsExamples(rule);
