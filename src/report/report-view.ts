/**
 * What Parley says about a report, as plain data, for the popup and the in-page panel alike:
 * the verdict, the band and its colour, every lost point with its fix, the dimensions as bars,
 * the top fixes first. Pure (no DOM, no extension API), so the wording is unit-tested and both
 * screens list the same fixes for the same draft.
 */
import { DIMENSION_SHARE } from '../core/score.ts';
import { DIMENSIONS, type Channel, type Dimension, type Finding, type Report } from '../core/types.ts';
import { VERDICT_LABELS, type Verdict, verdictFor } from '../core/verdict.ts';
import { DIMENSION_LABELS } from '../core/labels.ts';
import { noiseView, type NoiseView } from './noise-view.ts';
import { type ScoreBand, scoreBand, scoreColour } from './score-band.ts';
import { tidyCounts } from './wording.ts';

/** One finding as the popup lists it: "−6 pts · what is wrong → what to do". */
export interface FixLine {
  /** Index into Report.findings (what focusFinding takes). */
  index: number;
  rule: string;
  points: number;
  message: string;
  fix: string | null;
  /** The finding marks text in the draft, so the page can scroll to it. */
  inText: boolean;
  /** How many findings of this rule the line stands for (dimensionRows groups them). */
  count: number;
}

export interface DimensionRow {
  dimension: Dimension;
  label: string;
  /** 0–100 within the dimension (the bar). */
  score: number;
  band: ScoreBand;
  /** Points this dimension adds to the overall score, out of its share. */
  earned: number;
  share: number;
  lines: FixLine[];
}

/** "−6 pts", "−2.5 pts", "−1 pt"; null for findings that only inform. */
export function pointsLabel(points: number): string | null {
  if (points <= 0) return null;
  return `−${points} ${points === 1 ? 'pt' : 'pts'}`;
}

export function fixLine(report: Report, index: number): FixLine {
  const f: Finding = report.findings[index]!;
  return {
    index,
    rule: f.rule,
    points: f.points,
    message: tidyCounts(f.message),
    // The rule lists its best fix first (conventions.test.ts: every finding names one).
    fix: f.suggestions[0] ? tidyCounts(f.suggestions[0].label) : null,
    inText: f.end > f.start,
    count: 1,
  };
}

/** Costliest first; ties keep the order in the draft. */
const byCost = (a: FixLine, b: FixLine): number => b.points - a.points || a.index - b.index;

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * One line per rule: four self-praise words are one lesson, not four. The line keeps the
 * costliest finding's words and adds up the points of all of them.
 */
export function groupByRule(lines: readonly FixLine[]): FixLine[] {
  const groups = new Map<string, FixLine>();
  for (const line of [...lines].sort(byCost)) {
    const group = groups.get(line.rule);
    if (group) groups.set(line.rule, { ...group, points: round1(group.points + line.points), count: group.count + 1 });
    else groups.set(line.rule, line);
  }
  return [...groups.values()].sort(byCost);
}

export function dimensionRows(report: Report): DimensionRow[] {
  return DIMENSIONS.map((dimension) => {
    const { score, findings } = report.dimensions[dimension];
    const share = DIMENSION_SHARE[dimension];
    return {
      dimension,
      label: DIMENSION_LABELS[dimension],
      score,
      band: scoreBand(score),
      earned: Math.round((share * score) / 100),
      share,
      lines: groupByRule(findings.map((i) => fixLine(report, i))),
    };
  });
}

/** The dimension that lost the most points (the first on a tie); null when none lost any. */
export function mostLost(rows: readonly DimensionRow[]): DimensionRow | null {
  let worst: DimensionRow | null = null;
  for (const row of rows) {
    const lost = row.share - row.earned;
    if (row.lines.length > 0 && lost > 0 && (!worst || lost > worst.share - worst.earned)) worst = row;
  }
  return worst;
}

const NONE: ReadonlySet<string> = new Set();
/** How many fixes both screens put first. */
const TOP_FIXES = 3;

