/**
 * What the popup says about a report, as plain data: every lost point with its fix, the
 * dimensions as bars, the top fixes first. Pure, so the wording is unit-tested.
 */
import { DIMENSION_SHARE, verdictFor } from '../core/score.ts';
import { DIMENSIONS, type Dimension, type Finding, type Report } from '../core/types.ts';
import { DIMENSION_LABELS } from '../shared/labels.ts';
import { type ScoreBand, scoreBand } from '../shared/score-band.ts';
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

/**
 * The few changes that win back the most points, one per rule (four self-praise words are one
 * lesson), and only ones the page can point at: the popup's buttons jump to them.
 */
/** A change worth less than a point is not a top fix: the list would be noise itself. */
const MIN_TOP_FIX_POINTS = 1;

export function topFixes(report: Report, limit = 3): FixLine[] {
  const best = new Map<string, FixLine>();
  const lines = report.findings.map((_, i) => fixLine(report, i)).filter((l) => l.points >= MIN_TOP_FIX_POINTS && l.inText);
  for (const line of lines.sort(byCost)) if (!best.has(line.rule)) best.set(line.rule, line);
  return [...best.values()].slice(0, limit);
}

const VERDICT_LINES: Record<string, string> = {
  'Real dialogue': 'This reads like a conversation. Send it when it says what you mean.',
  'Mostly dialogue': 'Mostly talking with the reader. A fix or two below will make it land.',
  'Leaning broadcast': 'This leans towards an announcement. Start with the fixes below.',
  'Mostly broadcast': 'This reads like an ad, and readers skim past ads. Start with the fixes below.',
};

/** The sentence under the verdict: what the score means for the reader, and what to do. */
export function verdictLine(score: number): string {
  return VERDICT_LINES[verdictFor(score)] ?? '';
}
