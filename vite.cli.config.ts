/**
 * Build of the `parley` command to lib/cli.js (Node ESM with a shebang). The CLI reaches the
 * core only through src/core/index.ts, which this build maps to the library bundle beside it
 * (./index.js) instead of inlining a second copy of the core.
 */
import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

const CORE_DIR = resolve(import.meta.dirname, 'src/core');
const CORE_ENTRY = resolve(CORE_DIR, 'index.ts');
const CLI_DIR = resolve(import.meta.dirname, 'src/cli');

/** Imports of the core's public entry become `./index.js`, the library build's output. */
function coreFromLibrary(): Plugin {
  return {
    name: 'parley-core-from-library',
    // Before Vite's own resolver, which would otherwise resolve (and inline) the core first.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved?.id === CORE_ENTRY) return { id: './index.js', external: true };
      // A deep import would inline a second core with its own caches and settings.
      if (resolved?.id.startsWith(CORE_DIR) && importer.startsWith(CLI_DIR)) {
        this.error(`${importer} imports ${source}: the CLI may import the core only through src/core/index.ts`);
      }
      return resolved;
    },
    async writeBundle(output) {
      // npm makes bin files executable when it links them; a plain checkout needs it too.
      await chmod(resolve(output.dir ?? 'lib', 'cli.js'), 0o755);
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [coreFromLibrary()],
  build: {
    outDir: 'lib',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    lib: {
      entry: 'src/cli/main.ts',
      formats: ['es'],
      fileName: () => 'cli.js',
    },
    rolldownOptions: {
      external: [/^node:/, ...builtinModules],
      output: { banner: '#!/usr/bin/env node' },
    },
  },
});
