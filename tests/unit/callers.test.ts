/** Who may message the worker (background/callers.ts), decided from what the browser says of the sender. */
import { describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'parley-id', getURL: (path: string) => `chrome-extension://parley-id/${path}` },
    // Parley runs on x.com (built in) and on a site the user granted, localhost.
    permissions: { contains: async ({ origins }: { origins: string[] }) => ['https://x.com/*', 'http://localhost/*'].includes(origins[0]!) },
  },
}));

const { from, identify } = await import('../../src/background/callers.ts');

const tab = (url: string) => ({ id: 42, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false });

describe('identify', () => {
  test('a content script on a site Parley runs on: its tab, frame and site (from the browser, not the message)', async () => {
    expect(await identify({ id: 'parley-id', url: 'https://x.com/home', tab: tab('https://x.com/home'), frameId: 3 }, ['content'])).toEqual({ kind: 'content', tabId: 42, frameId: 3, site: 'x.com' });
  });

  test('an about:blank editor frame takes its origin (or its tab\'s address)', async () => {
    const sender = { id: 'parley-id', url: 'about:blank', origin: 'https://x.com', tab: tab('https://x.com/home'), frameId: 9 };
    expect((await identify(sender, ['content']))?.site).toBe('x.com');
    expect((await identify({ id: 'parley-id', url: 'about:srcdoc', tab: tab('https://x.com/i/flow'), frameId: 9 }, ['content']))?.site).toBe('x.com');
  });

  test('a granted site on a port is matched without the port', async () => {
    expect((await identify({ id: 'parley-id', url: 'http://localhost:5173/app', tab: tab('http://localhost:5173/app') }, ['content']))?.site).toBe('localhost');
  });

  test('refused: another extension, a site Parley does not run on, no tab, or a kind the handler does not take', async () => {
    expect(await identify({ id: 'other-extension', url: 'https://x.com/home', tab: tab('https://x.com/home') }, ['content', 'extension'])).toBeNull();
    expect(await identify({ id: 'parley-id', url: 'https://evil.example/', tab: tab('https://evil.example/') }, ['content'])).toBeNull();
    expect(await identify({ id: 'parley-id', url: 'https://x.com/home' }, ['content'])).toBeNull();
    expect(await identify({ id: 'parley-id', url: 'https://x.com/home', tab: tab('https://x.com/home') }, ['extension'])).toBeNull();
    expect(await identify({ id: 'parley-id', url: 'chrome-extension://parley-id/src/options/index.html' }, ['content'])).toBeNull();
  });

  test('Parley\'s own pages, even opened in a tab', async () => {
    const url = 'chrome-extension://parley-id/src/popup/index.html?tab=7';
    expect(await identify({ id: 'parley-id', url, tab: tab(url) }, ['extension'])).toEqual({ kind: 'extension', site: '' });
  });
});

test('a handler only runs for the callers it names; others get an error and change nothing', async () => {
  const run = vi.fn(() => 'done');
  const handler = from(['extension'], run);
  await expect(handler({}, { id: 'parley-id', url: 'https://x.com/home', tab: tab('https://x.com/home') })).rejects.toThrow(/not accepted from here/);
  expect(run).not.toHaveBeenCalled();
  await expect(handler({}, { id: 'parley-id', url: 'chrome-extension://parley-id/src/options/index.html' })).resolves.toBe('done');
});
