/** What the popup says about a report: every lost point with its fix, bars, top fixes, verdict. */
import { describe, expect, test } from 'vitest';
import { analyze, type Channel, RULES, type SendContext } from '../../src/core/index.ts';
import { SEND_HISTORY_RULES } from '../../src/core/rules/index.ts';
import { VERDICT_LABELS, verdictFor } from '../../src/core/verdict.ts';
import { BAND_COLOURS, scoreBand } from '../../src/report/score-band.ts';
import { DIMENSION_SHARE } from '../../src/core/score.ts';
import { dimensionRows, fixLine, groupByRule, mostLost, pointsLabel, presentReport, topFixes, verdictLine } from '../../src/report/report-view.ts';

const BROADCAST = 'We are thrilled to announce our award-winning, industry-leading platform. Our cutting-edge technology is the best in class. Act now, this offer ends Friday!!!';
const DIALOGUE = 'Hi Maya, thanks for asking about the slides. Which part of the webinar was most useful for your team? I can send the deck and a two-minute summary of the pricing section if that helps.';
const broadcast = analyze(BROADCAST, { channel: 'email' });
const dialogue = analyze(DIALOGUE, { channel: 'email' });

describe('fix lines', () => {
  test.each([
    [6, '−6 pts'],
    [2.5, '−2.5 pts'],
    [1, '−1 pt'],
    [0, null],
  ])('%s points read "%s"', (points, label) => {
    expect(pointsLabel(points)).toBe(label);
  });

  test('a finding reads as its cost, what is wrong and the first fix the rule offers', () => {
    const i = broadcast.findings.findIndex((f) => f.rule === 'self-praise');
    const f = broadcast.findings[i]!;
    expect(fixLine(broadcast, i)).toEqual({ index: i, rule: 'self-praise', points: f.points, message: f.message, fix: f.suggestions[0]!.label, inText: true, count: 1 });
  });

  test('findings of one rule group into one line that adds up their points', () => {
    const praise = broadcast.findings.flatMap((f, i) => (f.rule === 'self-praise' ? [fixLine(broadcast, i)] : []));
    expect(praise.length).toBeGreaterThan(1);
    const [line, ...rest] = groupByRule(praise);
    expect(rest).toEqual([]);
    expect(line!.count).toBe(praise.length);
    expect(line!.points).toBeCloseTo(praise.reduce((sum, l) => sum + l.points, 0), 5);
  });
});

describe('dimension rows', () => {
  const rows = dimensionRows(broadcast);

  test('one bar per dimension, in the core’s order, each with what it adds out of its share', () => {
    expect(rows.map((r) => r.dimension)).toEqual(['dialogue', 'value', 'self-promotion', 'noise', 'clarity', 'call-to-action']);
    for (const row of rows) {
      expect(row.share).toBe(DIMENSION_SHARE[row.dimension]);
      expect(row.score).toBe(broadcast.dimensions[row.dimension].score);
    }
    // A dimension with nothing to fix earns its whole share.
    for (const row of rows.filter((r) => r.lines.length === 0)) expect(row.earned).toBe(row.share);
  });

  test('each dimension lists the findings that cost it points, costliest first, with a fix each', () => {
    for (const row of rows) {
      // The bar is a gauge of the dimension's findings' points, full at its share (score.ts).
      const lost = row.lines.reduce((sum, l) => sum + l.points, 0);
      expect(Math.min(lost, row.share)).toBeCloseTo(row.share - (row.share * row.score) / 100, 0);
      expect(row.lines.map((l) => l.points)).toEqual([...row.lines.map((l) => l.points)].sort((a, b) => b - a));
      for (const line of row.lines) expect(line.fix).toBeTruthy();
    }
  });

  test('bands colour the bars; the dimension that lost most opens first', () => {
    const selfPromotion = rows.find((r) => r.dimension === 'self-promotion')!;
    // Four brag words leave the gauge all but empty (how empty follows the fitted weights), and poor.
    expect(selfPromotion.band).toBe('poor');
    expect(selfPromotion.earned).toBeLessThan(selfPromotion.share / 4);
    expect(mostLost(rows)?.dimension).toBe('dialogue');
    expect(mostLost(rows.map((r) => ({ ...r, earned: r.share, lines: [] })))).toBeNull();
  });
});

