/** The registry: every rule, in the order the options page lists them. */
import type { Rule } from '../rule.ts';
import selfPraise from './self-praise.ts';

export const RULES: readonly Rule[] = [selfPraise];
