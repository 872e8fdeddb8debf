/**
 * The P1/P3/P4/P7/P8 rules' weights, end to end: a typical broadcast loses its dialogue and
 * value shares, a genuine dialogue draft loses (almost) nothing there.
 */
import { expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';

const BROADCAST =
  "We're thrilled to announce the launch of our new reporting suite! Our team has worked for a year to build a platform " +
  'that brings every metric together. We believe it is the future of marketing analytics, and we are proud of what we built. ' +
  'Our customers will love it. We offer dashboards, alerts and exports for every team.';

const DIALOGUE =
  'Hi Maya, last week you said your team spends Monday mornings rebuilding the same report. One customer cut that from ' +
  '3 hours to 40 minutes by saving the report as a template and scheduling it for Friday. Would that work for your team? ' +
  "Reply with the report's name and I'll send you the two steps for it.";

test('a broadcast loses most of its dialogue share; the value and next-step advice still shows', () => {
  const report = analyze(BROADCAST, { channel: 'email' });
  expect(report.dimensions.dialogue.score).toBeLessThanOrEqual(20);
  // "No value" and "no next step" are advice, not evidence of broadcast on real text (issue 10):
  // they are listed, as hints, at whatever the fit says they cost.
  for (const id of ['no-value', 'call-to-action']) expect(report.findings.find((f) => f.rule === id)?.severity, id).toBe('hint');
  const rules = new Set(report.findings.map((f) => f.rule));
  for (const id of ['we-vs-you', 'announcement', 'no-question', 'no-value', 'call-to-action']) expect(rules, id).toContain(id);
});

test('a genuine dialogue loses nothing on dialogue, value or the next step', () => {
  const report = analyze(DIALOGUE, { channel: 'email' });
  expect(report.score).toBe(100);
  // Its strengths (a name, what they said, two plans) pay off all but a trace of one-to-many, as fitted.
  expect(report.dimensions.dialogue.score).toBeGreaterThanOrEqual(95);
  expect(report.findings.filter((f) => f.severity !== 'hint')).toEqual([]);
  expect(report.dimensions.value.score).toBe(100);
  expect(report.dimensions['call-to-action'].score).toBe(100);
});
