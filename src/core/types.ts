/**
 * Public types of the analysis core. These are a contract: the CLI's JSON output, the
 * `import { analyze } from 'parley'` API and the extension's messages all carry them.
 */

/** Where the draft will be sent. Each channel has its own targets (see channels.ts). */
export const CHANNELS = ['email', 'linkedin-post', 'linkedin-message', 'x', 'facebook', 'generic'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The score's dimensions. Every rule belongs to exactly one. */
export const DIMENSIONS = ['dialogue', 'value', 'self-promotion', 'noise', 'clarity', 'call-to-action'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const SEVERITIES = ['hint', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PRINCIPLES = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P11'] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** A fix: either text that replaces the finding's span, or advice the writer acts on. */
export type Suggestion =
  | { kind: 'replace'; label: string; replacement: string }
  | { kind: 'advice'; label: string };

/** One thing to change. start/end are UTF-16 offsets into the analysed text (end exclusive). */
export interface Finding {
  rule: string;
  category: Dimension;
  principle: Principle;
  severity: Severity;
  messageId: string;
  message: string;
  start: number;
  end: number;
  suggestions: Suggestion[];
  /** Points of the overall score this finding costs; 0 for findings that only inform. */
  points: number;
  /**
   * The subject line, not the body, is flagged (offsets then index the subject); or the message
   * the draft answers (`replyTo`: offsets index AnalyzeInput.replyTo.text).
   */
  field?: 'body' | 'subject' | 'replyTo';
}

export interface DimensionReport {
  score: number;
  /** Indexes into Report.findings of the findings that lowered this dimension. */
  findings: number[];
}

export type NoiseLevel = 'low' | 'medium' | 'high';

export interface NoiseReport {
  level: NoiseLevel;
  /** 0 (calm) to 100 (pure noise). */
  score: number;
  /** One plain sentence each: what makes the draft noisy. */
  reasons: string[];
}

/**
 * ok: analysed. empty / url-only / too-short / not-english: nothing useful to coach, the
 * status message says why and score is null rather than a misleading number.
 */
export type ReportStatus = 'ok' | 'empty' | 'url-only' | 'too-short' | 'not-english';

export interface DraftStats {
  characters: number;
  words: number;
  sentences: number;
  questions: number;
  readingGrade: number;
  youWords: number;
  weWords: number;
  hashtags: number;
  links: number;
}

/** A sign the draft is written to a person (strengths/): what already works, shown as such. */
export interface StrengthFound {
  id: string;
  label: string;
  /** How many times it shows; start/end are the first one's UTF-16 offsets into the text. */
  count: number;
  start: number;
  end: number;
}

export interface Report {
  status: ReportStatus;
  statusMessage?: string;
  channel: Channel;
  score: number | null;
  verdict: string;
  dimensions: Record<Dimension, DimensionReport>;
  noise: NoiseReport;
  findings: Finding[];
  /** Dialogue signals found (empty when the status is not ok); they raise the score. */
  strengths: StrengthFound[];
  stats: DraftStats;
}

/** Facts from outside the text that rules may weigh (the noise-memory issue fills history). */
export interface SendContext {
  /** Sends already made on this channel today / this week (from the local send log). */
  sentToday?: number;
  sentThisWeek?: number;
  /** The closest earlier send, if any, by fingerprint similarity (0..1). */
  nearestDuplicate?: { similarity: number; sentAt: number; channel: Channel } | null;
  /** The user's most sends a day on this channel (0 = no limit); the built-in default when absent. */
  dailyLimit?: number;
  /** Email: the draft's recipient domain written to most today, and the user's limit per domain. */
  busiestDomain?: { domain: string; sentToday: number; limit: number } | null;
  /** Similarity (0..1) from which a draft counts as sent before; the built-in default when absent. */
  duplicateThreshold?: number;
}

/** The message a draft answers: their words as the page shows them, and who wrote them. */
export interface ReplyTo {
  text: string;
  author?: string;
}

export interface AnalyzeInput {
  channel?: Channel;
  subject?: string;
  /** The message the draft replies to, when there is one: the reply is then judged against it. */
  replyTo?: ReplyTo;
  recipients?: number;
  settings?: unknown;
  context?: SendContext;
}
