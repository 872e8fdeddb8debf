/** The noise warning's words: when it shows, its reasons as sentences, and sends this week. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import { noiseView, weekLine } from '../../src/report/noise-view.ts';
import { listPhrase, sendsPhrase, tidyCounts } from '../../src/report/wording.ts';

const BROADCAST = 'We are thrilled to announce our award-winning, industry-leading platform. Our cutting-edge technology is the best in class. Act now, this offer ends Friday!!!';

describe('noiseView', () => {
  test('a noisy broadcast draft shouts, naming each reason in a sentence', () => {
    const report = analyze(BROADCAST, { channel: 'email' });
    const view = noiseView(report, undefined)!;
    expect(view).toMatchObject({ level: 'high', title: 'High noise', week: null });
    expect(view.reasons).toHaveLength(report.noise.reasons.length);
    expect(view.reasons.join(' ')).toMatch(/Self-praise: \d+ brag words/);
    for (const reason of view.reasons) expect(reason).toMatch(/^[A-Z].*[.!?]$/);
  });

  test('a calm draft has no warning at all', () => {
    const report = analyze('Hi Maya, which part of the webinar helped your team most? I can send the slides if that helps.', { channel: 'email' });
    expect(noiseView(report, { email: 12 })).toBeNull();
  });

  test('cadence from the noise memory shows as a reason and as sends this week', () => {
    const report = analyze('Third post today. We are thrilled to share our new award-winning feature with everyone!', {
      channel: 'linkedin-post',
      context: { sentToday: 3, sentThisWeek: 9, dailyLimit: 2 },
    });
    const view = noiseView(report, { 'linkedin-post': 9, email: 1, x: 0 });
    expect(view?.reasons[0]).toMatch(/^Your 4th LinkedIn post today/);
    expect(view?.reasons).toContain('Self-praise: 1 brag word that readers tune out.');
    expect(view?.week).toBe('Sent this week: 9 LinkedIn posts and 1 email.');
  });
});

describe('wording', () => {
  test.each([
    ['Self-praise: 4 brag word(s) that readers tune out.', 'Self-praise: 4 brag words that readers tune out.'],
    ['Exclamation marks: 1 place(s) where the draft raises its voice.', 'Exclamation marks: 1 place where the draft raises its voice.'],
    ['Urgency clichés: 2 "act now"-style push(es) readers ignore.', 'Urgency clichés: 2 "act now"-style pushes readers ignore.'],
    ['Urgency clichés: 1 "act now"-style push(es) readers ignore.', 'Urgency clichés: 1 "act now"-style push readers ignore.'],
    ['No count here, word(s).', 'No count here, words.'],
    ['Your 4th LinkedIn post today.', 'Your 4th LinkedIn post today.'],
  ])('tidyCounts(%j)', (text, tidy) => {
    expect(tidyCounts(text)).toBe(tidy);
  });

  test('sends read as a person would say them, the draft’s channel first', () => {
    expect(sendsPhrase('x', 1)).toBe('1 X post');
    expect(sendsPhrase('linkedin-message', 3)).toBe('3 LinkedIn messages');
    expect(listPhrase(['a', 'b', 'c'])).toBe('a, b and c');
    expect(weekLine({ email: 2, 'linkedin-post': 1 }, 'linkedin-post')).toBe('Sent this week: 1 LinkedIn post and 2 emails.');
    expect(weekLine({ email: 0 }, 'email')).toBeNull();
    expect(weekLine(undefined, 'email')).toBeNull();
  });
});
