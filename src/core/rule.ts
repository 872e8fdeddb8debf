/**
 * How a rule is written: metadata as data beside one pure `check`. One rule per file in
 * rules/, id = file name, registered once in rules/index.ts.
 */
import type { ChannelTargets } from './channels.ts';
import type { Draft } from './nlp/draft.ts';
import type { OptionSpec, OptionValues } from './options.ts';
import type { Exchange } from './reply/exchange.ts';
import type { AnalyzeInput, Channel, Dimension, Principle, ReplyTo, SendContext, Severity, StrengthFound, Suggestion } from './types.ts';

/**
 * A docs example: plain text, or text on a given channel / with a subject line / after given
 * sends / with the user's word lists set (for rules that act on those lists).
 */
export type Example =
  | string
  | { text: string; channel?: Channel; subject?: string; replyTo?: ReplyTo; context?: SendContext; words?: Partial<Record<keyof WordLists, string[]>> };

/**
 * What analyze() gets for a docs example: its text, on its channel (generic when it names none),
 * with its subject, the message it answers, its send context and its word lists; `settings`
 * (the rules on or off) goes with them.
 */
export function exampleInput(example: Example, settings: Record<string, unknown> = {}): { text: string; input: AnalyzeInput } {
  const e = typeof example === 'string' ? { text: example } : example;
  const withWords = e.words ? { ...settings, words: e.words } : settings;
  return {
    text: e.text,
    input: { channel: e.channel ?? 'generic', subject: e.subject, replyTo: e.replyTo, context: e.context, settings: Object.keys(withWords).length ? withWords : undefined },
  };
}

export interface WordLists {
  /** Extra self-praise / hype words the user wants flagged. */
  brag: readonly string[];
  /** Phrases the user wants flagged always. */
  flag: readonly string[];
  /** Names and phrases never to flag ("Best Buy"), lower-cased. */
  allow: readonly string[];
}

export interface RuleContext<V> {
  draft: Draft;
  /** The email subject line, parsed, when there is one. */
  subject: Draft | null;
  options: V;
  channel: Channel;
  targets: ChannelTargets;
  recipients: number | undefined;
  send: SendContext;
  words: WordLists;
  /** Dialogue signals in the draft (strengths/), found once per analysis. */
  strengths: readonly StrengthFound[];
  /** A short draft that already reads as a person answering a person: advice should stay quiet. */
  personalReply: boolean;
  /** The draft read against the message it answers (AnalyzeInput.replyTo); null for a draft that answers no one. */
  exchange: Exchange | null;
}

export interface RuleFinding {
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  suggestions?: Suggestion[];
  field?: 'body' | 'subject' | 'replyTo';
  /** Scales the rule's weight for this finding (default 1), e.g. by how far a limit is passed. */
  scale?: number;
}

export interface RuleDocs {
  /** One line: what the rule flags. */
  summary: string;
  /** One line: why it matters (the principle in the reader's terms). */
  why: string;
  good: readonly Example[];
  bad: readonly Example[];
}

export interface Rule<S extends OptionSpec = OptionSpec> {
  id: string;
  category: Dimension;
  principle: Principle;
  severity: Severity;
  /** Points a finding costs at severity "warning" before the dimension cap. */
  weight: number;
  /**
   * Advice rather than evidence of broadcast (a missing question, length, reading grade): it
   * costs what the fitted model says (often nothing) and stays quiet on a short personal reply.
   */
  coaching?: boolean;
  /** Channels the rule runs on; all when absent. */
  channels?: readonly Channel[];
  /**
   * Facts from outside the draft the rule needs. `history`: its findings come from the send
   * history (other sends, their dates and counts), so anything the page can read leaves them out.
   */
  needs?: { history?: boolean };
  /** For self-promotion and noise rules: the noise reason, with {count} for the number of findings and {message} for the first finding's message. */
  noiseReason?: string;
  docs: RuleDocs;
  options: S;
  /** Message templates by id; {name} is filled from a finding's data. */
  messages: Record<string, string>;
  check(ctx: RuleContext<OptionValues<S>>): RuleFinding[];
}

/**
 * Identity at run time; types a rule file's options, then erases them so the registry holds
 * one Rule type (options arrive checked by settings-check.ts, so the erasure is sound).
 */
export function defineRule<S extends OptionSpec>(rule: Rule<S>): Rule {
  return rule as unknown as Rule;
}

/**
 * Fills `{key}` from data; `{key:word|words}` gives the number with the right plural
 * ("{count:brag word|brag words}" -> "1 brag word", "4 brag words").
 */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  let out = '';
  for (const part of compiled(template)) {
    if (typeof part === 'string') out += part;
    else if (!(part.key in data)) out += part.whole;
    else {
      const value = data[part.key]!;
      out += part.one === undefined ? String(value) : `${value} ${Number(value) === 1 ? part.one : part.many}`;
    }
  }
  return out;
}

/** A template cut once into text and placeholders: every keystroke formats every finding's message. */
type TemplatePart = string | { whole: string; key: string; one?: string; many?: string };
const templates = new Map<string, readonly TemplatePart[]>();

function compiled(template: string): readonly TemplatePart[] {
  let parts = templates.get(template);
  if (!parts) {
    const list: TemplatePart[] = [];
    let last = 0;
    for (const m of template.matchAll(/\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g)) {
      if (m.index > last) list.push(template.slice(last, m.index));
      list.push({ whole: m[0], key: m[1]!, ...(m[2] === undefined ? {} : { one: m[2], many: m[3] }) });
      last = m.index + m[0].length;
    }
    if (last < template.length) list.push(template.slice(last));
    // Templates come from rule files and settings: few, but a user's may be odd; keep the map small.
    if (templates.size > 2000) templates.clear();
    templates.set(template, list);
    parts = list;
  }
  return parts;
}
