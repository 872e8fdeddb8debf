/**
 * The same text analysed again reuses its Draft and what the engine remembered about it
 * (nlp/draft.ts): that must never carry one analysis's settings into the next. Each report
 * must be exactly what an analysis with empty caches gives.
 */
import { expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { clearCaches } from '../../src/core/nlp/draft.ts';
import type { AnalyzeInput, Report } from '../../src/core/types.ts';
import { marketingText } from '../bench/texts.ts';
import { intBetween, pick, prng } from './randomText.ts';

const INPUTS: AnalyzeInput[] = [
  { channel: 'email' },
  { channel: 'email', settings: { words: { allow: ['award-winning', 'Pipeline Pro'], flag: ['weekly reporting'], brag: ['trusted'] } } },
  { channel: 'linkedin-post', settings: { rules: { 'self-praise': { enabled: false }, urgency: { severity: 'error' } } } },
  { channel: 'x', subject: 'Act now!!!', recipients: 40 },
  { channel: 'email', subject: 'Quick question about your reports', context: { sentToday: 4, sentThisWeek: 9, dailyLimit: 2 } },
];

test('the same text with other settings gets exactly what it gets with empty caches', () => {
  const texts = [marketingText(300, 11), marketingText(150, 12, 0.9), 'We are thrilled to announce our award-winning platform! Act now.'];
  for (const text of texts) {
    for (const input of INPUTS) {
      clearCaches();
      const fresh = analyze(text, input);
      for (const other of INPUTS) analyze(text, other); // the Draft and its caches are now warm from every input
      expect(analyze(text, input)).toEqual(fresh);
    }
  }
});

/** Every kind of edit a writer makes, at a random place: typing, deleting, breaking and joining lines, pasting. */
function editsOf(rand: () => number): ((t: string, at: number) => string)[] {
  return [
    (t, at) => `${t.slice(0, at)}${pick(rand, [...'aeiou'])}${t.slice(at + 1)}`,
    (t, at) => `${t.slice(0, at)}${pick(rand, [' ', '!', '!!', '?', '. ', '"', "'", '\n', '\n\n', '3'])}${t.slice(at)}`,
    (t, at) => t.slice(0, at) + t.slice(at + pick(rand, [1, 2])),
    (t, at) => `${t.slice(0, at)} We are the best, act now!!! ${t.slice(at)}`,
    (t) => `${t} Thanks, and what do you think?`,
    (t, at) => `${t.slice(0, at)} 🚀🚀 "Loved it" ${t.slice(at)}`,
    // A phrase whose next word sits on the next line, and a line joined to the next.
    (t, at) => `${t.slice(0, at)} We are thrilled to welcome\nyou, our award-winning team. ${t.slice(at)}`,
    (t, at) => `${t.slice(0, at)}\nYou leverage it daily; we leverage\nsynergy. ${t.slice(at)}`,
    (t, at) => t.slice(0, at) + t.slice(at).replace('\n', ' '),
  ];
}

test('a draft edited keystroke by keystroke gets exactly the report it gets with empty caches', () => {
  // The draft is built from the last one and the phrase matches of untouched lines are taken
  // over (nlp/draft-build.ts, nlp/phrases.ts): after every kind of edit the report must not differ.
  const rand = prng(5);
  const edits = editsOf(rand);
  let text = marketingText(400, 21, 0.8);
  for (let i = 0; i < 60; i++) {
    text = pick(rand, edits)(text, intBetween(rand, 0, text.length - 1));
    const input = pick(rand, INPUTS);
    const incremental = analyze(text, input);
    clearCaches();
    expect(analyze(text, input)).toEqual(incremental);
    // Caches are warm again from the previous text, as when the writer keeps typing.
    analyze(text.slice(0, -1), input);
    analyze(text, input);
  }
});

test('a long run of keystrokes, never clearing the caches, gets exactly the reports empty caches give', () => {
  // What lines the edit did not touch hold is handed on from draft to draft, often the very same
  // list (nlp/by-lines.ts): after 150 edits of every kind, each report must still be a fresh one.
  const rand = prng(17);
  const edits = editsOf(rand);
  let text = marketingText(400, 23, 0.8);
  const input: AnalyzeInput = { channel: 'email', subject: 'Huge news!!' };
  const texts: string[] = [];
  const reports: Report[] = [];
  for (let i = 0; i < 150; i++) {
    text = pick(rand, edits)(text, intBetween(rand, 0, text.length - 1));
    texts.push(text);
    reports.push(analyze(text, input));
  }
  texts.forEach((t, i) => {
    clearCaches();
    expect(analyze(t, input), `after edit ${i + 1}`).toEqual(reports[i]);
  });
});
