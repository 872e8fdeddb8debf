/**
 * Conventions as tests (STYLE.md habit 7): what every rule must have so the options page,
 * the docs and the score can trust it, and the purity of the analysis core. A new rule that
 * forgets its test, its docs, its registry entry or a fix for its findings fails here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHANNEL_TARGETS, RULES, analyze } from '../src/core/index.ts';
import type { Example } from '../src/core/rule.ts';
import { cleanValue } from '../src/core/option-check.ts';
import { CHANNELS, DIMENSIONS, PRINCIPLES, SEVERITIES } from '../src/core/types.ts';
import { findingsForExample } from './rules/docsExamples.ts';
import { scanSource, sourceFiles } from './sourceScan.ts';

const RULES_DIR = new URL('../src/core/rules/', import.meta.url);
const CORE_DIR = new URL('../src/core/', import.meta.url).pathname;
const RULE_TESTS_DIR = new URL('./rules/', import.meta.url);

/** Each rule file's default export, keyed by file name without ".ts". */
const ruleFiles = new Map<string, unknown>();
for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
  const mod: unknown = await import(new URL(file, RULES_DIR).href);
  ruleFiles.set(basename(file, '.ts'), typeof mod === 'object' && mod !== null && 'default' in mod ? mod.default : undefined);
}

const exampleInput = (e: Example) => (typeof e === 'string' ? { text: e } : e);
function reportFor(example: Example) {
  const e = exampleInput(example);
  return analyze(e.text, { channel: e.channel ?? 'generic', subject: e.subject, replyTo: e.replyTo, context: e.context, settings: e.words ? { words: e.words } : undefined });
}
const show = (e: Example): string => JSON.stringify(exampleInput(e).text).slice(0, 90);

