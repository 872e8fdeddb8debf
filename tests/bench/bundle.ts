/**
 * The core's size as a browser loads it: src/core/index.ts bundled with compromise, minified,
 * the way the extension ships it, built in memory (nothing written). Also the library build
 * (lib/index.js, compromise external) when `npm run build:lib` has run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

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

export async function browserBundleSize(): Promise<BundleSize> {
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: 'src/core/index.ts', formats: ['es'], fileName: () => 'core.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  let code = '';
  for (const out of outputs) {
    if (!isOutput(out)) continue;
    for (const chunk of out.output) if (chunk.type === 'chunk') code += chunk.code;
  }
  return sizeOf('core + compromise, minified (as the extension ships it)', code);
}

export function libraryBundleSize(): BundleSize | null {
  const file = `${ROOT}lib/index.js`;
  return existsSync(file) ? sizeOf('lib/index.js (compromise external, unminified)', readFileSync(file, 'utf8')) : null;
}
