/** The public API of Parley's analysis core: `import { analyze } from 'parley'`. */
export { analyze, settingsFor } from './analyze.ts';
export { RULES } from './rules/index.ts';
export { CHANNEL_LABELS, CHANNEL_TARGETS } from './channels.ts';
export { DIMENSION_SHARE } from './score.ts';
export { VERDICT_LABELS, verdictFor, type Verdict } from './verdict.ts';
export * from './types.ts';
export type { Rule, RuleDocs, Example, WordLists } from './rule.ts';
export type { AnalysisSettings, RuleOverride } from './settings.ts';
export type { OptionDescriptor, OptionSpec } from './options.ts';
// For the CLI, which reaches the core only through this entry (vite.cli.config.ts).
export { isObject } from './option-check.ts';
