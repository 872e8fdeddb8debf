import rule from '../../src/core/rules/unexplained-no.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    "We can't refund opened boxes because we can't resell them. What we can do is swap it for any other size, free.",
    { name: 'enthusiasm, not a no', text: "We can't wait to see you at the launch on Friday." },
    { name: 'reason with "as", then an alternative', text: "I can't make Tuesday, as I'm travelling. How about Wednesday at 10?" },
    "You can't go wrong with the blue one.",
    { name: "a customer's words", text: 'Before, a client told us "we can\'t get reports out on time" and now they ship every Monday.' },
    "Can't find the export button? It moved to the top of Reports.",
    { name: 'doubt, not a refusal', text: "We can't decide between two dishes for the spring menu. Which one would you order?" },
    { name: 'a reason after a colon, then an alternative', text: "I'm afraid we can't add you in person: the fire code caps us at 40. Instead, I can send you the recording on Friday." },
    { name: 'a reason in brackets, an alternative after "but"', text: "We can't ship to Canada yet (customs fees would double your price), but our Seattle stockist ships anywhere." },
    { text: "We can't ship to Norway because of customs rules.", options: { partial: false } },
  ],
  bad: [
    { text: 'Unfortunately [[we are unable to]] offer refunds on sale items.', messageId: 'bare' },
    { text: 'Same-day delivery is [[not possible]] for this address.', messageId: 'bare' },
    { text: "[[We can't]] ship to Norway because of customs rules.", messageId: 'noAlternative' },
    { text: "[[We don't offer]] phone support. Instead, our chat team answers within 10 minutes.", messageId: 'noReason' },
  ],
});
