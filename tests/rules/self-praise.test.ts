import { expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import rule from '../../src/core/rules/self-praise.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Teams using the scheduler cut their reporting time from 3 hours to 40 minutes a week.',
    'What would you change about your Monday planning?',
    // Superlatives about a thing, the reader or a question: no one is praising themselves.
    'The best way to cut costs is to ask your team where the hours go.',
    "What's the best way to plan a product launch with two people?",
    'You are the best judge of what your customers need.',
    'This is the only way we know to test a subject line: send two and compare.',
    'Innovative teams review their churn every Monday.',
    'I asked the best marketers I know for one tip each.',
    'Hi Sam, the only thing I need from you is the venue address.',
    'Our #1 priority this quarter is getting your invoices out on time.',
    'Amazing. Thanks for sending the numbers so quickly, Priya.',
    "What's the best CRM on the market for a team of three?",
    // Announcements are the announcement rule's job.
    'We are proud to announce that the app now exports to CSV.',
    { text: 'We sell old rugs.', options: { extraWords: ['vintage'] } },
  ],
  bad: [
    { text: 'We are the [[award-winning]], [[industry-leading]] platform for teams.', messageId: 'brag' },
    { text: 'We are [[the best]] CRM for dentists.', messageId: 'superlative' },
    'Acme is [[the leading]] payroll tool for small shops.',
    'Acme, [[the leading]] CRM for dentists, now syncs with your calendar.',
    "We're [[the only]] agency that ships a draft in 24 hours.",
    'Try our [[innovative]] scheduling platform for free.',
    'We offer [[the best]] support in the industry.',
    "We've built [[the fastest]] editor on the market.",
    'Our [[award-winning]], [[innovative]] platform is here.',
    'Meet our [[world-class]] team of [[cutting edge]] engineers.',
    'We are [[proud to]] partner with Oxfam this year.',
    'Rated [[#1]] by marketers.',
    { text: 'Meridian Advisory has [[been named]] one of the Top 50 consulting firms for the fifth year.', name: 'an accolade', messageId: 'accolade' },
    { text: "It's [[the most advanced]] scheduling tool on the market.", name: 'a superlative set against everyone' },
    { text: 'Sleek. [[Powerful]]. Built for your wrist.', name: 'ad-copy fragments' },
    { text: 'None of this would be possible without our [[amazing]] people.', name: '"people" after a bare adjective is still our people' },
    { text: 'Congrats to our incredibly [[talented]] design team.' },
    { text: '[[Humbled to]] be [[named one of]] the Top 100 marketing voices this year.' },
    { text: 'Thanks for reading.', subject: 'Celebrating our [[best year ever]]', channel: 'email', name: 'in the subject line' },
    { text: 'Our [[vintage]] rugs are here.', options: { extraWords: ['vintage'] } },
  ],
});

testDocsExamples(rule);

test('a brag word between a determiner and its noun can be deleted; one after "is" cannot', () => {
  const deletable = findingsOf(rule, { text: 'Try our award-winning app today.' })[0];
  expect(deletable?.suggestions).toContainEqual({ kind: 'replace', label: 'Delete "award-winning"', replacement: '' });
  const predicate = findingsOf(rule, { text: 'Our app is award-winning and fast.' })[0];
  expect(predicate?.suggestions.every((s) => s.kind === 'advice')).toBe(true);
});

test("the user's brag list (settings.words.brag) is flagged like built-in brag words", () => {
  const report = analyze('Our artisanal coffee ships on Monday.', { settings: { words: { brag: ['artisanal'] } } });
  expect(report.findings.filter((f) => f.rule === rule.id).map((f) => f.messageId)).toEqual(['brag']);
});
