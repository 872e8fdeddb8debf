/**
 * The JSON schema Chrome checks an administrator's pack against (manifest
 * `storage.managed_schema`), generated from the same option descriptors as everything else:
 * every rule with its options, every channel target, the word lists, sites and noise memory.
 * Written into the build as managed-schema.json (vite.config.ts).
 */
import { CHANNEL_TARGETS } from '../core/channels.ts';
import type { OptionDescriptor, OptionSpec } from '../core/options.ts';
import type { Rule } from '../core/rule.ts';
import { CHANNELS, SEVERITIES } from '../core/types.ts';
import { SITE_IDS } from '../sites/built-in.ts';
import { WORD_LIST_SPEC } from '../core/word-lists.ts';
import { DAILY_LIMIT_SPEC, MEMORY_SPEC, SETTINGS_VERSION } from './schema.ts';

type Schema = Record<string, unknown>;

const object = (properties: Record<string, Schema>, description?: string): Schema => ({ type: 'object', ...(description ? { description } : {}), properties });

function valueSchema(d: OptionDescriptor): Schema {
  switch (d.type) {
    case 'int':
      return { type: 'integer', minimum: d.min, maximum: d.max, description: d.label };
    case 'bool':
      return { type: 'boolean', description: d.label };
    case 'choice':
      return { type: 'string', enum: [...d.choices], description: d.label };
    case 'words':
      return { type: 'array', items: { type: 'string' }, description: d.label };
  }
}

const specSchema = (spec: OptionSpec): Schema => object(Object.fromEntries(Object.entries(spec).map(([key, d]) => [key, valueSchema(d)])));

export function managedSchema(rules: readonly Rule[]): Schema {
  const settings = object({
    version: { type: 'integer', description: `Settings schema version (${SETTINGS_VERSION}).` },
    enabled: { type: 'boolean', description: 'Coaching on or off.' },
    rules: object(
      Object.fromEntries(
        rules.map((rule) => [
          rule.id,
          object({ enabled: { type: 'boolean' }, severity: { type: 'string', enum: [...SEVERITIES] }, options: specSchema(rule.options) }, rule.docs.summary),
        ]),
      ),
    ),
    channels: object(Object.fromEntries(CHANNELS.map((c) => [c, specSchema(CHANNEL_TARGETS[c])]))),
    words: specSchema(WORD_LIST_SPEC),
    sites: object({ disabled: { type: 'array', items: { type: 'string', enum: SITE_IDS } }, paused: { type: 'array', items: { type: 'string' } } }),
    memory: object({ ...(specSchema(MEMORY_SPEC).properties as Record<string, Schema>), dailyLimits: specSchema(DAILY_LIMIT_SPEC) }),
  });
  return {
    type: 'object',
    properties: {
      parley: { type: 'integer', description: 'Rule pack format: 1.' },
      exportedAt: { type: 'string' },
      settings,
    },
  };
}
