/**
 * The engine's first analysis in a page compiles what every later one reuses: each rule's regular
 * expressions (V8 compiles one on its first use), compromise's tokenizer and the rules' code.
 * In Chromium that is about 25 ms inside whatever analysis comes first, so a 1,000-word paste
 * right after the first focus was one task of 50–80 ms (issue 20: none over 50 ms). Done ahead,
 * in small steps at idle time, on the rules' own short examples, the user's first paste or
 * keystroke finds it all compiled.
 */
import { prepareText } from './analyze.ts';
import { type Example, exampleInput, type Rule } from './rule.ts';
import { RULES } from './rules/index.ts';

/** One step of warming up: a short analysis whose result nobody reads. */
export type WarmUpStep = () => void;

type RuleSwitches = { rules: Record<string, { enabled: boolean }> };

/** Settings with only `rule` on (none when null), so each step compiles one rule's code and patterns. */
const onlyRule = (rule: Rule | null): RuleSwitches => ({ rules: Object.fromEntries(RULES.map((r) => [r.id, { enabled: r === rule }])) });

/**
 * The steps, in order: the draft and the strengths alone first (every analysis runs them), then
 * each rule alone on the examples its docs say it flags. Each step is a few milliseconds once
 * the first has run; running all of them in one task would be the long task they avoid.
 */
export function warmUpSteps(): WarmUpStep[] {
  const first = RULES[0]!.docs.bad[0]!;
  const steps: WarmUpStep[] = [() => warm(first, onlyRule(null))];
  for (const rule of RULES) {
    const settings = onlyRule(rule);
    steps.push(() => rule.docs.bad.forEach((example) => warm(example, settings)));
  }
  return steps;
}

function warm(example: Example, settings: RuleSwitches): void {
  const { text, input } = exampleInput(example, settings);
  prepareText(text, input);
}
