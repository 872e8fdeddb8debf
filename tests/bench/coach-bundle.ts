/**
 * What the coach bundle (src/content/main.js, injected on first focus) is made of: main.ts built
 * the way the extension build makes it (one minified IIFE, in memory), then every byte of the
 * output charged to the source file its source map names, and summed by part.
 * `npm run bench:bundle` prints the table; docs/benchmarks-browser.md records it.
 */
import { gzipSync } from 'node:zlib';
import { minifiedChunks } from './bundle.ts';

/** The parts, first match wins; paths are relative to the repository. */
const PARTS: readonly [string, RegExp][] = [
  ["compromise's lexicon and pre-tagger", /node_modules\/compromise\/src\/2-two\/preTagger\//],
  ["compromise's post-tagger", /node_modules\/compromise\/src\/2-two\/postTagger\//],
  ['the rest of compromise (tokenizer, matcher, views)', /node_modules\/(compromise|efrt|grad-school|suffix-thumb)\//],
  ['webextension-polyfill', /node_modules\/webextension-polyfill\//],
  ['the rules (checks, messages, fixes)', /src\/core\/(rules\/|rule\.ts|phrase-rule\.ts)/],
  ["the core's word lists", /src\/core\/lexicon\//],
  ['the rest of the core (draft, signals, score, settings check)', /src\/core\//],
  ['the coach and the overlay', /src\/content\//],
  ['settings, messaging, report wording, sites', /src\//],
];

const GLUE = 'unmapped (bundler glue)';

export interface BundlePart {
  part: string;
  bytes: number;
}
export interface CoachBundle {
  bytes: number;
  gzipBytes: number;
  parts: BundlePart[];
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first two fields of each mapping segment (generated column, source index), per line. */
function* segments(mappings: string): Generator<{ line: number; column: number; source: number | null }> {
  let source = 0;
  const lines = mappings.split(';');
  for (let line = 0; line < lines.length; line++) {
    let column = 0;
    for (const segment of lines[line]!.split(',')) {
      if (segment === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0]!;
      if (fields.length > 1) source += fields[1]!;
      yield { line, column, source: fields.length > 1 ? source : null };
    }
  }
}

/** Bytes of `code` per part: each segment owns the text up to the next segment on its line. */
export function partsOf(code: string, map: SourceMap): BundlePart[] {
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  const all = [...segments(map.mappings)];
  for (let i = 0; i < all.length; i++) {
    const { line, column, source } = all[i]!;
    const next = all[i + 1];
    const end = next && next.line === line ? next.column : lines[line]!.length;
    const path = source === null ? '' : map.sources[source]!.replace(/^(\.\.\/)+/, '');
    const part = PARTS.find(([, pattern]) => pattern.test(path))?.[0] ?? GLUE;
    bytes.set(part, (bytes.get(part) ?? 0) + Buffer.byteLength(lines[line]!.slice(column, end)));
  }
  // Line breaks and the text before a line's first segment belong to no source.
  const charged = [...bytes.values()].reduce((sum, n) => sum + n, 0);
  bytes.set(GLUE, (bytes.get(GLUE) ?? 0) + Buffer.byteLength(code) - charged);
  return [...bytes].map(([part, n]) => ({ part, bytes: n })).sort((a, b) => b.bytes - a.bytes);
}

/** main.ts as the extension ships it (the settings crxjs gives its IIFE build), with a source map. */
export async function coachBundle(): Promise<CoachBundle> {
  const chunks = await minifiedChunks({ entry: 'src/content/main.ts', formats: ['iife'], name: 'main', fileName: () => 'main.js' }, true);
  const main = chunks.find((chunk) => chunk.isEntry && chunk.map);
  if (!main?.map) throw new Error('no coach bundle in the build output');
  return { bytes: Buffer.byteLength(main.code), gzipBytes: gzipSync(main.code, { level: 9 }).length, parts: partsOf(main.code, main.map) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bytes, gzipBytes, parts } = await coachBundle();
  // The same unit as the browser bench's bundle row (1,024 bytes), so the two figures compare.
  const kB = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
  console.log(`\nThe coach bundle (src/content/main.ts, minified IIFE): ${kB(bytes)}, ${kB(gzipBytes)} gzipped\n`);
  for (const { part, bytes: n } of parts) console.log(`${kB(n).padStart(9)}  ${((100 * n) / bytes).toFixed(0).padStart(3)}%  ${part}`);
}
