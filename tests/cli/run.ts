/** Runs the `parley` CLI from source (through tsx) as a subprocess, the way a user or CI would. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const fixture = (name: string): string => `tests/cli/fixtures/${name}`;
export const sample = (name: string): string => `tests/samples/${name}`;

/**
 * A run starts Node, tsx and compromise (~0.5 s idle); on a loaded CI machine that can pass
 * vitest's 5 s default. This is a ceiling for hung runs, not a speed target.
 */
export const SUBPROCESS_TIMEOUT = 60_000;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], stdin?: string): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    input: stdin ?? '',
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Output lines, without the trailing empty one. */
export const linesOf = (output: string): string[] => output.split('\n').filter((line) => line !== '');
