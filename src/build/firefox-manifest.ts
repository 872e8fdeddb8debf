/**
 * Firefox reads the same manifest with three differences: an event page instead of a
 * service worker, gecko settings (id, data-collection declaration), and no
 * `minimum_chrome_version`.
 */
type Manifest = Record<string, unknown> & { background?: { service_worker?: string } };

export function firefoxManifest<M extends Manifest>(manifest: M): M {
  const { minimum_chrome_version: _chromeOnly, ...rest } = manifest;
  return {
    ...rest,
    background: { scripts: [manifest.background?.service_worker ?? ''], type: 'module' },
    // Parley collects nothing: the draft never leaves the machine.
    browser_specific_settings: {
      gecko: { id: 'parley@parley.dev', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
    },
  } as unknown as M;
}
