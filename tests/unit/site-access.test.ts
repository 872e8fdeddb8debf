/** How the popup and options page name who withholds access, and which sites. */
import { describe, expect, test } from 'vitest';
import { browserName, hostList } from '../../src/sites/withheld-wording.ts';

describe('site access wording', () => {
  test('Firefox is named; other browsers are "Your browser"', () => {
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0')).toBe('Firefox');
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36')).toBe('Your browser');
  });

  test('hosts read as a short list', () => {
    expect(hostList(['mail.google.com'])).toBe('mail.google.com');
    expect(hostList(['x.com', 'twitter.com'])).toBe('x.com and twitter.com');
    expect(hostList(['a.com', 'b.com', 'c.com'])).toBe('a.com, b.com and c.com');
    expect(hostList(['a.com', 'b.com', 'c.com', 'd.com', 'e.com'])).toBe('a.com, b.com and 3 more');
  });
});
