/** managed-schema.json: what Chrome checks an administrator's pack against, generated from the option descriptors. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { MANAGED_SCHEMA_FILE } from '../../src/build/managed-schema-file.ts';
import { firefoxManifest } from '../../src/build/firefox-manifest.ts';
import { RULES } from '../../src/core/rules/index.ts';
import { managedSchema } from '../../src/settings/managed-schema.ts';

type Schema = { type: string; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[] };
const schema = managedSchema(RULES) as Schema;
/** Keywords Chrome's policy schema understands (a subset of JSON Schema). */
const CHROME_KEYWORDS = new Set(['type', 'properties', 'items', 'enum', 'minimum', 'maximum', 'description', 'title', 'additionalProperties', 'patternProperties', 'pattern', 'required', '$ref', 'id']);

function walk(node: Schema, visit: (node: Schema) => void): void {
  visit(node);
  for (const child of Object.values(node.properties ?? {})) walk(child, visit);
  if (node.items) walk(node.items, visit);
}

test('the Chrome manifest points at the schema; Firefox, which reads policies.json, has no such key', () => {
  expect(manifest.storage.managed_schema).toBe(MANAGED_SCHEMA_FILE);
  expect('storage' in firefoxManifest(manifest)).toBe(false);
});

test('every rule and every option of it is described, with its bounds, in keywords Chrome reads', () => {
  const rules = schema.properties!.settings!.properties!.rules!.properties!;
  expect(Object.keys(rules).sort()).toEqual(RULES.map((r) => r.id).sort());
  for (const rule of RULES) {
    const options = rules[rule.id]!.properties!.options!.properties!;
    expect(Object.keys(options)).toEqual(Object.keys(rule.options));
    for (const [key, d] of Object.entries(rule.options)) if (d.type === 'int') expect(options[key]).toMatchObject({ type: 'integer', minimum: d.min, maximum: d.max });
  }
  walk(schema, (node) => {
    for (const key of Object.keys(node)) expect(CHROME_KEYWORDS).toContain(key);
    expect(['object', 'array', 'string', 'integer', 'number', 'boolean']).toContain(node.type);
  });
});

test('each valid pack in the test fixtures only uses keys the schema knows', () => {
  const dir = new URL('../cli/fixtures/packs/', import.meta.url);
  const known = (value: unknown, node: Schema): boolean => {
    if (node.type !== 'object' || typeof value !== 'object' || value === null) return true;
    return Object.entries(value).every(([k, v]) => node.properties?.[k] !== undefined && known(v, node.properties[k]!));
  };
  for (const name of ['current.json', 'team.json', 'old-v1.json']) {
    expect(known(JSON.parse(readFileSync(new URL(name, dir), 'utf8')), schema), name).toBe(true);
  }
  expect(readdirSync(dir)).toContain('team.json');
});
