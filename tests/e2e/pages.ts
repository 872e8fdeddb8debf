/**
 * Serves the built fixture pages (npm run build:fixtures) at the real sites'
 * URLs, so e2e tests run Parley with its shipped match patterns:
 *
 *   context.route('**\/*', (route) => {
 *     const page = fulfil(route.request().url());
 *     return page ? route.fulfill(page) : route.abort();
 *   });
 *
 * Pages reference their assets as /assets/…, which is served at every origin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('./.out/pages/', import.meta.url));

/** Origin for pages that no Parley site adapter claims: generic detection only. */
export const GENERIC_ORIGIN = 'https://example.com';

export const GENERIC_PAGES = [
  'playground', 'textarea', 'contenteditable', 'quill', 'lexical', 'draftjs', 'prosemirror',
  'iframe', 'shadow', 'generic-skip', 'guarded',
] as const;

/** The real URLs the site-shaped fixtures are served at. */
export const SITE_URLS = {
  gmail: 'https://mail.google.com/mail/u/0/',
  outlook: 'https://outlook.live.com/mail/0/',
  linkedin: 'https://www.linkedin.com/feed/',
  /** The share box and messaging overlay inside LinkedIn's #interop-outlet shadow root (2026 layout). */
  linkedinShadow: 'https://www.linkedin.com/feed/?composer=shadow',
  linkedinMessaging: 'https://www.linkedin.com/messaging/',
  x: 'https://x.com/home',
  facebook: 'https://www.facebook.com/',
  /** X's composer on a page whose script attacks Parley (pages/src/pages/hostile.ts). */
  hostile: 'https://x.com/hostile',
} as const;

type GenericPage = (typeof GENERIC_PAGES)[number];
type SitePage = keyof typeof SITE_URLS;

function isSitePage(name: GenericPage | SitePage): name is SitePage {
  return Object.hasOwn(SITE_URLS, name);
}

/** Where a fixture lives: `page.goto(fixtureUrl('gmail'))`, `fixtureUrl('quill')`. */
export function fixtureUrl(name: GenericPage | SitePage): string {
  return isSitePage(name) ? SITE_URLS[name] : `${GENERIC_ORIGIN}/${name}.html`;
}

/**
 * Where `npm start` opens the playground: a path of a site Parley supports out of the box, so
 * the shipped manifest injects it without any permission prompt (LinkedIn has no such page).
 */
export const PLAYGROUND_URL = 'https://www.linkedin.com/parley-playground/';

/** Page file served for each URL (origin + path; query and hash are ignored). */
export const FIXTURE_PAGES: Readonly<Record<string, string>> = {
  [SITE_URLS.gmail]: 'gmail.html',
  [SITE_URLS.outlook]: 'outlook.html',
  [SITE_URLS.linkedin]: 'linkedin.html',
  [SITE_URLS.linkedinMessaging]: 'linkedin.html',
  [SITE_URLS.x]: 'x.html',
  [SITE_URLS.facebook]: 'facebook.html',
  [SITE_URLS.hostile]: 'hostile.html',
  [PLAYGROUND_URL]: 'playground.html',
};

export interface FixtureResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function serve(file: string): FixtureResponse | null {
  const path = resolve(FIXTURE_DIR, file);
  const inside = relative(FIXTURE_DIR, path);
  if (inside.startsWith('..') || !existsSync(path)) return null;
  return {
    status: 200,
    contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    body: readFileSync(path),
  };
}

function pageFileFor(url: URL): string | undefined {
  const mapped = FIXTURE_PAGES[url.origin + url.pathname];
  if (mapped) return mapped;
  // Any built page (including frame documents such as iframe-body.html) at the generic origin.
  if (url.origin === GENERIC_ORIGIN && /^\/[\w-]+\.html$/.test(url.pathname)) return url.pathname.slice(1);
  return undefined;
}

/**
 * The response for a request, or null when the request is not a fixture's
 * (the harness aborts those: no test may reach the network).
 */
export function fulfil(url: string): FixtureResponse | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const page = pageFileFor(parsed);
  if (page) {
    if (!existsSync(join(FIXTURE_DIR, 'assets'))) {
      throw new Error(`Fixture pages are not built in ${FIXTURE_DIR}: run npm run build:fixtures`);
    }
    return serve(page);
  }
  if (parsed.pathname.startsWith('/assets/')) return serve(parsed.pathname.slice(1));
  return null;
}
