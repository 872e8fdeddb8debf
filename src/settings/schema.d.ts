import { type IntOption, type WordsOption } from '../core/options.ts';
import type { WordLists } from '../core/rule.ts';
import type { AnalysisSettings } from '../core/settings.ts';
import { type Channel } from '../core/types.ts';
import { type SiteId } from '../shared/sites.ts';
/**
 * The stored schema's version. Bump it with a migration in settings-migrate.ts whenever the
 * stored shape changes. 1: the whole object in one item; 2: overrides only, split into parts
 * when one item would pass storage.sync's per-item quota.
 */
export declare const SETTINGS_VERSION = 2;
export interface MemorySettings {
    /** "Don't keep history": no send is recorded at all. */
    keepHistory: boolean;
    /** Most sends a day per channel before the cadence warning (0 = no limit). */
    dailyLimits: Partial<Record<Channel, number>>;
    /** Most marketing emails a day to one recipient domain (0 = no limit). */
    perDomainDaily: number;
    /** Similarity (50–100) at or above which a draft counts as a re-send. */
    similarity: number;
}
export interface Settings {
    version: number;
    /** The global off switch. */
    enabled: boolean;
    analysis: AnalysisSettings;
    sites: {
        /** Built-in sites the user switched off. */
        disabled: SiteId[];
        /** Hostnames where coaching is paused. */
        paused: string[];
    };
    memory: MemorySettings;
}
export declare const DEFAULT_SETTINGS: Settings;
/**
 * The noise memory's fields, declared once: repair validates against these and the options
 * page builds its controls from them (the same descriptors rules use for their options).
 */
export declare const MEMORY_SPEC: {
    keepHistory: import("../core/options.ts").BoolOption;
    perDomainDaily: IntOption;
    similarity: IntOption;
};
/** One descriptor per channel for memory.dailyLimits. */
export declare const DAILY_LIMIT_SPEC: Record<Channel, IntOption>;
/**
 * The user's word lists. 500 items each keeps storage.sync within quota; the allow list names
 * things ("Best Buy"), so an item of more than 4 words is a sentence that would hide real hints.
 */
export declare const WORD_LIST_SPEC: Record<keyof WordLists, WordsOption>;
/** storage.sync key under which the overrides live (plus `${SETTINGS_KEY}.part.N` when split). */
export declare const SETTINGS_KEY = "parley.settings";
/** Is Parley coaching on this hostname under these settings? */
export declare function isActiveOn(settings: Settings, hostname: string): boolean;
