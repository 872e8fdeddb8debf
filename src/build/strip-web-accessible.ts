/**
 * CRXJS marks scripts imported with `?script` as web-accessible to every site. The coach is
 * injected with scripting.executeScript, which needs no such entry, and a web-accessible file
 * lets any page detect Parley. So the entry is removed from the written manifest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

interface Manifest {
  web_accessible_resources?: { resources: string[] }[];
}

export function stripWebAccessible(files: string[]): Plugin {
  return {
    name: 'parley:strip-web-accessible',
    enforce: 'post',
    writeBundle(options) {
      const path = join(options.dir ?? 'dist', 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
      const kept = (manifest.web_accessible_resources ?? [])
        .map((entry) => ({ ...entry, resources: entry.resources.filter((r) => !files.includes(r)) }))
        .filter((entry) => entry.resources.length > 0);
      if (kept.length > 0) manifest.web_accessible_resources = kept;
      else delete manifest.web_accessible_resources;
      writeFileSync(path, JSON.stringify(manifest, null, 2));
    },
  };
}
