/**
 * Everything a Report must satisfy whatever the input, as a list of problems (empty = valid).
 * The popup, the overlay and the CLI all trust these: an offset past the end or inside a
 * surrogate pair would draw an underline in the wrong place or corrupt a replacement.
 */
import { RULES, settingsFor } from '../../src/core/index.ts';
import { findStrengths } from '../../src/core/strengths/find.ts';
import { buildDraft } from '../../src/core/nlp/draft.ts';
import { CHANNELS, DIMENSIONS, PRINCIPLES, SEVERITIES, type Channel, type Finding, type Report } from '../../src/core/types.ts';

const STATUSES = ['ok', 'empty', 'url-only', 'too-short', 'not-english'];
const NOISE_LEVELS = ['low', 'medium', 'high'];
const RULE_IDS = new Set(RULES.map((r) => r.id));

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isPercent = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100;

/** Does offset `i` fall between the two halves of a surrogate pair? */
export function splitsSurrogatePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

function findingProblems(f: Finding, text: string, subject: string): string[] {
  const where = `finding ${f.rule}/${f.messageId} [${f.start},${f.end}]`;
  const problems: string[] = [];
  const target = f.field === 'subject' ? subject : text;
  if (!RULE_IDS.has(f.rule)) problems.push(`${where}: unknown rule`);
  if (!DIMENSIONS.includes(f.category)) problems.push(`${where}: bad category ${f.category}`);
  if (!PRINCIPLES.includes(f.principle)) problems.push(`${where}: bad principle ${f.principle}`);
  if (!SEVERITIES.includes(f.severity)) problems.push(`${where}: bad severity ${f.severity}`);
  if (f.field !== undefined && f.field !== 'body' && f.field !== 'subject') problems.push(`${where}: bad field`);
  if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) problems.push(`${where}: offsets must be integers`);
  if (!(f.start >= 0 && f.start <= f.end && f.end <= target.length)) problems.push(`${where}: outside 0..${target.length}`);
  if (splitsSurrogatePair(target, f.start) || splitsSurrogatePair(target, f.end)) problems.push(`${where}: splits a surrogate pair`);
  if (typeof f.message !== 'string' || f.message.trim() === '') problems.push(`${where}: empty message`);
  if (!(typeof f.points === 'number' && Number.isFinite(f.points) && f.points >= 0)) problems.push(`${where}: bad points ${f.points}`);
  if (!Array.isArray(f.suggestions)) problems.push(`${where}: suggestions must be a list`);
  else {
    for (const s of f.suggestions) {
      const ok = (s.kind === 'advice' || (s.kind === 'replace' && typeof s.replacement === 'string')) && typeof s.label === 'string' && s.label !== '';
      if (!ok) problems.push(`${where}: malformed suggestion ${JSON.stringify(s)}`);
    }
  }
  return problems;
}

export function reportProblems(report: Report, text: string, channel: Channel, subject = ''): string[] {
  const problems: string[] = [];
  if (!STATUSES.includes(report.status)) problems.push(`bad status ${report.status}`);
  if (report.channel !== channel || !CHANNELS.includes(report.channel)) problems.push(`channel ${report.channel}, asked for ${channel}`);
  if (report.status === 'ok' ? !isPercent(report.score) : report.score !== null) problems.push(`score ${report.score} with status ${report.status}`);
  if (typeof report.verdict !== 'string') problems.push('verdict must be a string');
  if (report.status !== 'ok' && report.findings.length > 0) problems.push(`status ${report.status} but ${report.findings.length} findings`);

  for (const d of DIMENSIONS) {
    const dim = report.dimensions[d];
    if (!dim || !isPercent(dim.score)) {
      problems.push(`dimension ${d}: missing or bad score`);
      continue;
    }
    for (const i of dim.findings) {
      if (report.findings[i]?.category !== d) problems.push(`dimension ${d}: index ${i} is not one of its findings`);
    }
  }
  const { noise } = report;
  if (!NOISE_LEVELS.includes(noise.level) || !isPercent(noise.score) || !noise.reasons.every((r) => typeof r === 'string' && r !== '')) {
    problems.push(`bad noise report ${JSON.stringify(noise)}`);
  }
  for (const [key, value] of Object.entries(report.stats)) {
    if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0)) problems.push(`stats.${key} = ${value}`);
  }
  if (report.stats.characters !== text.length) problems.push(`stats.characters ${report.stats.characters} ≠ ${text.length}`);
  for (const f of report.findings) problems.push(...findingProblems(f, text, subject));

  // Every lost point belongs to a finding: the points add up to what the score lost
  // (each finding's points are rounded to 0.1, hence the tolerance).
  if (report.status === 'ok' && report.score !== null) {
    const lost = report.findings.reduce((sum, f) => sum + f.points, 0);
    if (Math.abs(100 - report.score - lost) > 0.5 + 0.05 * report.findings.length) {
      problems.push(`score ${report.score} but findings account for ${lost.toFixed(1)} lost points`);
    }
  }
  return problems;
}

/**
 * analyze() deliberately swallows a rule that throws and clamps its offsets, so the Report
 * alone would hide a crashing rule or a wrong span. This runs every enabled rule's check()
 * directly, as analyze() would, and names any throw or raw offset outside the text.
 */
export function rawRuleProblems(text: string, channel: Channel, subject?: string): string[] {
  const { settings } = settingsFor(undefined);
  const draft = buildDraft(text);
  const subjectDraft = subject?.trim() ? buildDraft(subject) : null;
  const problems: string[] = [];
  for (const { rule, options } of settings.rules) {
    if (rule.channels && !rule.channels.includes(channel)) continue;
    try {
      const found = rule.check({ draft, subject: subjectDraft, options, channel, targets: settings.targets[channel], recipients: 3, send: {}, words: settings.words, strengths: findStrengths(draft), personalReply: false, exchange: null });
      for (const f of found) {
        const target = f.field === 'subject' ? (subject ?? '') : text;
        const ok = Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start <= f.end && f.end <= target.length;
        if (!ok) problems.push(`${rule.id}/${f.messageId}: raw span [${f.start},${f.end}] outside 0..${target.length}`);
        if (!(f.messageId in rule.messages)) problems.push(`${rule.id}: unknown messageId ${f.messageId}`);
      }
    } catch (error) {
      problems.push(`${rule.id} threw: ${error instanceof Error ? error.stack?.split('\n').slice(0, 3).join(' | ') : String(error)}`);
    }
  }
  return problems;
}
