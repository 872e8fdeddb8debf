/**
 * A draft built from the last one (draft-build.ts takes over the lines an edit left alone) is
 * exactly the draft a walk of every line gives: the same lines, sentences, tokens, words,
 * counts and sentence origins, after every kind of edit a writer makes.
 */
import { describe, expect, test } from 'vitest';
import { buildDraft, type Draft, sentenceOrigins } from '../../src/core/nlp/draft.ts';
import { buildFrom } from '../../src/core/nlp/draft-build.ts';
import { draftTally } from '../../src/core/nlp/tallies.ts';
import { topicTags } from '../../src/core/nlp/topic-tags.ts';
import { isTopicTag } from '../../src/core/nlp/words.ts';
import { quotedRanges } from '../../src/core/nlp/quotes.ts';
import { findAsks } from '../../src/core/signals/asks.ts';
import { intBetween, pick, piece, prng, type Random, randomText } from './randomText.ts';

/** Everything a rule can read of a draft, plus what the engine keeps beside it. */
function shape(draft: Draft): unknown {
  return {
    text: draft.text,
    lines: draft.lines,
    sentences: draft.sentences,
    tokens: draft.tokens,
    words: draft.words,
    tally: draftTally(draft),
    origins: sentenceOrigins(draft),
  };
}

/** The draft as a walk of every line builds it, with nothing taken over. */
const walked = (text: string): Draft => buildFrom(text, []);

function expectSameAsWalked(text: string): Draft {
  const built = buildDraft(text);
  expect(shape(built)).toEqual(shape(walked(text)));
  // Taken-over sentences are the same objects a walk finds: per-sentence memos stay keyed right.
  const fresh = sentenceOrigins(walked(text))!;
  sentenceOrigins(built)!.forEach((origin, i) => expect(origin.source).toBe(fresh[i]!.source));
  return built;
}

const EDITS: ((text: string, at: number, rand: Random) => string)[] = [
  (t, at, rand) => t.slice(0, at) + pick(rand, [...'abcxyz']) + t.slice(at + 1), // a letter replaced
  (t, at, rand) => t.slice(0, at) + pick(rand, [...'ab .,!?\'"']) + t.slice(at), // a character typed
  (t, at) => t.slice(0, at) + t.slice(at + 1), // a character deleted
  (t, at) => `${t.slice(0, at)}\n${t.slice(at)}`, // a line broken
  (t) => t.replace('\n', ''), // two lines joined
  (t, at, rand) => t.slice(0, at) + piece(rand) + t.slice(at), // a sentence pasted
  (t, at, rand) => t.slice(0, at) + t.slice(Math.min(t.length, at + intBetween(rand, 1, 80))), // a selection deleted
  (t, _at, rand) => t + pick(rand, [' and', '.', '\n', ' 😀', '\n\n- one more']), // typing at the end
  (t, at) => t.slice(0, at) + t.slice(at).replace(' ', '  '), // a space doubled (same lines, text moves)
  (t, at) => t.slice(0, at) + t.slice(at, at + 1).toUpperCase() + t.slice(at + 1), // same length, same letters
];

describe('a draft built from the last one equals a full walk', () => {
  test.each([1, 2, 3, 4, 5, 6])('random edits of a random draft (seed %i)', (seed) => {
    const rand = prng(seed);
    let text = randomText(rand, 24);
    expectSameAsWalked(text);
    for (let i = 0; i < 120; i++) {
      const at = text.length ? intBetween(rand, 0, text.length - 1) : 0;
      text = pick(rand, EDITS)(text, at, rand);
      expectSameAsWalked(text);
    }
  });

  test('an email body and its subject in turn: each is built from its own last version', () => {
    const rand = prng(7);
    let body = randomText(rand, 20);
    let subject = 'Quick question about your Monday planning';
    for (let i = 0; i < 40; i++) {
      body = EDITS[i % EDITS.length]!(body, intBetween(rand, 0, Math.max(0, body.length - 1)), rand);
      subject = `${subject.slice(0, -1)}${pick(rand, [...'abc?'])}`;
      expectSameAsWalked(body);
      expectSameAsWalked(subject);
    }
  });

  test('edge texts: empty, only line breaks, one line, a text replaced by another', () => {
    for (const text of ['', '\n', '\n\n\n', 'One line.', 'One line.\n', '\nTwo\n\nlines\n', 'Something else entirely!', '', 'x']) expectSameAsWalked(text);
  });

  test('an edit that splits a sentence in two, or joins two, renumbers every sentence after it', () => {
    const lines = ['We ship on Monday. You get a call first.', 'The guide has three steps.', 'Reply with a word and I will send it.'];
    const split = expectSameAsWalked(lines.join('\n'));
    const more = expectSameAsWalked(lines.join('\n').replace('Monday, ', 'Monday. ').replace('first.', 'first! Then'));
    expect(more.sentences.length).toBeGreaterThanOrEqual(split.sentences.length);
    const joined = expectSameAsWalked(lines.join('\n').replace('Monday. You', 'Monday and you'));
    expect(joined.sentences.length).toBe(split.sentences.length - 1);
    expect(joined.sentences.at(-1)!.index).toBe(joined.sentences.length - 1);
  });
});

