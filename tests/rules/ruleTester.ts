/**
 * Table tests for one rule: `good` texts must not trip it; in `bad` texts `[[…]]` marks each
 * span the rule must flag (an executable version of textlint's ^^^ carets).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import type { Rule } from '../../src/core/rule.ts';
import type { Channel, Finding } from '../../src/core/types.ts';

export interface Case {
  text: string;
  channel?: Channel;
  subject?: string;
  options?: Record<string, unknown>;
  /** Expected messageId of every flagged span (optional). */
  messageId?: string;
  name?: string;
}
type CaseInput = string | Case;

const norm = (c: CaseInput): Case => (typeof c === 'string' ? { text: c } : c);

/** Removes the [[ ]] marks, returning the clean text and the marked spans. */
export function parseMarks(marked: string): { text: string; spans: [number, number][] } {
  const spans: [number, number][] = [];
  let text = '';
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[[', i)) {
      open = text.length;
      i++;
    } else if (marked.startsWith(']]', i) && open >= 0) {
      spans.push([open, text.length]);
      open = -1;
      i++;
    } else text += marked[i];
  }
  return { text, spans };
}

export function findingsOf(rule: Rule, c: Case, text = c.text): Finding[] {
  const settings = c.options ? { rules: { [rule.id]: { options: c.options } } } : undefined;
  const report = analyze(text, { channel: c.channel ?? 'generic', subject: c.subject, settings });
  return report.findings.filter((f) => f.rule === rule.id);
}

export function ruleTester(rule: Rule, cases: { good: CaseInput[]; bad: CaseInput[] }): void {
  describe(rule.id, () => {
    test.each(cases.good.map(norm).map((c) => [c.name ?? c.text, c] as const))('does not flag: %s', (_, c) => {
      expect(findingsOf(rule, c).map((f) => c.text.slice(f.start, f.end))).toEqual([]);
    });
    test.each(cases.bad.map(norm).map((c) => [c.name ?? c.text, c] as const))('flags: %s', (_, c) => {
      const { text, spans } = parseMarks(c.text);
      const found = findingsOf(rule, c, text).filter((f) => f.field !== 'subject');
      expect(found.length, 'the rule flags something').toBeGreaterThan(0);
      if (spans.length > 0) {
        expect(found.map((f) => text.slice(f.start, f.end))).toEqual(spans.map(([s, e]) => text.slice(s, e)));
      }
      if (c.messageId) for (const f of found) expect(f.messageId).toBe(c.messageId);
    });
  });
}