describe('the rule registry', () => {
  test('every file in src/core/rules/ (but index.ts) default-exports a registered rule', () => {
    for (const [file, exported] of ruleFiles) expect(RULES.some((r) => r === exported), `${file}.ts is not in RULES`).toBe(true);
  });

  test('every rule is registered once', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(new Set(RULES).size).toBe(RULES.length);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  test('its id is its file name (src/core/rules/<id>.ts default-exports it)', () => {
    expect(ruleFiles.get(id), `src/core/rules/${id}.ts`).toBe(rule);
  });

  test('has a table test in tests/rules/<id>.test.ts', () => {
    expect(existsSync(new URL(`${id}.test.ts`, RULE_TESTS_DIR)), `tests/rules/${id}.test.ts`).toBe(true);
  });

  test('declares valid metadata', () => {
    expect(DIMENSIONS).toContain(rule.category);
    expect(PRINCIPLES).toContain(rule.principle);
    expect(SEVERITIES).toContain(rule.severity);
    expect(rule.weight).toBeGreaterThan(0);
    for (const channel of rule.channels ?? []) expect(CHANNELS).toContain(channel);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    // The noise warning explains itself with these (noise.ts).
    if (rule.category === 'noise' || rule.category === 'self-promotion') expect(rule.noiseReason?.trim(), 'noiseReason').toBeTruthy();
  });

  test('has docs: a summary of at least 20 characters, a why, good and bad examples', () => {
    expect(rule.docs.summary.trim().length).toBeGreaterThanOrEqual(20);
    expect(rule.docs.why.trim().length).toBeGreaterThan(0);
    expect(rule.docs.good.length).toBeGreaterThanOrEqual(1);
    expect(rule.docs.bad.length).toBeGreaterThanOrEqual(1);
  });

  test('every option default passes its own validation', () => {
    for (const [key, descriptor] of Object.entries(rule.options)) expect(cleanValue(descriptor, descriptor.default, 'strict', key).problem, key).toBeUndefined();
  });

  test('flags every bad example, and none of the good ones', () => {
    for (const example of rule.docs.bad) expect(findingsForExample(rule, example).length, `bad: ${show(example)}`).toBeGreaterThan(0);
    for (const example of rule.docs.good) expect(findingsForExample(rule, example), `good: ${show(example)}`).toEqual([]);
  });

  test('fills every {placeholder} of its messages and noise reason, and uses only its own message ids', () => {
    // A message may quote the user's text ("{{first_name}}"), so look for the template's own keys.
    const unfilled = (template: string | undefined, rendered: string): string[] =>
      [...(template ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[0]).filter((key) => rendered.includes(key));
    for (const example of rule.docs.bad) {
      const report = reportFor(example);
      for (const f of report.findings.filter((x) => x.rule === id)) {
        expect(Object.keys(rule.messages), `messageId of ${show(example)}`).toContain(f.messageId);
        expect(unfilled(rule.messages[f.messageId], f.message), `"${f.message}" on ${show(example)}`).toEqual([]);
      }
      for (const reason of report.noise.reasons) expect(unfilled(rule.noiseReason, reason), `noise reason "${reason}"`).toEqual([]);
    }
  });

  test('every finding on its bad examples names a fix (non-empty suggestions, any rule)', () => {
    for (const example of rule.docs.bad) {
      for (const f of reportFor(example).findings) expect(f.suggestions.length, `${f.rule}/${f.messageId} on ${show(example)}`).toBeGreaterThan(0);
    }
  });
});

test('every channel target default passes its own validation', () => {
  for (const channel of CHANNELS) {
    for (const [key, descriptor] of Object.entries(CHANNEL_TARGETS[channel])) expect(cleanValue(descriptor, descriptor.default, 'strict', key).problem, `${channel}.${key}`).toBeUndefined();
  }
});

describe('the analysis core is pure (no DOM, no extension APIs)', () => {
  const files = sourceFiles(CORE_DIR);
  const BANNED = /^(webextension-polyfill|preact|chrome|@types\/chrome|react|react-dom)(\/|$)/;

  test('the scan sees the core', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(scanSource(`${CORE_DIR}nlp/compromise.ts`).imports).toContain('compromise/two');
  });

  test.each(files.map((f) => [f.slice(CORE_DIR.length), f] as const))('%s imports no browser module and touches no browser global', (_, file) => {
    const { imports, globals } = scanSource(file);
    expect(imports.filter((i) => BANNED.test(i) || i.startsWith('node:'))).toEqual([]);
    expect(globals).toEqual([]);
  });
});

/**
 * The folders of src/ in layers, lowest first: a folder imports only from layers below its
 * own, so every arrow points down and no two folders can form a cycle.
 * - core: the analysis, pure; imports nothing outside itself (it is the published library).
 * - sites (the built-in sites, the hosts a browser withholds), history (the send history's
 *   storage keys and recipient domains), report (a Report as the screens present it): small
 *   pieces the extension's parts share, each on the core alone.
 * - settings: the extension's settings (the core's analysis overrides plus sites, the on/off
 *   switch and the noise memory), stored, synced and managed.
 * - messaging: the typed protocol between the extension's parts, and send/handle over it.
 * - ui: Preact controls shared by the popup and the options page.
 * - the parts: the content script and the CLI, then the worker, popup, options page and
 *   build scripts. `background` and `build` sit above `content` only because they name its
 *   script bundle (`content/main.ts?script`), not its code.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['core'],
  ['sites', 'history', 'report'],
  ['settings'],
  ['messaging'],
  ['ui'],
  ['content', 'cli'],
  ['background', 'popup', 'options', 'build'],
];

const SRC_DIR = new URL('../src/', import.meta.url).pathname;
const folderOf = (file: string): string => relative(SRC_DIR, file).split('/')[0]!;

/** Every import between two top-level folders of src/ (type-only and dynamic ones too). */
const crossings = sourceFiles(SRC_DIR).flatMap((file) =>
  scanSource(file)
    .imports.filter((spec) => spec.startsWith('.'))
    .map((spec) => ({ file: relative(SRC_DIR, file), from: folderOf(file), target: relative(SRC_DIR, resolve(dirname(file), spec.replace(/\?.*$/, ''))) }))
    .map((i) => ({ ...i, to: i.target.startsWith('..') ? '(outside src)' : i.target.split('/')[0]! }))
    .filter((i) => i.to !== i.from),
);

/** A cycle in the folder graph, as "a -> b -> a", or null. */
function findCycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string | null => {
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node].join(' -> ');
    if (state.get(node) === 'done') return null;
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('imports between the folders of src/ only point down', () => {
  const layerOf = (folder: string): number => LAYERS.findIndex((layer) => layer.includes(folder));

  test('the scan sees imports between folders, type-only and dynamic ones included', () => {
    expect(crossings.length).toBeGreaterThan(50);
    expect(crossings.some((c) => c.file === 'background/inject.ts' && c.to === 'content')).toBe(true);
    expect(findCycle(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]))).toBe('a -> b -> c -> a');
  });

  test('nothing under src/core imports a file outside it', () => {
    expect(crossings.filter((c) => c.from === 'core').map((c) => `${c.file} -> ${c.target}`)).toEqual([]);
  });

  test('every folder of src/ has its layer', () => {
    const folders = readdirSync(SRC_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  test('a folder imports only from the layers below it', () => {
    const upward = crossings.filter((c) => layerOf(c.to) < 0 || layerOf(c.to) >= layerOf(c.from));
    expect(upward.map((c) => `${c.file} -> ${c.target}`)).toEqual([]);
  });

  test('no cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of crossings) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    expect(findCycle(edges)).toBeNull();
  });
});
