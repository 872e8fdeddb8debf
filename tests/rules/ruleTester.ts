/**
 * Table tests for one rule: `good` texts must not trip it; in `bad` texts `[[…]]` marks each
 * span the rule must flag (an executable version of textlint's ^^^ carets).
 */
import { describe, expect, test } from 'vitest';
import { analyzeWith } from '../../src/core/analyze.ts';
import { analyze, RULES } from '../../src/core/index.ts';
import { type FittedModel, unitModel } from '../../src/core/model.ts';
import { deletionSpan } from '../../src/core/nlp/edits.ts';
import type { Rule } from '../../src/core/rule.ts';
import type { Channel, Finding } from '../../src/core/types.ts';

export interface Case {
  text: string;
  channel?: Channel;
  subject?: string;
  /** The message the draft answers (may carry [[…]] marks: findings with field 'replyTo' index it). */
  replyTo?: string;
  options?: Record<string, unknown>;
  /** The user's word lists (settings.words), for rules that read them. */
  words?: Partial<Record<'brag' | 'flag' | 'allow', string[]>>;
  /** Expected messageId of every flagged span (optional). */
  messageId?: string;
  name?: string;
}
type CaseInput = string | Case;

const norm = (c: CaseInput): Case => (typeof c === 'string' ? { text: c } : c);

/**
 * Removes the [[ ]] marks, returning the clean text and the marked spans. A span may itself
 * start or end with a bracket: "[[[Company]]]" marks "[Company]".
 */
export function parseMarks(marked: string): { text: string; spans: [number, number][] } {
  const spans: [number, number][] = [];
  let text = '';
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[[', i)) {
      open = text.length;
      i++;
    } else if (marked.startsWith(']]', i) && open >= 0 && !marked.startsWith(']]]', i)) {
      spans.push([open, text.length]);
      open = -1;
      i++;
    } else text += marked[i];
  }
  return { text, spans };
}

/** The text after applying a finding's replacement, the way the extension applies it. */
export function applySuggestion(text: string, finding: Finding, replacement: string): string {
  const { start, end } = replacement === '' ? deletionSpan(text, finding.start, finding.end) : finding;
  return text.slice(0, start) + replacement + text.slice(end);
}

export function findingsOf(rule: Rule, c: Case, text = c.text): Finding[] {
  const settings =
    c.options || c.words
      ? { ...(c.options ? { rules: { [rule.id]: { options: c.options } } } : {}), ...(c.words ? { words: c.words } : {}) }
      : undefined;
  const replyTo = c.replyTo === undefined ? undefined : { text: c.replyTo };
  const report = analyze(text, { channel: c.channel ?? 'generic', subject: c.subject, replyTo, settings });
  return report.findings.filter((f) => f.rule === rule.id);
}

/**
 * The rule's findings with every other rule off, so no other finding shares its dimension's
 * cap: for tests of what a finding costs (its `points`).
 */
export function findingsAlone(rule: Rule, c: Case): Finding[] {
  const others = Object.fromEntries(RULES.filter((r) => r.id !== rule.id).map((r) => [r.id, { enabled: false }]));
  const rules = { ...others, ...(c.options ? { [rule.id]: { options: c.options } } : {}) };
  return analyze(c.text, { channel: c.channel ?? 'generic', subject: c.subject, settings: { rules } }).findings;
}

const UNIT_MODEL: FittedModel = unitModel(RULES.map((r) => r.id));

/**
 * The evidence of each of the rule's findings at unit weight: how the rule itself scales a
 * finding (longer sentence, shorter draft, a repeat), whatever weight the fit gives the rule.
 */
export function evidenceOf(rule: Rule, c: Case): number[] {
  const settings = c.options ? { rules: { [rule.id]: { options: c.options } } } : undefined;
  const { report, evidence } = analyzeWith(c.text, { channel: c.channel ?? 'generic', settings }, { model: UNIT_MODEL, gateCoaching: false });
  return report.findings.flatMap((f, i) => (f.rule === rule.id ? [evidence[i]!] : []));
}

export function ruleTester(rule: Rule, cases: { good: CaseInput[]; bad: CaseInput[] }): void {
  describe(rule.id, () => {
    test.each(cases.good.map(norm).map((c) => [c.name ?? c.text, c] as const))('does not flag: %s', (_, c) => {
      expect(findingsOf(rule, c).map((f) => c.text.slice(f.start, f.end))).toEqual([]);
    });
    test.each(cases.bad.map(norm).map((c) => [c.name ?? c.text, c] as const))('flags: %s', (_, c) => {
      const { text, spans } = parseMarks(c.text);
      // A subject line may carry [[…]] marks too; its findings index the subject.
      const subject = c.subject === undefined ? undefined : parseMarks(c.subject);
      // And so may the message it answers; its findings index that message.
      const replyTo = c.replyTo === undefined ? undefined : parseMarks(c.replyTo);
      const all = findingsOf(rule, { ...c, subject: subject?.text, replyTo: replyTo?.text }, text);
      const found = all.filter((f) => (f.field ?? 'body') === 'body');
      const inSubject = all.filter((f) => f.field === 'subject');
      const inReplyTo = all.filter((f) => f.field === 'replyTo');
      expect(all.length, 'the rule flags something').toBeGreaterThan(0);
      if (spans.length > 0) {
        expect(found.map((f) => text.slice(f.start, f.end))).toEqual(spans.map(([s, e]) => text.slice(s, e)));
      }
      if (subject && subject.spans.length > 0) {
        expect(inSubject.map((f) => subject.text.slice(f.start, f.end))).toEqual(subject.spans.map(([s, e]) => subject.text.slice(s, e)));
      }
      if (replyTo && replyTo.spans.length > 0) {
        expect(inReplyTo.map((f) => replyTo.text.slice(f.start, f.end))).toEqual(replyTo.spans.map(([s, e]) => replyTo.text.slice(s, e)));
      }
      if (c.messageId) for (const f of all) expect(f.messageId).toBe(c.messageId);
    });
  });
}
