/**
 * The docs examples a rule shows on the options page must tell the truth: every `good` example
 * passes the rule, every `bad` one trips it (channel, subject, send context and word lists as
 * the example gives them).
 */
import { expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import { type Example, exampleInput, type Rule } from '../../src/core/rule.ts';

export function findingsForExample(rule: Rule, example: Example) {
  const { text, input } = exampleInput(example);
  return analyze(text, input).findings.filter((f) => f.rule === rule.id);
}

export function testDocsExamples(rule: Rule): void {
  test(`${rule.id}: docs examples behave as documented`, () => {
    expect(rule.docs.good.length).toBeGreaterThan(0);
    expect(rule.docs.bad.length).toBeGreaterThan(0);
    for (const example of rule.docs.good) expect(findingsForExample(rule, example), JSON.stringify(example)).toEqual([]);
    for (const example of rule.docs.bad) expect(findingsForExample(rule, example).length, JSON.stringify(example)).toBeGreaterThan(0);
  });
}
