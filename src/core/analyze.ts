/**
 * analyze(text, input) -> Report. Pure: no DOM, no extension APIs. Incremental by itself: the
 * tokenizer and tagger caches (nlp/draft.ts) make a re-run after a small edit cost only the
 * edited sentence plus the rules' light passes.
 */
import { allowedSpans, isInsideAllowed } from './allow-list.ts';
import { codePointBoundary } from './nlp/code-points.ts';
import { buildDraft, type Draft } from './nlp/draft.ts';
import { looksEnglish } from './nlp/language.ts';
import { readingGrade } from './nlp/readability.ts';
import { draftTally } from './nlp/tallies.ts';
import { isEmail, isUrl } from './nlp/words.ts';
import { noiseReport } from './noise.ts';
import { formatMessage, type Rule, type RuleContext } from './rule.ts';
import { RULES, SEND_HISTORY_RULES } from './rules/index.ts';
import { type FittedModel, groupOf, MODEL, type ModelGroup, repeatFactors, ruleEvidence, severityRatio, strengthCredit } from './model.ts';
import { scoreFindings } from './score.ts';
import { findStrengths } from './strengths/find.ts';
import { exchangeOf } from './reply/exchange.ts';
import { theirMessage } from './reply/their-message.ts';
import { withExchange } from './reply/answers.ts';
import { type ResolvedSettings, resolveSettings } from './settings.ts';
import { DIMENSIONS, type AnalyzeInput, type Channel, type Dimension, type DimensionReport, type DraftStats, type Finding, type Report, type ReportStatus, type StrengthFound } from './types.ts';
import { Lru } from './nlp/lru.ts';
import { readingOrder } from './reading-order.ts';

import { VERDICT_LABELS, verdictFor } from './verdict.ts';

const rulesById: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
const settingsCache = new Lru<string, { settings: ResolvedSettings; errors: string[] }>(16);

/** Resolve (and cache) settings; `errors` says what was ignored. */
export function settingsFor(raw: unknown): { settings: ResolvedSettings; errors: string[] } {
  const key = raw === undefined ? '' : JSON.stringify(raw);
  let resolved = settingsCache.get(key);
  if (!resolved) {
    resolved = resolveSettings(raw, RULES);
    settingsCache.set(key, resolved);
  }
  return resolved;
}

export function analyze(text: string, input: AnalyzeInput = {}): Report {
  return analyzeWith(text, input, { model: MODEL, gateCoaching: true }).report;
}

/**
 * Analyses `text` (a long paste's first part) without reporting, so that a long paste can be
 * prepared in slices, each a short task, before the analysis that shows it. Every cache the
 * analysis of the whole text reads is filled for this part: its sentences' tokens, and each
 * line's phrase and pattern matches, which are most of a cold analysis (and, in a page that
 * has not analysed yet, code and patterns the engine has not compiled). The analysis that
 * shows the paste then costs about what an edit costs. `input` is the one that analysis will
 * get, so the same word lists and rules run.
 */
export function prepareText(text: string, input: AnalyzeInput = {}): void {
  analyzeWith(text, input, { model: MODEL, gateCoaching: true });
}

/** One analysis, seen two ways: by the user (with the send history) and by the draft alone. */
export interface AnalysisViews {
  /** With what the send history told (input.context): for the user's own popup and badge. */
  withHistory: Report;
  /**
   * Exactly analyze(text) without input.context: nothing in it comes from the send history, so
   * it is what a page may see. The same object as withHistory when the history added nothing.
   */
  draftAlone: Report;
}

/**
 * analyze() once, and the report the draft alone would get: the send-history findings dropped,
 * and the score, points, dimensions and noise worked out again from the other findings'
 * evidence (a finding's evidence depends on its own rule only, so the result is exact).
 */