describe('top fixes', () => {
  test('the costliest changes first, one per rule, only ones the page can point at', () => {
    const top = topFixes(broadcast);
    expect(top).toHaveLength(3);
    expect(new Set(top.map((l) => l.rule)).size).toBe(3);
    expect(top[0]!.points).toBe(Math.max(...broadcast.findings.filter((f) => f.end > f.start).map((f) => f.points)));
    for (const line of top) expect(line.inText).toBe(true);
  });

  test('a dialogue draft has nothing big to fix in its text', () => {
    expect(topFixes(dialogue)).toEqual([]);
  });
});

test.each([
  [95, /conversation/],
  [65, /fix or two/],
  [45, /announcement/],
  [20, /ad/],
])('score %s gets a verdict line that says what to do', (score, line) => {
  expect(verdictLine(score)).toMatch(line);
});

describe('one presentation for the popup and the in-page panel', () => {
  test('verdict as a key with its label and line, band and colour from the shared bands', () => {
    const view = presentReport(broadcast)!;
    expect(view.verdict).toBe(verdictFor(broadcast.score!));
    expect(view.verdictLabel).toBe(broadcast.verdict);
    expect(view.verdictLine).toBe(verdictLine(broadcast.score!));
    expect(view.band).toBe(scoreBand(broadcast.score!));
    expect(view.colour).toBe(BAND_COLOURS[view.band]);
    expect(view.topFixes).toEqual(topFixes(broadcast));
    expect(presentReport(analyze('', { channel: 'email' }))).toBeNull();
  });

  test('every verdict has its own line: rewording a label never blanks one', () => {
    for (const score of [0, 39, 40, 59, 60, 79, 80, 100]) expect(verdictLine(score)).toMatch(/\w/);
    expect(new Set(Object.keys(VERDICT_LABELS)).size).toBe(4);
  });

  const CADENCE = { sentToday: 3, sentThisWeek: 9, dailyLimit: 2, nearestDuplicate: { similarity: 0.95, sentAt: Date.UTC(2026, 10, 12, 12), channel: 'linkedin-post' as const } };
  const remembered = analyze('Our spring release is live: a new scheduler, side-by-side channels and cleaner exports for your reports. We are thrilled, act now!', { channel: 'linkedin-post', context: CADENCE });

  test('the page-safe view leaves out what the noise memory knows, and keeps the rest', () => {
    const history = remembered.findings.filter((f) => SEND_HISTORY_RULES.has(f.rule));
    expect(history.length).toBeGreaterThan(0);
    const full = presentReport(remembered, { sentThisWeek: { 'linkedin-post': 9 } })!;
    const safe = presentReport(remembered, { sentThisWeek: { 'linkedin-post': 9 }, hideRules: SEND_HISTORY_RULES })!;
    const text = JSON.stringify(safe);
    for (const f of history) expect(full.noise!.reasons.join(' ') + JSON.stringify(full.dimensions)).toContain(f.message.slice(0, 20));
    for (const f of history) expect(text).not.toContain(f.message.slice(0, 20));
    expect(text).not.toMatch(/12 Nov|LinkedIn post today|Sent this week/);
    expect(safe.noise!.reasons.length).toBeGreaterThan(0);
    expect(safe.topFixes.map((l) => l.rule)).toEqual(full.topFixes.map((l) => l.rule).filter((r) => !SEND_HISTORY_RULES.has(r)));
  });

  test('needs.history marks exactly the rules that fire only on what the send history tells them', () => {
    const fires = (rule: string, ex: { text: string; channel?: Channel }, context?: SendContext): boolean =>
      analyze(ex.text, { channel: ex.channel, context }).findings.some((f) => f.rule === rule);
    const fedByHistory = RULES.filter((rule) =>
      rule.docs.bad.some((ex) => typeof ex === 'object' && ex.context !== undefined && fires(rule.id, ex, ex.context) && !fires(rule.id, ex)),
    ).map((r) => r.id);
    expect(fedByHistory.sort()).toEqual([...SEND_HISTORY_RULES].sort());
  });
});

describe('what already works', () => {
  test('the presentation lists each strength the draft shows, by its label, and none for a broadcast', () => {
    const reply = analyze('Hi Maya, thanks for your question about the slides. Can we go through them on Tuesday?', { channel: 'email' });
    const view = presentReport(reply)!;
    expect(view.strengths).toEqual(reply.strengths.map((s) => s.label));
    expect(view.strengths).toEqual(expect.arrayContaining(['You address them by name.', 'You thank them.', 'You make a concrete plan with them.']));
    expect(presentReport(analyze('Introducing our spring range: new colours, new fabrics, in stores now.', { channel: 'email' }))!.strengths).toEqual([]);
  });
});
