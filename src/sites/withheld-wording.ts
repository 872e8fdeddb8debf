/** How the popup and the options page say which built-in sites the browser withholds, and who does. */

export interface WithheldSite {
  host: string;
  /** The manifest's match pattern, as permissions.request takes it. */
  pattern: string;
}

/** Who holds the permission back, in the user's words. */
export function browserName(userAgent = navigator.userAgent): string {
  return /Firefox\//.test(userAgent) ? 'Firefox' : 'Your browser';
}

/** "a", "a and b", "a, b and 3 more": a short list of hosts for one sentence. */
export function hostList(hosts: readonly string[]): string {
  if (hosts.length <= 2) return hosts.join(' and ');
  if (hosts.length === 3) return `${hosts[0]}, ${hosts[1]} and ${hosts[2]}`;
  return `${hosts[0]}, ${hosts[1]} and ${hosts.length - 2} more`;
}