export function analyzeViews(text: string, input: AnalyzeInput = {}): AnalysisViews {
  const { report, evidence } = analyzeWith(text, input, { model: MODEL, gateCoaching: true });
  if (!report.findings.some((f) => SEND_HISTORY_RULES.has(f.rule))) return { withHistory: report, draftAlone: report };
  const kept = report.findings.flatMap((f, i) => (SEND_HISTORY_RULES.has(f.rule) ? [] : [i]));
  const findings = kept.map((i) => ({ ...report.findings[i]! }));
  const keptEvidence = kept.map((i) => evidence[i]!);
  const group = groupOf(report.channel);
  const { score, dimensions } = scoreFindings(findings, keptEvidence, group, MODEL);
  const noise = noiseReport(findings, keptEvidence, rulesById, group, strengthCredit(report.strengths, group, MODEL), MODEL);
  return { withHistory: report, draftAlone: { ...report, score, verdict: VERDICT_LABELS[verdictFor(score)], dimensions, noise, findings } };
}

/** For the fit and the eval (scripts/judgement/): which model to score with, and whether coaching may stay quiet. */
export interface AnalyzeOptions {
  model: FittedModel;
  gateCoaching: boolean;
}

/** analyze(), plus each finding's evidence (parallel to report.findings). */
export function analyzeWith(text: string, input: AnalyzeInput, { model, gateCoaching }: AnalyzeOptions): { report: Report; evidence: number[] } {
  const channel: Channel = input.channel ?? 'generic';
  const draft = buildDraft(typeof text === 'string' ? text : String(text ?? ''));
  const stats = statsOf(draft);
  const status = statusOf(draft);
  if (status.status !== 'ok') return { report: emptyReport(channel, stats, status.status, status.message), evidence: [] };

  const { settings } = settingsFor(input.settings);
  const subject = input.subject?.trim() ? buildDraft(input.subject) : null;
  const allowed = allowedSpans(draft.text, settings.words.allow);
  const group = groupOf(channel);
  const replyText = typeof input.replyTo?.text === 'string' && input.replyTo.text.trim() ? input.replyTo.text : null;
  const exchange = replyText === null ? null : exchangeOf(draft, theirMessage(replyText, input.replyTo?.author));
  // With the message it answers, the exchange decides whether the draft answers them.
  const strengths = exchange ? withExchange(findStrengths(draft), draft, exchange) : findStrengths(draft);
  // How much of the one-to-many baseline the strengths pay off: read by the coaching gate and the noise.
  const credit = strengthCredit(strengths, group, model);
  const personalReply = gateCoaching && isShortPersonalReply(draft, credit);
  const findings: Finding[] = [];
  const weights: number[] = [];
  // Which rule (by place in the run) made each finding: its k-th finding in reading order counts less (below).
  const ruleOf: number[] = [];
  let ruleNumber = -1;
  for (const { rule, severity, options } of settings.rules) {
    ruleNumber++;
    if (rule.channels && !rule.channels.includes(channel)) continue;
    if (rule.coaching && personalReply) continue;
    const ctx: RuleContext<typeof options> = {
      draft,
      subject,
      options,
      channel,
      targets: settings.targets[channel],
      recipients: input.recipients,
      send: input.context ?? {},
      words: settings.words,
      strengths,
      personalReply,
      exchange,
    };
    // Evidence of one finding at scale 1, at the severity the user chose.
    const ruleWeight = ruleEvidence(rule, group, model) * severityRatio(severity, rule);
    let found;
    try {
      found = rule.check(ctx);
    } catch {
      continue; // A failing rule must never cost the user the rest of the report.
    }
    for (const f of found) {
      const fieldText = f.field === 'subject' ? (input.subject ?? '') : f.field === 'replyTo' ? (replyText ?? '') : draft.text;
      // Last guard for every rule: inside the text, and never half an emoji (code-points.ts).
      const start = codePointBoundary(fieldText, clamp(f.start, 0, fieldText.length));
      const end = codePointBoundary(fieldText, clamp(f.end, start, fieldText.length), 'after');
      if ((f.field ?? 'body') === 'body' && isInsideAllowed(allowed, start, end)) continue;
      const weight = ruleWeight * (f.scale ?? 1);
      const finding: Finding = {
        rule: rule.id,
        category: rule.category,
        principle: rule.principle,
        // Advice the data gives no weight costs nothing, so it shows as a hint unless the user raised it.
        severity: weight === 0 && severity === rule.severity ? 'hint' : severity,
        messageId: f.messageId,
        message: formatMessage(rule.messages[f.messageId] ?? f.messageId, f.data),
        start,
        end,
        suggestions: f.suggestions ?? [],
        points: 0,
      };
      if (f.field) finding.field = f.field;
      findings.push(finding);
      weights.push(weight);
      ruleOf.push(ruleNumber);
    }
  }
  // Sort by position, keeping evidence paired with its finding; a rule's k-th finding in reading
  // order counts less than its first (model.ts). Every keystroke sorts every finding
  // (reading-order.ts) and counts per rule by number, not by id.
  const order = readingOrder(findings);
  const sorted = order.map((i) => findings[i]!);
  const seen = new Int32Array(ruleNumber + 1);
  const discount = repeatFactors(model);
  const evidence = order.map((i) => weights[i]! * discount(seen[ruleOf[i]!]!++));
  const { score, dimensions } = scoreFindings(sorted, evidence, group, model);
  const report: Report = {
    status: 'ok',
    channel,
    score,
    verdict: VERDICT_LABELS[verdictFor(score)],
    dimensions,
    noise: noiseReport(sorted, evidence, rulesById, group, credit, model),
    findings: sorted,
    strengths,
    stats,
  };
  return { report, evidence };
}

