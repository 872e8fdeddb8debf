/** Writes managed-schema.json (the manifest's storage.managed_schema) into the build, from the option descriptors. */
import type { Plugin } from 'vite';
import { RULES } from '../core/rules/index.ts';
import { managedSchema } from '../settings/managed-schema.ts';

export const MANAGED_SCHEMA_FILE = 'managed-schema.json';

export function managedSchemaFile(): Plugin {
  return {
    name: 'parley-managed-schema',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MANAGED_SCHEMA_FILE, source: `${JSON.stringify(managedSchema(RULES), null, 2)}\n` });
    },
  };
}
