/** Words the UI shows for ids: rule titles, dimensions, severities, word lists. */
import type { WordLists } from '../core/rule.ts';
import type { Dimension, Severity } from '../core/types.ts';
/** "linkedin-fold" -> "LinkedIn fold". Rules carry no title of their own; the id reads well enough. */
export declare function ruleTitle(id: string): string;
export declare const DIMENSION_LABELS: Record<Dimension, string>;
/** One line per dimension: what its rules look for (PRINCIPLES.md). */
export declare const DIMENSION_BLURBS: Record<Dimension, string>;
export declare const SEVERITY_LABELS: Record<Severity, string>;
export declare const WORD_LIST_LABELS: Record<keyof WordLists, string>;