/**
 * The few changes that win back the most points, one per rule (four self-praise words are one
 * lesson), and only ones the page can point at: the popup's buttons jump to them.
 */
/** A change worth less than a point is not a top fix: the list would be noise itself. */
const MIN_TOP_FIX_POINTS = 1;

export function topFixes(report: Report, limit = TOP_FIXES, skipRules: ReadonlySet<string> = NONE): FixLine[] {
  const best = new Map<string, FixLine>();
  const lines = report.findings.map((_, i) => fixLine(report, i)).filter((l) => l.points >= MIN_TOP_FIX_POINTS && l.inText && !skipRules.has(l.rule));
  for (const line of lines.sort(byCost)) if (!best.has(line.rule)) best.set(line.rule, line);
  return [...best.values()].slice(0, limit);
}

const VERDICT_LINES: Record<Verdict, string> = {
  'real-dialogue': 'This reads like a conversation. Send it when it says what you mean.',
  'mostly-dialogue': 'Mostly talking with the reader. A fix or two below will make it land.',
  'leaning-broadcast': 'This leans towards an announcement. Start with the fixes below.',
  'mostly-broadcast': 'This reads like an ad, and readers skim past ads. Start with the fixes below.',
};

/** The sentence under the verdict: what the score means for the reader, and what to do. */
export function verdictLine(score: number): string {
  return VERDICT_LINES[verdictFor(score)];
}

/** A scored report as both screens show it. */
export interface ReportPresentation {
  score: number;
  verdict: Verdict;
  verdictLabel: string;
  verdictLine: string;
  band: ScoreBand;
  /** The band's colour, for screens drawn without the popup's stylesheet (the in-page panel). */
  colour: string;
  topFixes: FixLine[];
  dimensions: DimensionRow[];
  noise: NoiseView | null;
  /** What already works: the signs of dialogue found (core/strengths), one line each. */
  strengths: string[];
}

export interface PresentOptions {
  /** Sends this week by channel (the popup's noise memory); absent in the page. */
  sentThisWeek?: Partial<Record<Channel, number>>;
  /**
   * Rules whose findings to leave out: where the page can read the result (the in-page panel),
   * those that need the send history (rules/index.ts SEND_HISTORY_RULES). The page already
   * holds the draft, not the history.
   */
  hideRules?: ReadonlySet<string>;
}

/** Leaves out the noise memory's findings and the noise reasons they became; indexes stay the report's. */
function withoutHistory(report: Report, view: Pick<ReportPresentation, 'topFixes' | 'dimensions' | 'noise'>, hidden: ReadonlySet<string>): typeof view {
  const fromHistory = (line: FixLine): boolean => hidden.has(line.rule);
  const historyMessages = new Set(report.findings.filter((f) => hidden.has(f.rule)).map((f) => tidyCounts(f.message)));
  const reasons = view.noise?.reasons.filter((r) => !historyMessages.has(r)) ?? [];
  return {
    topFixes: topFixes(report, TOP_FIXES, hidden),
    dimensions: view.dimensions.map((row) => ({ ...row, lines: row.lines.filter((l) => !fromHistory(l)) })),
    noise: view.noise && { ...view.noise, reasons, week: null },
  };
}

/** Null for a report with no score (empty, too short, not English): its status message says why. */
export function presentReport(report: Report, { sentThisWeek, hideRules }: PresentOptions = {}): ReportPresentation | null {
  if (report.score === null) return null;
  const verdict = verdictFor(report.score);
  const view = { topFixes: topFixes(report), dimensions: dimensionRows(report), noise: noiseView(report, sentThisWeek) };
  return {
    score: report.score,
    verdict,
    verdictLabel: VERDICT_LABELS[verdict],
    verdictLine: VERDICT_LINES[verdict],
    band: scoreBand(report.score),
    colour: scoreColour(report.score),
    strengths: report.strengths.map((s) => s.label),
    ...(hideRules ? withoutHistory(report, view, hideRules) : view),
  };
}
