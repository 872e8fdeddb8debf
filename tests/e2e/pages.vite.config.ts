/**
 * Builds the e2e fixture pages (tests/e2e/pages/*.html) into tests/e2e/.out/pages.
 * Assets use absolute /assets/ URLs so the harness can serve them at any
 * origin (mail.google.com, x.com, …); see tests/e2e/pages.ts.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./pages/', import.meta.url));
const outDir = fileURLToPath(new URL('./.out/pages/', import.meta.url));

/** Every top-level HTML file is a page: adding a fixture needs no config change. */
const input = Object.fromEntries(
  readdirSync(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.slice(0, -'.html'.length), `${root}${file}`]),
);

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  appType: 'mpa',
  // Vite 8 (Rolldown) does not shim Node's `global`, which draft-js reads.
  define: { global: 'globalThis' },
  build: {
    outDir,
    emptyOutDir: true,
    // Readable stack traces when a fixture page throws in a test.
    minify: false,
    sourcemap: true,
    rolldownOptions: { input },
  },
});
