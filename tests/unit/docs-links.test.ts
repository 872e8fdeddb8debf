/**
 * The README and docs/ never send a reader outside the repository: a reader of a clone has
 * nothing beside it. Every relative link resolves to a file of the repository (and a #section to
 * a heading of that page), and every repository path they name in code exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = ['README.md', ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];

/** Fenced code is code: its "# comments" are no headings, and it holds no links. */
const withoutFences = (text: string): string => text.replace(/^```[\s\S]*?^```/gm, '');
const read = (page: string): string => readFileSync(join(ROOT, page), 'utf8');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
const anchorsOf = (page: string): Set<string> => new Set([...withoutFences(read(page)).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));

/** Markdown links and images: [text](target) and ![alt](target). */
const linksOf = (text: string): string[] => [...withoutFences(text).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);

/** Repository paths named in code spans (`src/core/analyze.ts`); templates (<id>, *) are not paths. */
const namedPaths = (text: string): string[] =>
  [...text.matchAll(/`((?:src|tests|scripts|docs|public|\.ci)\/[^`\s]*)`/g)].map((m) => m[1]!).filter((path) => !/[<>*…{}]/.test(path));

const outside = (path: string): boolean => {
  const rel = relative(ROOT, path);
  return rel.startsWith('..') || isAbsolute(rel);
};

describe.each(PAGES)('%s', (page) => {
  const text = read(page);

  test('names no path outside the repository', () => {
    expect(text).not.toMatch(/\.\.\/shared|\/work\/|(?<![\w.])~\//);
  });

  test('every relative link resolves to a file of the repository, and every #section to a heading', () => {
    for (const link of linksOf(text)) {
      if (/^[a-z][a-z\d+.-]*:/i.test(link)) continue; // https:, mailto:: a public address, not a path
      const [path, anchor] = link.split('#') as [string, string | undefined];
      const target = path === '' ? join(ROOT, page) : resolve(ROOT, dirname(page), decodeURI(path));
      expect(outside(target), `${link} leaves the repository`).toBe(false);
      expect(existsSync(target), `${link} does not exist`).toBe(true);
      if (anchor !== undefined && target.endsWith('.md')) expect(anchorsOf(relative(ROOT, target)), `${link}: no such heading`).toContain(anchor);
    }
  });

  test('every repository path it names exists', () => {
    for (const path of namedPaths(text)) expect(existsSync(join(ROOT, path)), `${path} does not exist`).toBe(true);
  });
});

test('the checks see what they check: links, anchors and paths are found in a sample', () => {
  const sample = 'See [rules](docs/rules.md#add-a-rule) and ![shot](a.png "t").\n```\n[not](a link)\n```\n`src/core/index.ts`, `src/core/rules/<id>.ts`';
  expect(linksOf(sample)).toEqual(['docs/rules.md#add-a-rule', 'a.png']);
  expect(namedPaths(sample)).toEqual(['src/core/index.ts']);
  expect(slug("The overlay's DOM")).toBe('the-overlays-dom');
  expect(slug('The `parley` CLI')).toBe('the-parley-cli');
});
