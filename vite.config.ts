/**
 * Builds the extension into dist/ (Chrome) or dist-firefox/ (`--mode firefox`). The content
 * script bootstrap is a standalone IIFE (no loader, no web-accessible chunks), and the full
 * coach is injected by the service worker only when a composer is first focused.
 */
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './src/build/firefox-manifest.ts';
import { withSites } from './src/build/site-manifest.ts';
import { stripWebAccessible } from './src/build/strip-web-accessible.ts';
import { managedSchemaFile } from './src/build/managed-schema-file.ts';

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  // Host permissions and content-script matches come from the built-in sites (sites/built-in.ts).
  const chrome = withSites(manifest);
  return {
    plugins: [
      preact(),
      crx({
        manifest: firefox ? firefoxManifest(chrome) : chrome,
        browser: firefox ? 'firefox' : 'chrome',
        contentScripts: { standaloneFiles: ['src/content/bootstrap.ts'] },
      }),
      stripWebAccessible(['src/content/main.js']),
      managedSchemaFile(),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
    },
  };
});
