/**
 * Firefox reads the same manifest with four differences: an event page instead of a
 * service worker, gecko settings (id, data-collection declaration), no
 * `minimum_chrome_version` and no `storage.managed_schema` (Chrome's alone).
 */
type Manifest = Record<string, unknown> & { background?: { service_worker?: string } };

export function firefoxManifest<M extends Manifest>(manifest: M): M {
  // Firefox reads managed settings from policies.json (3rdparty) without a schema in the manifest.
  const { minimum_chrome_version: _chromeOnly, storage: _managedSchema, ...rest } = manifest;
  return {
    ...rest,
    background: { scripts: [manifest.background?.service_worker ?? ''], type: 'module' },
    // Parley collects nothing: the draft never leaves the machine.
    browser_specific_settings: {
      gecko: { id: 'parley@parley.dev', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
    },
  } as unknown as M;
}
