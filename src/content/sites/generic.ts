/**
 * Any other text box on a site the user enabled: textareas and contenteditables (also inside
 * same-origin iframes, which run their own coach, and open shadow roots). Only those the user
 * focuses are coached; editable.ts decides what counts as prose.
 */
import type { SiteAdapter } from './types.ts';

export const generic: SiteAdapter = {
  id: 'generic',
  // Discovery of unfocused boxes is left to the site adapters: a generic page's text boxes are
  // coached once the user writes in them.
  composers: '',
  channelOf: () => 'generic',
  sendSelector: 'button[type="submit"], input[type="submit"]',
};
