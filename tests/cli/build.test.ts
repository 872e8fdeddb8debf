/**
 * The published shape: `npm run build:lib` + `build:cli` output, built into a scratch package
 * named "parley" with this package.json's exports and bin, then used the way users use it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SUBPROCESS_TIMEOUT } from './run.ts';

interface PackageJson {
  name: string;
  exports: { '.': { types: string; import: string } };
  bin: { parley: string };
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
let dir = '';

function run(command: string, args: string[], options: { cwd?: string; input?: string } = {}) {
  return spawnSync(command, args, { cwd: options.cwd ?? ROOT, input: options.input ?? '', encoding: 'utf8' });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-build-'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: pkg.name, type: 'module', exports: pkg.exports, bin: pkg.bin }));
  const lib = join(dir, 'lib');
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  for (const config of ['vite.lib.config.ts', 'vite.cli.config.ts']) {
    const built = run(process.execPath, [vite, 'build', '-c', config, '--outDir', lib, '--logLevel', 'error']);
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
  }
  const types = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.lib.json', '--outDir', join(lib, 'types')]);
  expect(types.stdout).toBe('');
  expect(types.status).toBe(0);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('library build', { timeout: SUBPROCESS_TIMEOUT }, () => {
  it("lets `import { analyze } from 'parley'` work through package.json exports", () => {
    const script = "import('parley').then((m) => console.log(typeof m.analyze, m.analyze('We are the award-winning leader. Act now!!!').findings.length > 0))";
    const result = run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('function true');
  });

  it('ships types where exports.types points, and keeps compromise a dependency', () => {
    expect(existsSync(join(dir, pkg.exports['.'].types))).toBe(true);
    const index = readFileSync(join(dir, pkg.exports['.'].import), 'utf8');
    expect(index).toMatch(/from "compromise\/two"/);
  });
});

describe('CLI build', { timeout: SUBPROCESS_TIMEOUT }, () => {
  const cli = (): string => join(dir, pkg.bin.parley);

  it('is a Node script that uses the library bundle instead of a second core', () => {
    const source = readFileSync(cli(), 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(source).toMatch(/from "\.\/index\.js"/);
    expect(source).not.toMatch(/from "compromise"/);
  });

  it('checks standard input and exits 1 on a noisy draft', () => {
    const draft = readFileSync(join(ROOT, 'tests/samples/broadcast-email.txt'), 'utf8');
    const result = run(process.execPath, [cli(), 'check', '--channel', 'email', '-'], { cwd: dir, input: draft });
    expect(result.stdout).toMatch(/^<stdin>:\d+:\d+: (hint|warning|error): .+ \[self-praise\]$/m);
    expect(result.status).toBe(1);
  });
});
