/**
 * The README and docs/ are what users and contributors read: the facts in them that the code
 * decides (rules, score bands, channel targets, the public contracts) must match the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as core from '../../src/core/index.ts';
import { analyze, CHANNEL_TARGETS, CHANNELS, DIMENSION_SHARE, RULES, type Channel, type Report } from '../../src/core/index.ts';
import { DEFAULT_DAILY_LIMITS, DEFAULT_DOMAIN_DAILY, DEFAULT_DUPLICATE_THRESHOLD } from '../../src/core/memory/limits.ts';
import { STRENGTHS } from '../../src/core/strengths/index.ts';
import { VERDICT_LABELS, verdictFor as verdictKey } from '../../src/core/verdict.ts';
import { EXIT_NOISY, EXIT_OK, EXIT_TROUBLE } from '../../src/cli/outcome.ts';
import { HELP } from '../../src/cli/help.ts';
import { readPack, SECTIONS } from '../../src/settings/pack.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { SITE_IDS } from '../../src/shared/sites.ts';
import { FAIR_FROM, GOOD_FROM } from '../../src/shared/report/score-band.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');
const readme = read('README.md');
const rulesDoc = read('docs/rules.md');
const scoreDoc = read('docs/score.md');
const usingDoc = read('docs/using.md');
const contracts = read('docs/contracts.md');

/** The text of one `## ` section of a page, up to the next one. */
function section(page: string, heading: string): string {
  const start = page.indexOf(`\n## ${heading}\n`);
  expect(start, `no "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end < 0 ? undefined : end);
}
const codeNames = (text: string): Set<string> => new Set([...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!));
/** Line breaks in prose are layout: compare with single spaces. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');
const thousands = (n: number): string => n.toLocaleString('en-US');

describe('docs/rules.md', () => {
  test('lists every rule under its dimension, with the dimension share', () => {
    const rows = [...rulesDoc.matchAll(/^\| ([A-Z][\w -]+) \((\d+)\) \| (.+) \|$/gm)];
    const documented = Object.fromEntries(rows.map(([, name, share, ids]) => [name!.toLowerCase().replace(/ /g, '-'), { share: Number(share), ids: [...ids!.matchAll(/`([\w-]+)`/g)].map((m) => m[1]) }]));
    const registered: Record<string, { share: number; ids: string[] }> = {};
    for (const rule of RULES) (registered[rule.category] ??= { share: DIMENSION_SHARE[rule.category], ids: [] }).ids.push(rule.id);
    for (const entry of Object.values(documented)) entry.ids.sort();
    for (const entry of Object.values(registered)) entry.ids.sort();
    expect(documented).toEqual(registered);
    expect(rulesDoc).toContain(`become ${RULES.length} rules`);
  });

  test('states each channel\'s default targets as channels.ts declares them', () => {
    const t = (channel: Channel) => Object.fromEntries(Object.entries(CHANNEL_TARGETS[channel]).map(([key, d]) => [key, d.default as number]));
    const row = (label: string): string => rulesDoc.split('\n').find((line) => line.startsWith(`| ${label} |`)) ?? '';
    const email = t('email');
    const post = t('linkedin-post');
    const message = t('linkedin-message');
    const x = t('x');
    const facebook = t('facebook');
    const generic = t('generic');
    const expected: Record<string, string[]> = {
      email: [`best ${email.bestMinWords}–${email.bestMaxWords} words (too short under ${email.minWords})`, `1–${email.maxQuestions} questions`, `grade ≤ ${email.maxGrade}`, `subject ≤ ${email.subjectMaxChars} characters and ≤ ${email.subjectMaxWords} words`],
      'LinkedIn post': [`${thousands(post.maxChars!)} characters hard, best ≤ ${thousands(post.bestMaxChars!)}`, `~${post.foldChars}-character`, `≤ ${post.maxHashtags} hashtags`],
      'LinkedIn message': [`${thousands(message.maxChars!)} characters, best ≤ ${message.bestMaxWords} words, ≤ ${message.maxQuestions} questions`],
      X: [`${x.maxChars} characters hard, best ≤ ${x.bestMaxChars}`, `≤ ${x.maxHashtags} hashtags`],
      Facebook: [`best ≤ ${facebook.bestMaxChars} characters; ≤ ${facebook.maxHashtags} hashtags`],
      'any other text box': [`≤ ${generic.maxHashtags} hashtags, ${generic.maxQuestions} questions, grade ≤ ${generic.maxGrade}`],
    };
    expect(Object.keys(expected)).toHaveLength(CHANNELS.length);
    for (const [label, facts] of Object.entries(expected)) for (const fact of facts) expect(row(label), label).toContain(fact);
  });
});

describe('docs/score.md', () => {
  test('states the score scale, verdicts and colour bands the code uses', () => {
    const verdictFor = (score: number): string => VERDICT_LABELS[verdictKey(score)];
    const verdicts = [80, 60, 40].map((from) => verdictFor(from));
    expect(flat(scoreDoc)).toContain(`80+ "${verdicts[0]}", 60–79 "${verdicts[1]}", 40–59 "${verdicts[2]}", under 40 "${verdictFor(39)}"`);
    expect(flat(scoreDoc)).toContain(`green from ${GOOD_FROM}, amber from ${FAIR_FROM}, red below`);
    expect(verdictFor(79)).toBe(verdicts[1]);
    expect(verdictFor(59)).toBe(verdicts[2]);
    const shares = Object.entries(DIMENSION_SHARE).map(([dimension, share]) => `\`${dimension}\` ${share}`);
    expect(flat(scoreDoc)).toContain(`gauge (${shares.join(', ')}) empties`);
  });
});

