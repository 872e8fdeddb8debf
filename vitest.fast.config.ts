import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// `npm run test:fast`, the inner loop: the unit, rule and CLI tests without the labelled data
// (the judgement tests and the tokenizer's pass over every real sentence skip, as on a
// checkout without PARLEY_DATA). No browser test is in the unit suite.
export default mergeConfig(base, defineConfig({ test: { env: { PARLEY_SKIP_DATA: '1' } } }));
