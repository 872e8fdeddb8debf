/**
 * The core's size as a browser loads it: src/core/index.ts bundled with compromise, minified,
 * the way the extension ships it, built in memory (nothing written). Also the library build
 * (lib/index.js, compromise external) when `npm run build:lib` has run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type LibraryOptions, type Rolldown } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BundleSize {
  label: string;
  bytes: number;
  gzipBytes: number;
}

const sizeOf = (label: string, code: string): BundleSize => ({
  label,
  bytes: Buffer.byteLength(code),
  gzipBytes: gzipSync(code, { level: 9 }).length,
});

function isOutput(value: unknown): value is Rolldown.RolldownOutput {
  return typeof value === 'object' && value !== null && 'output' in value;
}

/** One entry built in memory (nothing written), minified for es2022 as the extension ships it. */
export async function minifiedChunks(lib: LibraryOptions, sourcemap = false): Promise<Rolldown.OutputChunk[]> {
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: { write: false, minify: true, sourcemap, target: 'es2022', lib },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.filter(isOutput).flatMap((out) => out.output.filter((chunk) => chunk.type === 'chunk'));
}

export async function browserBundleSize(): Promise<BundleSize> {
  const chunks = await minifiedChunks({ entry: 'src/core/index.ts', formats: ['es'], fileName: () => 'core.js' });
  return sizeOf('core + compromise, minified (as the extension ships it)', chunks.map((chunk) => chunk.code).join(''));
}

export function libraryBundleSize(): BundleSize | null {
  const file = `${ROOT}lib/index.js`;
  return existsSync(file) ? sizeOf('lib/index.js (compromise external, unminified)', readFileSync(file, 'utf8')) : null;
}