/** Under this many words, a draft that already reads as a reply gets no coaching advice. */
const SHORT_REPLY_WORDS = 120;

/** A short draft whose strengths pay off the whole one-to-many baseline: a person answering a person. */
function isShortPersonalReply(draft: Draft, credit: number): boolean {
  return draft.words.length < SHORT_REPLY_WORDS && credit >= 1;
}

const clamp = (n: number, lo: number, hi: number): number => (Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo);

function statusOf(draft: Draft): { status: ReportStatus; message?: string } {
  const words = draft.words;
  if (words.length === 0) return { status: 'empty', message: 'Nothing to check yet: start writing and Parley will coach as you go.' };
  if (words.every((w) => isUrl(w) || isEmail(w))) return { status: 'url-only', message: 'Only a link here: add a line that tells the reader why it is worth their time.' };
  if (!looksEnglish(draft)) return { status: 'not-english', message: 'This does not look like English. Parley coaches English drafts only, so it shows no hints here.' };
  if (words.length < 3) return { status: 'too-short', message: 'Too short to judge: write a sentence or two.' };
  return { status: 'ok' };
}

function statsOf(draft: Draft): DraftStats {
  // Runs on every keystroke: the word counts are summed per cached sentence (nlp/tallies.ts).
  const { youWords, weWords, hashtags, links } = draftTally(draft);
  let questions = 0;
  for (const s of draft.sentences) if (s.isQuestion) questions++;
  return {
    characters: draft.text.length,
    words: draft.words.length,
    sentences: draft.sentences.length,
    questions,
    readingGrade: readingGrade(draft),
    youWords,
    weWords,
    hashtags,
    links,
  };
}

function emptyReport(channel: Channel, stats: DraftStats, status: ReportStatus, message?: string): Report {
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, { score: 100, findings: [] }])) as unknown as Record<Dimension, DimensionReport>;
  return {
    status,
    ...(message ? { statusMessage: message } : {}),
    channel,
    score: null,
    verdict: message ?? '',
    dimensions,
    noise: { level: 'low', score: 0, reasons: [] },
    findings: [],
    strengths: [],
    stats,
  };
}
