import { expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import { MODEL, MODEL_GROUPS, scoreFor } from '../../src/core/model.ts';
import { GOOD_FROM } from '../../src/report/score-band.ts';
import { buildDraft } from '../../src/core/nlp/draft.ts';
import { STRENGTHS } from '../../src/core/strengths/index.ts';
import rule from '../../src/core/rules/one-to-many.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Hi Dana, thanks for the notes on the pricing page. Can we go through them on Tuesday?',
    'Louise, the numbers you asked for are attached. Let me know if anything looks off.',
    'ok see u tmrw, thanks for sorting the tickets',
    '@sam_lee I think you are right about the fees, thanks for the link. Can we talk tomorrow?',
  ],
  bad: [
    { text: '[[Introducing the new spring range: fresh colours and new fabrics.]] In stores now.', messageId: 'none' },
    { text: '[[Stay focused and keep going.]] Every day is a new chance to grow.', messageId: 'none' },
  ],
});

testDocsExamples(rule);

test('on a public post it reads as a post talking at its readers, and a reply to someone pays it off', () => {
  const post = 'Introducing the new spring range: fresh colours and new fabrics. In stores now.';
  const [onPost] = findingsOf(rule, { text: post, channel: 'x' });
  expect(onPost?.messageId).toBe('post');
  expect(findingsOf(rule, { text: post, channel: 'email' })[0]?.messageId).toBe('none');
  const reply = "We're so sorry to hear about this! Could you DM us your order number so we can look into it?";
  expect(findingsOf(rule, { text: reply, channel: 'x' })).toEqual([]);
});

test('green is earned: a draft with the whole baseline and nothing else is not green in any group', () => {
  // The calibration holds this for every fit (scripts/judgement/fit-model.ts calibrate), and the
  // judgement test for every fit that leaves a dataset out.
  for (const group of MODEL_GROUPS) expect(Math.round(scoreFor(MODEL.groups[group].rules[rule.id]!, group)), group).toBeLessThan(GOOD_FROM);
});

test('a short draft carries less of it than a long one: less room for a sign of dialogue', () => {
  const short = analyze('Stay focused and keep going today.', { channel: 'generic' }).findings.find((f) => f.rule === rule.id)!;
  const long = analyze('Stay focused and keep going today. Every single day is a brand new chance to grow, to learn, to change the way you think and to become the person you were always meant to be.', {
    channel: 'generic',
  }).findings.find((f) => f.rule === rule.id)!;
  expect(short.points).toBeLessThan(long.points);
});

test('it flags the opening sentence, where a name or a reply would go, and offers advice', () => {
  const [finding] = findingsOf(rule, { text: 'New arrivals every week. Shop the range online.' });
  expect(finding!.start).toBe(0);
  expect(finding!.suggestions.every((s) => s.kind === 'advice')).toBe(true);
});

/** The strength the fitted model weighs most, short of paying the whole baseline off alone. */
const [strongest] = STRENGTHS.filter((s) => (MODEL.groups.short.strengths[s.id] ?? 0) < 1).sort(
  (a, b) => (MODEL.groups.short.strengths[b.id] ?? 0) - (MODEL.groups.short.strengths[a.id] ?? 0),
);

test('one sign of dialogue pays off part of it: a "thin" finding that costs less', () => {
  // Long enough that the whole baseline applies (model.ts baselineShare).
  const base = 'Our webinar covers pricing pages, onboarding emails, trial lengths, annual plans, the first week of a new account and what to measure before and after each change you make to any of them.';
  const bare = analyze(base).findings.find((f) => f.rule === rule.id)!;
  // Exactly one sign of it, and of nothing else: the first words it marks in one of its own
  // examples that no other strength reads too ("Haha" is also how people talk).
  const signs = strongest!.docs.examples.map((example) => {
    const first = strongest!.find(buildDraft(example))[0]!;
    return example.slice(first.start, first.end);
  });
  const sign = signs.find((text) => STRENGTHS.every((s) => s === strongest || s.find(buildDraft(text)).length === 0))!;
  const some = analyze(`${sign}\n${base}`).findings.find((f) => f.rule === rule.id);
  expect(bare.messageId).toBe('none');
  expect(some?.messageId ?? 'paid off', strongest!.id).toBe('thin');
  expect(some!.points).toBeLessThan(bare.points);
});