describe('README.md', () => {
  test('counts the rules and strengths right, and names the exit codes the CLI uses', () => {
    expect(readme).toContain(`${RULES.length} rules, one file each`);
    expect(flat(readme)).toContain(`${STRENGTHS.length} strengths`);
    expect(flat(readme)).toContain(`Exit codes: ${EXIT_OK} all good, ${EXIT_NOISY} noise is high in any draft (for CI), ${EXIT_TROUBLE} a usage error`);
  });
});

describe('docs/using.md', () => {
  test('states the noise memory\'s default limits', () => {
    const d = DEFAULT_DAILY_LIMITS;
    const text = `${d['linkedin-post']} LinkedIn posts, ${d.x} X posts, ${d.facebook} Facebook posts, ${d.email} emails, ${d['linkedin-message']} LinkedIn messages and ${DEFAULT_DOMAIN_DAILY} marketing email per recipient organisation; a draft counts as a repeat from ${Math.round(DEFAULT_DUPLICATE_THRESHOLD * 100)}% similar`;
    expect(flat(usingDoc)).toContain(text);
  });
});

describe('docs/contracts.md', () => {
  test('names every value the library exports', () => {
    const library = section(contracts, "The library: `import { analyze } from 'parley'`");
    for (const name of Object.keys(core)) expect(library, name).toMatch(new RegExp(`\`[^\`\\n]*\\b${name}\\b[^\`\\n]*\``));
  });

  test('names every field of a Report, its findings, suggestions, strengths, noise and stats', () => {
    const fields = new Set<string>();
    const add = (object: object): void => Object.keys(object).forEach((key) => fields.add(key));
    const reports: Report[] = [
      analyze('Thanks Sam, how was Monday? We are thrilled to announce our award-winning, best-in-class platform!!! Click here to buy now, limited time only.', {
        channel: 'email',
        subject: 'AMAZING OFFER!!! BUY NOW',
      }),
      analyze(''),
    ];
    const findings = reports.flatMap((r) => r.findings);
    // The sample must show every optional part, or a field could go undocumented unseen.
    expect(findings.some((f) => f.field === 'subject')).toBe(true);
    expect(new Set(findings.flatMap((f) => f.suggestions.map((s) => s.kind)))).toEqual(new Set(['replace', 'advice']));
    expect(reports[0]!.strengths.length).toBeGreaterThan(0);
    expect(reports[1]!.statusMessage).toBeTruthy();
    for (const report of reports) {
      add(report);
      add(report.noise);
      add(report.stats);
      for (const [name, dimension] of Object.entries(report.dimensions)) {
        fields.add(name);
        add(dimension);
      }
      report.strengths.forEach(add);
    }
    findings.forEach(add);
    findings.flatMap((f) => f.suggestions).forEach(add);
    const documented = flat(section(contracts, 'The Report'));
    for (const field of fields) expect(documented, field).toMatch(new RegExp(`[\`{ ]${field}[\`,?: }]`));
  });

  test('lists exactly the CLI flags `parley --help` lists, and its exit codes', () => {
    const cli = section(contracts, 'The `parley` CLI');
    const flagsIn = (text: string): string[] => [...new Set([...text.matchAll(/(?<![\w-])(--?[a-z][a-z-]*)/g)].map((m) => m[1]!))].sort();
    const table = cli.split('\n').filter((line) => line.startsWith('| `-')).join('\n');
    expect(flagsIn(table)).toEqual(flagsIn(HELP.slice(HELP.indexOf('Options:'), HELP.indexOf('Locations'))));
    expect(flat(cli)).toContain(`${EXIT_OK} all good; ${EXIT_NOISY} noise is high in at least one draft (for CI); ${EXIT_TROUBLE} a usage error`);
  });

  test('documents every data-parley-* attribute the extension sets or reads, and no other', () => {
    const inSource = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name)) {
          const text = readFileSync(path, 'utf8');
          for (const m of text.matchAll(/data-parley(?:-[a-z]+)*/g)) inSource.add(m[0]);
          for (const m of text.matchAll(/dataset\.parley([A-Z]\w*)/g)) inSource.add(`data-parley${m[1]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
        }
      }
    };
    walk(new URL('src', ROOT).pathname);
    const documented = new Set([...section(contracts, "The overlay's DOM").matchAll(/data-parley(?:-[a-z]+)*/g)].map((m) => m[0]));
    expect([...documented].sort()).toEqual([...inSource].sort());
  });

  test('shows a rule pack every reader takes whole, and names every setting a pack holds', () => {
    const packs = section(contracts, 'Rule packs');
    const example = /```json\n([\s\S]*?)```/.exec(packs)![1]!;
    const reading = readPack(example, DEFAULT_SETTINGS, { mode: 'strict' });
    expect(reading).toMatchObject({ ok: true, problems: [] });
    if (reading.ok) expect([...reading.sections].sort()).toEqual([...SECTIONS].sort());
    const names = codeNames(packs);
    const targets = Object.keys(CHANNEL_TARGETS.email);
    const settingNames = [...targets, ...Object.keys(DEFAULT_SETTINGS.memory), ...Object.keys(DEFAULT_SETTINGS.sites), ...SITE_IDS, 'brag', 'flag', 'allow'];
    for (const name of settingNames) expect(names, name).toContain(name);
  });
});
