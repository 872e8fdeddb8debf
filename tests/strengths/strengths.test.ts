/**
 * The strengths (src/core/strengths/): each one's docs tell the truth (its examples show it,
 * its counter-examples do not), it marks the exact words, and the report lists what it found.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import { buildDraft } from '../../src/core/nlp/draft.ts';
import { STRENGTHS } from '../../src/core/strengths/index.ts';

const DIR = new URL('../../src/core/strengths/', import.meta.url);
const found = (id: string, text: string): string[] => STRENGTHS.find((s) => s.id === id)!.find(buildDraft(text)).map((m) => text.slice(m.start, m.end));

test('every strength file is registered, once, with its id as its file name', () => {
  const helpers = new Set(['index', 'strength', 'find']);
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => basename(f, '.ts')).filter((f) => !helpers.has(f));
  expect(files.sort()).toEqual(STRENGTHS.map((s) => s.id).sort());
  expect(new Set(STRENGTHS.map((s) => s.id)).size).toBe(STRENGTHS.length);
  for (const s of STRENGTHS) expect(existsSync(new URL(`${s.id}.ts`, DIR)), s.id).toBe(true);
});

describe.each(STRENGTHS.map((s) => [s.id, s] as const))('strength %s', (id, strength) => {
  test('its examples show it and its counter-examples do not', () => {
    expect(strength.docs.examples.length).toBeGreaterThan(0);
    expect(strength.docs.counterExamples.length).toBeGreaterThan(0);
    for (const text of strength.docs.examples) expect(strength.find(buildDraft(text)).length, text).toBeGreaterThan(0);
    for (const text of strength.docs.counterExamples) expect(found(id, text), text).toEqual([]);
  });

  test('has a label and a reason', () => {
    expect(strength.label).toMatch(/\.$/);
    expect(strength.docs.why.length).toBeGreaterThan(20);
  });
});

describe('what each strength marks', () => {
  test('texting: "u" as a word, never the U of "U.S."', () => {
    expect(found('texting', 'ok see u at 5')).toEqual(['u']);
    expect(found('texting', 'The U.S. office and the U-turn.')).toEqual([]);
  });

  test('names-them: a name opening a line, or an @reply; never "Dear Customer" or "Hello,"', () => {
    expect(found('names-them', 'Louise, the numbers are below.')).toEqual(['Louise,']);
    expect(found('names-them', 'Hi Marco - quick one.')).toEqual(['Hi Marco -']);
    expect(found('names-them', '@sam_lee agreed')).toEqual(['@sam_lee']);
    expect(found('names-them', 'Dear Customer, your plan renews.\nHello, anyone?')).toEqual([]);
  });

  test('names-them: a dictionary word before the comma is no name, unless it stands alone as the salutation', () => {
    expect(found('names-them', 'However, the offer ends Friday.\nBehind, electric sing knew.')).toEqual([]);
    expect(found('names-them', 'Frank,\n\nthe notes are below.')).toEqual(['Frank,']);
    expect(found('names-them', 'Frank, see below.')).toEqual([]);
    expect(found('names-them', 'Baby, where are you?')).toEqual(['Baby,']);
    expect(found('names-them', 'Additionally, the plan renews.\nBest,\nAnna')).toEqual([]);
    expect(found('names-them', 'Enjoy the ride, Kristin.\nSee you soon, Rest.')).toEqual([', Kristin.']);
  });

  test('cheers-them: praise for what this reader did; "way to" only opening a sentence', () => {
    expect(found('cheers-them', 'Looks like a great first semester, Iliana! 🤘 Way to make Texas yours!')).toEqual(['Way to make']);
    expect(found('cheers-them', 'Nice photo! Glad you enjoyed the drive, Manuel.')).toEqual(['Nice photo', 'Glad you enjoyed']);
    expect(found('cheers-them', 'The easiest way to make money online.')).toEqual([]);
    expect(found('cheers-them', 'The only thing between you and a great job and better pay.')).toEqual([]);
  });

  test('asks-them: "could you" counts only in a question', () => {
    expect(found('asks-them', 'Could you send the signed copy?')).toEqual(['Could you']);
    expect(found('asks-them', 'Could you be the next winner. Enter today.')).toEqual([]);
  });

  test('signs-off: a first name or initials after a dash or caret, on the last line only, links after it allowed', () => {
    expect(found('signs-off', 'Could you DM us your order number? -Heather')).toEqual(['-Heather']);
    expect(found('signs-off', 'We can check that for you. ^JD https://t.co/abc123')).toEqual(['^JD']);
    expect(found('signs-off', 'Sounds right, send it over.\n\n- Dale')).toEqual(['- Dale']);
    expect(found('signs-off', '- Dale\nwill be there on Monday.')).toEqual([]);
    expect(found('signs-off', 'Sale ends Friday - Shop now')).toEqual([]);
    expect(found('signs-off', '"Stay hungry." - Steve Jobs')).toEqual([]);
  });

  test('responds: an answer that opens on a plain reaction or softened bad news', () => {
    expect(found('responds', 'Unfortunately we can’t ship outside the US.')).toEqual(['Unfortunately']);
    expect(found('responds', 'Sounds good, see you then.')).toEqual(['Sounds good']);
    expect(found('responds', "Not sure if this is what you're after, but try the guide.")).toEqual(['Not sure']);
    expect(found('responds', 'Our new menu is not sure to last.')).toEqual([]);
  });

  test('responds: an answer that takes up what they said, agrees, corrects or judges what they showed', () => {
    expect(found('responds', "Correct - it's a noun, so that construction works.")).toEqual(['Correct']);
    expect(found('responds', 'We sure do! Feast your eyes on this.')).toEqual(['We sure do']);
    expect(found('responds', 'This is so cool. Mind if we share it?')).toEqual(['This is so cool']);
    expect(found('responds', "We couldn't agree more.")).toEqual(["We couldn't agree more"]);
    // A post's own sentence that starts the same way is no reaction to anybody.
    expect(found('responds', 'We do not assign the endings to words.')).toEqual([]);
    expect(found('responds', 'This is the first Strawberry Frosty Moon in 4.53 billion years!')).toEqual([]);
  });

  test('thanks: the word, in any case', () => {
    expect(found('thanks', 'THANKS for the notes, I appreciate it.')).toEqual(['THANKS', 'appreciate it']);
  });
});

describe('the report', () => {
  test('lists each strength found once, with its count and first span', () => {
    const text = 'Hi Dana, thanks for the notes. Thanks again: I think we can meet on Tuesday?';
    const report = analyze(text);
    const thanks = report.strengths.find((s) => s.id === 'thanks')!;
    expect(thanks.count).toBe(2);
    expect(text.slice(thanks.start, thanks.end)).toBe('thanks');
    expect(report.strengths.map((s) => s.id)).toEqual(expect.arrayContaining(['names-them', 'thanks', 'hedges', 'makes-plans', 'i-voice']));
  });

  test('a broadcast shows none, and a report that is not ok lists none', () => {
    expect(analyze('Introducing our spring range: new colours, new fabrics, all in stores now.').strengths).toEqual([]);
    expect(analyze('').strengths).toEqual([]);
  });

  test('strengths raise the score: the same offer reads better as a reply', () => {
    const offer = 'The annual plan is 20% cheaper than paying monthly.';
    const reply = `Hi Dana, thanks for asking. ${offer} I think it suits you, but let me know what you decide.`;
    expect(analyze(reply).score!).toBeGreaterThan(analyze(offer).score!);
  });
});