describe('per-draft token lists follow the draft they are made from', () => {
  test('topic tags after edits are the tags a fresh look at every token finds', () => {
    const rand = prng(11);
    let text = ['Launch day! #marketing #growth', 'We ship #1 quality to you.', 'Ask us anything #ama', 'No tags here.'].join('\n');
    for (let i = 0; i < 150; i++) {
      const at = intBetween(rand, 0, Math.max(0, text.length - 1));
      text = pick(rand, [...EDITS, (t: string, p: number) => `${t.slice(0, p)} #tag${i} ${t.slice(p)}`, (t: string) => t.replace('#', '')])(text, at, rand);
      const draft = buildDraft(text);
      expect(topicTags(draft)).toEqual(draft.tokens.filter(isTopicTag));
    }
  });

  test('quoted passages after edits are the ones a fresh read of the whole text finds', () => {
    const rand = prng(12);
    let text = ['She said "we saved hours" and “it just works”.', 'No quote here.', '"Open quote to the end', 'A "short" one.'].join('\n');
    const quoteEdits = [...EDITS, (t: string, p: number) => `${t.slice(0, p)}"${t.slice(p)}`, (t: string, p: number) => `${t.slice(0, p)}“x”${t.slice(p)}`];
    for (let i = 0; i < 150; i++) {
      text = pick(rand, quoteEdits)(text, intBetween(rand, 0, Math.max(0, text.length - 1)), rand);
      expect(quotedRanges(buildDraft(text))).toEqual(quotedRanges(walked(text)));
    }
  });

  test('a letter replaced above tagged lines keeps their tags, taken over as they were', () => {
    const lines = ['Launch day for the new planner.', 'Ask us anything #ama #planning', 'Thanks #team'];
    const before = buildDraft(lines.join('\n'));
    expect(topicTags(before).map((t) => t.text)).toEqual(['#ama', '#planning', '#team']);
    const after = buildDraft(lines.join('\n').replace('Launch', 'Lunch!'));
    expect(topicTags(after).map((t) => t.text)).toEqual(['#ama', '#planning', '#team']);
    const same = buildDraft(lines.join('\n').replace('Launch', 'Laumch'));
    expect(topicTags(same)).toEqual(same.tokens.filter(isTopicTag));
    expect(topicTags(same).map((t) => t.text)).toEqual(['#ama', '#planning', '#team']);
  });
});

describe('asks follow the draft they are made from', () => {
  test('the asks after edits are the asks a fresh read of the whole draft finds', () => {
    const rand = prng(13);
    let text = ['Book a call today. What would you change?', 'Ready to 10x your pipeline?', 'Download the guide and reply with one word.', 'Thanks!'].join('\n');
    const askEdits = [...EDITS, (t: string, p: number) => `${t.slice(0, p)} Sign up now? ${t.slice(p)}`, (t: string, p: number) => `${t.slice(0, p)}?${t.slice(p)}`];
    for (let i = 0; i < 150; i++) {
      text = pick(rand, askEdits)(text, intBetween(rand, 0, Math.max(0, text.length - 1)), rand);
      expect(findAsks(buildDraft(text))).toEqual(findAsks(walked(text)));
    }
  });
});
