/**
 * Library build of the analysis core: `import { analyze } from 'parley'` (lib/index.js, ESM).
 * compromise stays an external import: it is a runtime dependency in package.json, so Node and
 * consumers' bundlers resolve one shared copy instead of a second one inlined here, and the
 * library stays small and readable. Types come from tsc (tsconfig.lib.json).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // The core needs no public assets; keep the extension's public/ out of lib/.
  publicDir: false,
  build: {
    outDir: 'lib',
    // lib/ also holds the CLI and the types, built by separate steps; never wipe them.
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: 'src/core/index.ts',
      formats: ['es'],
      fileName: () => 'index.js',
    },
    rolldownOptions: {
      external: [/^compromise(\/|$)/], // the core imports compromise/two
    },
  },
});
