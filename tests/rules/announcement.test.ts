import rule from '../../src/core/rules/announcement.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'You can now export your whole report in one click: open Reports and press Export.',
    { name: 'an offer, not an announcement', text: 'Happy to share the slides if you want them.' },
    { name: 'greets the reader', text: 'The team is excited to welcome you on Tuesday at 10.' },
    { name: '"introducing" mid-sentence', text: 'I was introducing the speaker when the mic died.' },
    'Here is the update we promised: your invoices now show the tax line.',
  ],
  bad: [
    { text: "[[We're thrilled to announce]] our new reporting suite!", messageId: 'announcement' },
    '[[Introducing]] Scheduler: reports that write themselves.',
    "Hi all, [[we're launching]] a beta next week for 20 teams.",
    '[[We are proud to announce]] our new partnership with Globex.',
    "[[Excited to share]] that I've joined Acme as Head of Growth!",
    '[[Big news]]: the spring range is here.',
    "We have worked on this for a year and [[we're so excited to share]] it.",
    "[[We're hiring]]! Join the best team in fintech.",
    'Our new office is [[officially open]]! Big thanks to the team for making it happen.',
    '[[Big things are coming]] to the FlowDesk team next month. [[Stay tuned]].',
  ],
});
