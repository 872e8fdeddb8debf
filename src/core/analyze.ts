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
import { RULES } from './rules/index.ts';
import { findingCost, scoreFindings } from './score.ts';
import { type ResolvedSettings, resolveSettings } from './settings.ts';
import { DIMENSIONS, type AnalyzeInput, type Channel, type Dimension, type DimensionReport, type DraftStats, type Finding, type Report, type ReportStatus } from './types.ts';
import { Lru } from './nlp/lru.ts';
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
  const channel: Channel = input.channel ?? 'generic';
  const draft = buildDraft(typeof text === 'string' ? text : String(text ?? ''));
  const stats = statsOf(draft);
  const status = statusOf(draft);
  if (status.status !== 'ok') return emptyReport(channel, stats, status.status, status.message);

  const { settings } = settingsFor(input.settings);
  const subject = input.subject?.trim() ? buildDraft(input.subject) : null;
  const allowed = allowedSpans(draft.text, settings.words.allow);
  const findings: Finding[] = [];
  const raw: number[] = [];
  for (const { rule, severity, options } of settings.rules) {
    if (rule.channels && !rule.channels.includes(channel)) continue;
    const ctx: RuleContext<typeof options> = {
      draft,
      subject,
      options,
      channel,
      targets: settings.targets[channel],
      recipients: input.recipients,
      send: input.context ?? {},
      words: settings.words,
    };
    let found;
    try {
      found = rule.check(ctx);
    } catch {
      continue; // A failing rule must never cost the user the rest of the report.
    }
    for (const f of found) {
      const fieldText = f.field === 'subject' ? (input.subject ?? '') : draft.text;
      // Last guard for every rule: inside the text, and never half an emoji (code-points.ts).
      const start = codePointBoundary(fieldText, clamp(f.start, 0, fieldText.length));
      const end = codePointBoundary(fieldText, clamp(f.end, start, fieldText.length), 'after');
      if (f.field !== 'subject' && isInsideAllowed(allowed, start, end)) continue;
      findings.push({
        rule: rule.id,
        category: rule.category,
        principle: rule.principle,
        severity,
        messageId: f.messageId,
        message: formatMessage(rule.messages[f.messageId] ?? f.messageId, f.data),
        start,
        end,
        suggestions: f.suggestions ?? [],
        points: 0,
        ...(f.field ? { field: f.field } : {}),
      });
      raw.push(findingCost(rule.weight, severity, f.scale));
    }
  }
  // Sort by position, keeping raw costs paired with their findings.
  const order = findings.map((_, i) => i).sort((a, b) => findings[a]!.start - findings[b]!.start || findings[a]!.end - findings[b]!.end);
  const sorted = order.map((i) => findings[i]!);
  const { score, dimensions } = scoreFindings(sorted, order.map((i) => raw[i]!));
  return {
    status: 'ok',
    channel,
    score,
    verdict: VERDICT_LABELS[verdictFor(score)],
    dimensions,
    noise: noiseReport(sorted, rulesById),
    findings: sorted,
    stats,
  };
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
    stats,
  };
}
