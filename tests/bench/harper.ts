/**
 * harper.js, the peer the issue names, measured in the same run on the same texts: Harper's
 * grammar checker compiled to WebAssembly, as its docs run it in Node (LocalLinter, default
 * text). It has no incremental mode, so every lint is a full pass; the first lint after set-up
 * is left out (it compiles the dictionary).
 */
import { Dialect, LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { summarise, type Timing } from './stats.ts';

export async function harperTiming(texts: readonly string[]): Promise<Timing> {
  const linter = new LocalLinter({ binary, dialect: Dialect.American });
  await linter.setup();
  await linter.lint(texts[0]!);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (const text of texts) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await linter.lint(text);
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuSamples.push((used.user + used.system) / 1000);
  }
  await linter.dispose();
  return summarise(samples, cpuSamples);
}
